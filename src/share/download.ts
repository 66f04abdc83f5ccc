/**
 * Files made in the browser and handed to the reader: the story in each format (src/convert, the same
 * converters the CLI runs) and the offline page, made from the app's own offline viewer and basemaps.
 */
import { convertStory, type DownloadFormat } from '../convert';
import { offlineInline, offlinePage, type OfflineParts } from '../convert/offline';
import { fileStem } from '../convert/text';
import type { Story } from '../core/types';
import { translate } from '../i18n/i18n';

export type Download = DownloadFormat | 'html';

/** Offers `text` as a file named `name` (the browser's own download, nothing sent anywhere). */
export function saveFile(name: string, text: string, mime: string) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the address is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

async function part(path: string): Promise<string> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(translate('downloads.serverAnswered', { path, status: response.status }));
  return response.text();
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The offline page: this app's offline viewer with the story and the basemaps inside. */
export async function offlineFile(story: Story): Promise<string> {
  const [script, style, basemap110, basemap50] = await Promise.all([
    part('offline/viewer.js'),
    part('offline/viewer.css'),
    part('basemap/countries-110m.json'),
    part('basemap/countries-50m.json'),
  ]);
  const parts: OfflineParts = { script, style, basemap110, basemap50 };
  const inline = offlineInline(parts);
  const [scriptHash, styleHash] = await Promise.all([sha256(inline.script), sha256(inline.style)]);
  return offlinePage(story, parts, { script: scriptHash, style: styleHash });
}

/** Makes and offers the story as `format`. */
export async function downloadStory(story: Story, format: Download): Promise<void> {
  const stem = fileStem(story);
  if (format === 'html') {
    saveFile(`${stem}.html`, await offlineFile(story), 'text/html;charset=utf-8');
    return;
  }
  const file = convertStory(story, format);
  saveFile(`${stem}${file.extension}`, file.text, file.mime);
}

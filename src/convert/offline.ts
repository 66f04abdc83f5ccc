/**
 * One self-contained HTML file with the viewer and the story inside: it opens from a USB stick with no
 * server and no network (`file://`), under a Content Security Policy that allows only its own script
 * and style (by hash), and no eval, no connection, no frame, no form. The story and the basemaps ride
 * along as JSON data blocks, which never run. Pure: the caller hashes (Web Crypto or Node's crypto).
 */
import type { Story } from '../core/types';
import { escapeHtml } from './text';

/** The ids of the data blocks the offline viewer (src/app/offline.tsx) reads. */
export const OFFLINE_BLOCKS = {
  story: 'live-atlas-story',
  basemap110: 'live-atlas-basemap-110m',
  basemap50: 'live-atlas-basemap-50m',
} as const;

export interface OfflineParts {
  /** The viewer's one ES module (dist/offline/viewer.js). */
  script: string;
  /** Its styles (dist/offline/viewer.css). */
  style: string;
  /** The basemaps' TopoJSON text (public/basemap/countries-110m.json, -50m.json). */
  basemap110: string;
  basemap50: string;
}

/** JSON that may sit inside a `<script>` element: `<` written as an escape, so nothing can close it. */
export function jsonForScript(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Script text that cannot end its element early (`</script` inside a string stays a string). */
export function scriptForHtml(script: string): string {
  return script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** The script and style as they go into the page: what the page's policy hashes. */
export function offlineInline(parts: Pick<OfflineParts, 'script' | 'style'>): {
  script: string;
  style: string;
} {
  return { script: scriptForHtml(parts.script), style: parts.style.replace(/<\/(style)/gi, '<\\/$1') };
}

export function offlinePolicy(scriptHash: string, styleHash: string): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    `style-src 'sha256-${styleHash}'`,
    'img-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
  ].join('; ');
}

/**
 * The page. `scriptHash` and `styleHash` are the base64 SHA-256 of `offlineInline(parts).script` and
 * `.style` (the exact text between the tags).
 */
export function offlinePage(
  story: Story,
  parts: OfflineParts,
  hashes: { script: string; style: string },
): string {
  const inline = offlineInline(parts);
  const title = story.story.title ?? 'Live page';
  const lang = 'en';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${offlinePolicy(hashes.script, hashes.style)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="Live Atlas">
<title>${escapeHtml(title)} · Live Atlas</title>
<style>${inline.style}</style>
</head>
<body>
<div id="root"><p>Loading the story…</p><noscript>This page needs JavaScript to show the story.</noscript></div>
<script type="application/json" id="${OFFLINE_BLOCKS.story}">${jsonForScript(JSON.stringify(story))}</script>
<script type="application/json" id="${OFFLINE_BLOCKS.basemap110}">${jsonForScript(parts.basemap110.trim())}</script>
<script type="application/json" id="${OFFLINE_BLOCKS.basemap50}">${jsonForScript(parts.basemap50.trim())}</script>
<script type="module">${inline.script}</script>
</body>
</html>
`;
}

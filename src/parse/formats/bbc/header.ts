/** The page header before the first post: summary points and the headline video's caption. */
import type { Warning } from '../../../core/warnings';
import type { StoryMeta } from '../../../core/types';
import { isFurniture } from './furniture';
import { excerpt, type Line } from '../../lines';

const SUMMARY = /^Summary$/i;
const MEDIA_CAPTION = /^Media caption,\s*(.*)$/;
const BULLET = /^[•·▪◦●]\s*/;

export interface Header {
  meta: Pick<StoryMeta, 'summary' | 'media'>;
  warnings: Warning[];
}

export function parseHeader(lines: Line[]): Header {
  const summaryAt = lines.findIndex((l) => SUMMARY.test(l.text));
  const warnings: Warning[] = [];
  const summary: string[] = [];
  const media: { caption: string }[] = [];
  const before = summaryAt >= 0 ? lines.slice(0, summaryAt) : [];
  const after = summaryAt >= 0 ? lines.slice(summaryAt + 1) : lines;
  for (const line of before) {
    if (line.text && !isFurniture(line.text)) {
      warnings.push({ code: 'skipped-furniture', line: line.n, text: excerpt(line.text) });
    }
  }
  let captionNext = false;
  for (const line of after) {
    if (!line.text || isFurniture(line.text)) continue;
    const caption = MEDIA_CAPTION.exec(line.text);
    if (caption) {
      if (caption[1]) media.push({ caption: caption[1] });
      else captionNext = true;
    } else if (captionNext) {
      media.push({ caption: line.text });
      captionNext = false;
    } else if (summaryAt >= 0) {
      summary.push(line.text.replace(BULLET, ''));
    } else {
      warnings.push({ code: 'skipped-before-post', line: line.n, text: excerpt(line.text) });
    }
  }
  const meta: Header['meta'] = {};
  if (summary.length > 0) meta.summary = summary;
  if (media.length > 0) meta.media = media;
  return { meta, warnings };
}

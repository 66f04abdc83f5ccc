/** What the parser noticed (core/warnings.ts), in the interface's language, for the import's review. */
import type { Warning } from '../core/warnings';
import type { Translate } from '../i18n/useT';

export function describeWarning(t: Translate, w: Warning): string {
  switch (w.code) {
    case 'not-utf8':
      return t('warning.notUtf8');
    case 'control-chars':
      return t('warning.controlChars', { count: w.count });
    case 'time-no-date':
      return t('warning.timeNoDate', { line: w.line, time: w.time });
    case 'time-ago':
      return t('warning.timeAgo', { line: w.line, minutes: w.minutes });
    case 'no-stamps':
      return t('warning.noStamps', { line: w.line });
    case 'skipped-furniture':
      return t('warning.skippedFurniture', { line: w.line, text: w.text });
    case 'skipped-before-post':
      return t('warning.skippedBeforePost', { line: w.line, text: w.text });
    case 'second-stamp':
      return t('warning.secondStamp', { line: w.line, text: w.text, post: w.post, kept: w.kept });
    case 'text-cut':
      return t('warning.textCut', { post: w.post, part: w.part, length: w.length, max: w.max });
    case 'paragraph-split':
      return t('warning.paragraphSplit', { post: w.post, length: w.length, parts: w.parts });
    case 'events-cut':
    case 'list-cut':
    case 'links-cut':
    case 'blocks-cut':
    case 'labels-cut':
    case 'places-cut':
    case 'mentions-cut':
      return t(CUT[w.code], { post: w.post, count: w.count, max: w.max });
  }
}

const CUT = {
  'events-cut': 'warning.eventsCut',
  'list-cut': 'warning.listCut',
  'links-cut': 'warning.linksCut',
  'blocks-cut': 'warning.blocksCut',
  'labels-cut': 'warning.labelsCut',
  'places-cut': 'warning.placesCut',
  'mentions-cut': 'warning.mentionsCut',
} as const;

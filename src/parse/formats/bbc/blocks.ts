/** A post's body lines as content blocks: byline, paragraphs, lists, images and media. */
import type { Block, Byline, ImageBlock } from '../../../core/types';
import { looksLikeName, looksLikeRole, toByline } from '../../byline';
import { isFurniture } from './furniture';
import { leadingLabel } from '../../labels';
import type { Line } from '../../lines';
import { extractLinks } from '../../links';
import { gluedBreaks, splitCredit } from './unglue';

export interface Body {
  byline: Byline;
  blocks: Block[];
  labels: string[];
}

const IMAGE = /^(.*?)(?:Image source|IMAGE SOURCE), ?(.+)$/;
/** `Image caption,` (and the older inline `Image caption: X`), in either case. */
const IMAGE_CAPTION = /^(?:Image caption|IMAGE CAPTION)[,:]\s*(.*)$/;
const MEDIA_CAPTION = /^Media caption,\s*(.*)$/;
const VIDEO_CAPTION = /^Video caption: ?(.+)$/i;
const BULLET = /^[•·▪◦●]\s*(.*)$/;
const ENDS_SENTENCE = /[.!?:;…"”’')\]]$/;
/** A line this long with no closing punctuation is the alt text of an image with no credit line. */
const BARE_ALT_MIN_WORDS = 8;

function cutAt(line: Line, breaks: number[]): Line[] {
  const at = [0, ...breaks, line.text.length];
  return at.slice(1).map((end, i) => ({ n: line.n, text: line.text.slice(at[i], end).trim() }));
}

/** "…Image source, ReutersImage caption,Firefighters at the scene": furniture words glued into one line. */
const GLUED_FURNITURE = /(?<=\S)(?=(?:Image caption|IMAGE CAPTION|Media caption),)/g;

/** Splits lines whose paragraphs were glued together when the copy lost its line breaks. */
function splitGlued(lines: Line[]): Line[] {
  return lines.flatMap((whole) => {
    const furniture = / (?:caption|CAPTION),/.test(whole.text)
      ? [...whole.text.matchAll(GLUED_FURNITURE)].map((m) => m.index ?? 0)
      : [];
    if (furniture.length > 0) return splitGlued(cutAt(whole, furniture).flatMap(splitCaptionLine));
    const line = whole;
    const image = IMAGE.exec(line.text);
    if (image) {
      const [credit, rest] = splitCredit(image[2] ?? '');
      if (!rest) return [line];
      const imageLine = { n: line.n, text: `${image[1] ?? ''}Image source, ${credit}` };
      return [imageLine, ...splitGlued([{ n: line.n, text: rest }])];
    }
    const breaks = gluedBreaks(line.text);
    return breaks.length === 0 ? [line] : cutAt(line, breaks);
  });
}

/** "Image caption,Firefighters at the scene" → the caption marker and the caption on lines of their own. */
function splitCaptionLine(line: Line): Line[] {
  const m = /^((?:Image|IMAGE|Media) (?:caption|CAPTION),)\s*(\S.*)$/.exec(line.text);
  return m?.[1] && m[2]
    ? [
        { n: line.n, text: m[1] },
        { n: line.n, text: m[2] },
      ]
    : [line];
}

function wordCount(text: string): number {
  return text.split(' ').length;
}

/** Reads the byline at the top of a post, if any: returns it and how many lines it used. */
/** BBC teams that sign posts as a team: a name with no role. */
const TEAM = /^BBC (?:Monitoring|Verify|Newsbeat|Sport|Weather|News|Live|Reality Check)$/;
/** `Name Reporting from Place` on one line, as some copies run them together. */
const ONE_LINE = /^(.+?) ((?:R|r)eporting from .+)$/;
/** The post's time repeated and glued to the name (`13:10Sam Hancock`). */
const GLUED_TIME = /^\d{1,2}:\d{2}(?=[A-Z])/;

function readByline(lines: Line[]): { byline: Byline; used: number } {
  const [first, role] = lines;
  if (!first) return { byline: null, used: 0 };
  const name = first.text.replace(GLUED_TIME, '');
  if (role && looksLikeName(name) && looksLikeRole(role.text))
    return { byline: toByline(name, role.text), used: 2 };
  const oneLine = ONE_LINE.exec(name);
  if (oneLine?.[1] && oneLine[2] && looksLikeName(oneLine[1]))
    return { byline: toByline(oneLine[1], oneLine[2]), used: 1 };
  if (TEAM.test(name) && role) return { byline: { name }, used: 1 };
  return { byline: null, used: 0 };
}

/**
 * A post's body as blocks. In a hard-wrapped copy (`wrapped`), a long line without a final stop is a
 * sentence the copy broke, never the alt text of an image without a credit line.
 */
export function parseBody(body: Line[], wrapped = false): Body {
  const lines = splitGlued(body.filter((l) => l.text && !isFurniture(l.text)));
  const { byline, used } = readByline(lines);
  const blocks: Block[] = [];
  const labels: string[] = [];
  let afterByline = byline !== null;

  for (let i = used; i < lines.length; i++) {
    let text = (lines[i] as Line).text;
    const next = () => {
      const following = lines[i + 1]?.text;
      if (following === undefined || IMAGE.test(following) || BULLET.test(following)) return '';
      i++;
      return following;
    };
    const last = blocks[blocks.length - 1];
    const image = IMAGE.exec(text);
    const imageCaption = IMAGE_CAPTION.exec(text);
    const mediaCaption = MEDIA_CAPTION.exec(text);
    const videoCaption = VIDEO_CAPTION.exec(text);
    const bullet = BULLET.exec(text);
    const wasAfterByline = afterByline;
    afterByline = false;

    if (image) {
      const block: ImageBlock = { type: 'image', alt: (image[1] ?? '').trim().replace(/,$/, '') };
      const credit = (image[2] ?? '').trim();
      if (credit) block.credit = credit;
      blocks.push(block);
    } else if (imageCaption) {
      const caption = imageCaption[1] || next();
      if (last?.type === 'image' && last.caption === undefined) {
        if (caption) last.caption = caption;
      } else if (last?.type === 'paragraph') {
        blocks[blocks.length - 1] = { type: 'image', alt: last.text, ...(caption ? { caption } : {}) };
      } else if (caption) {
        blocks.push({ type: 'image', alt: '', caption });
      }
    } else if (mediaCaption || videoCaption) {
      const caption = videoCaption?.[1] ?? (mediaCaption?.[1] || next());
      if (caption) blocks.push({ type: 'media', caption });
    } else if (bullet) {
      const item = extractLinks(bullet[1] ?? '').text;
      if (last?.type === 'list' && BULLET.test(lines[i - 1]?.text ?? '')) last.items.push(item);
      else blocks.push({ type: 'list', items: [item] });
    } else {
      if (blocks.length === 0) {
        const lead = leadingLabel(text);
        if (lead.label) labels.push(lead.label);
        text = lead.text;
      }
      const bareAlt =
        !ENDS_SENTENCE.test(text) &&
        ((!wrapped && wordCount(text) >= BARE_ALT_MIN_WORDS) || (wasAfterByline && looksLikeName(text)));
      if (bareAlt) {
        blocks.push({ type: 'image', alt: text });
      } else {
        const { text: plain, links } = extractLinks(text);
        blocks.push(
          links.length > 0 ? { type: 'paragraph', text: plain, links } : { type: 'paragraph', text: plain },
        );
      }
    }
  }
  return { byline, blocks, labels };
}

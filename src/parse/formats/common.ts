/**
 * What live pages of many publishers share once their stamps are found: page furniture and footers,
 * the title rule, post bylines, images given as a caption with a credit, and reading a post's lines as
 * blocks. Each format module picks from these and adds its own. Pure.
 */
import type { Block, Byline, ImageBlock, Person } from '../../core/types';
import { looksLikeName, looksLikeRole, toByline } from '../byline';
import { leadingLabel } from '../labels';
import type { Line } from '../lines';
import { extractLinks } from '../links';

/** Lines every copied page may carry around its posts that are not part of any post. */
const FURNITURE = [
  /^(?:Share|Save|Copy link|Link Copied!|Advertisement|Ad Feedback|Reuse this content|Most viewed|Print|Comments?)$/i,
  /^Updated(?: at)? \d{1,2}[.:]\d{2} ?(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?$/i,
  /^Show key events only$/i,
  /^Please turn on JavaScript to use this feature\.?$/i,
  /^Please use Chrome browser for a more accessible video player$/i,
  /^\d{1,2} min(?:s| read)?$/i,
  /^(?:Copyright )?©.{0,120}$/,
  /^.{1,60} © \d{4}\b.{0,80}$/,
  /^Copyright .{0,120}$/i,
  /^.{0,80}(?:All rights reserved|Media Group Holdings Limited \d{4})\.?$/i,
  /^\([A-Z][A-Za-z]{1,9}\)$/,
  /^Reporting by our .{1,80}\.$/i,
  /^Updates from our correspondents? .{1,80}\.$/i,
  /^Posting ends for today\..{0,80}$/i,
  /^(?:Skip to (?:main )?content|Skip to navigation)$/i,
];

/** Lines where a page's footer begins: everything from there on is not part of the last post. */
const FOOTER = [
  /^Explore more on these topics$/i,
  /^More about$/i,
  /^Join our commenting forum$/i,
  /^More on this story$/i,
  /^Related Topics$/i,
];

export function isCommonFurniture(text: string): boolean {
  return FURNITURE.some((re) => re.test(text));
}

/** The index of the first footer line at or after `from`, or the number of lines. */
export function footerStart(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if (FOOTER.some((re) => re.test(lines[i]?.text ?? ''))) return i;
  return lines.length;
}

/** A title is at most this long; a longer first line is the post's first paragraph. */
export const MAX_TITLE = 120;
const BULLET = /^[•·▪◦●]\s*(.*)$/;

/** The title rule: a short line with no final full stop (a `?`, `!` or quote is fine). */
export function isTitleLine(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= MAX_TITLE &&
    !/[.:;,]$/.test(text) &&
    !BULLET.test(text) &&
    captionWithCredit(text) === null
  );
}

/** Markers that end an image's caption and start its credit, as publishers print them. */
const CREDIT_MARKERS: [RegExp, string][] = [
  [/^(.*?)\s*Photograph: (.+)$/, 'Photograph'],
  [/^(.*?)\s*Credit: (.+)$/, 'Credit'],
  [/^(.*?)\s*Pic: (.+)$/, 'Pic'],
  [/^(.*?)\s*\((?:Image|Photo|Picture): ([^()]+)\)$/, 'Image'],
  [/^(.*?)\s*© (.+)$/, '©'],
];
/** An agency credit in brackets at the end of a caption: `(Ben Birchall/PA Wire)`, `(AFP via Getty Images)`. */
const BRACKET_CREDIT =
  /^(.*\S)\s*\(([^()]*(?:\/|\bvia\b|\bGetty\b|\bAFP\b|\bPA\b|\bReuters\b|\bAP\b|\bEPA\b)[^()]*)\)$/;

/** A caption line with its credit marker, as a caption and a credit. */
export function captionWithCredit(text: string): { caption: string; credit: string } | null {
  for (const [re] of CREDIT_MARKERS) {
    const m = re.exec(text);
    if (m?.[1] && m[2]) return { caption: m[1].trim(), credit: m[2].trim() };
  }
  const bracket = BRACKET_CREDIT.exec(text);
  if (bracket?.[1] && bracket[2] && !/[.!?]$/.test(bracket[1]))
    return { caption: bracket[1], credit: bracket[2] };
  return null;
}

/** A credit on a line of its own under a caption: `STEVE PARSONS/PA`, `Thomas Wells/AP`. */
export function isCreditLine(text: string): boolean {
  return text.length <= 60 && /^[\p{L} .'’-]+\/[\p{L} .'’-]+$/u.test(text) && !/[.!?]$/.test(text);
}

/** BBC-style image lines, also written by the saved-page reader: `AltImage source, Credit` + `Image caption,`. */
const BBC_IMAGE = /^(.*?)Image source, ?(.*)$/i;
const BBC_CAPTION = /^Image caption[,:]\s*(.*)$/i;

/** Post bylines printed by other publishers: `By Name, Role`, `From CNN’s Name`, `Name, Role`, `By Name`. */
const BY =
  /^By ([A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){1,3}(?:,? (?:and|&) [A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){1,3})?)(?:, (.{2,60}))?$/u;
const FROM = /^From [A-Z][\p{L}]*[’']s (.+)$/u;
const NAME_ROLE =
  /^([A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){1,3}), ((?:[A-Z][\p{L}]+ )*(?:Correspondent|Editor|Reporter|Producer|Writer|Analyst|Presenter)(?: [\p{L}]+){0,3})$/u;

function people(names: string, role?: string, location?: string): Byline {
  const list = names
    .split(/,? (?:and|&) |, /)
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name): Person => ({ name, ...(role ? { role } : {}), ...(location ? { location } : {}) }));
  return list.length === 1 ? (list[0] ?? null) : list;
}

/** A byline at the top of a post, and how many lines it took. */
export function readByline(lines: Line[]): { byline: Byline; used: number } {
  const [first, second] = lines;
  const text = first?.text ?? '';
  const by = BY.exec(text);
  if (by?.[1]) return { byline: people(by[1], by[2]), used: 1 };
  const from = FROM.exec(text);
  if (from?.[1] && looksLikeName(from[1])) return { byline: people(from[1]), used: 1 };
  const nameRole = NAME_ROLE.exec(text);
  if (nameRole?.[1] && nameRole[2]) return { byline: people(nameRole[1], nameRole[2]), used: 1 };
  if (second && looksLikeName(text) && looksLikeRole(second.text))
    return { byline: toByline(text, second.text), used: 2 };
  if (looksLikeName(text) && / and /.test(text)) return { byline: people(text), used: 1 };
  return { byline: null, used: 0 };
}

export interface BodyOptions {
  /** Publisher furniture beyond the common lines. */
  isFurniture?(text: string): boolean;
  /** Posts may start with a label line (`Breaking`). */
  labels?: boolean;
}

export interface LineBody {
  byline: Byline;
  blocks: Block[];
  labels: string[];
}

/** A post's lines as blocks: a byline first, then paragraphs, `•` lists, and images (caption + credit). */
export function readBody(body: Line[], options: BodyOptions = {}): LineBody {
  const lines = body.filter((l) => l.text && !isCommonFurniture(l.text) && !options.isFurniture?.(l.text));
  const labels: string[] = [];
  const { byline, used } = readByline(lines);
  const blocks: Block[] = [];
  for (let i = used; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    const next = lines[i + 1]?.text;
    const last = blocks[blocks.length - 1];
    const bullet = BULLET.exec(text);
    const bbc = BBC_IMAGE.exec(text);
    if (bullet) {
      const item = extractLinks(bullet[1] ?? '').text;
      if (last?.type === 'list' && BULLET.test(lines[i - 1]?.text ?? '')) last.items.push(item);
      else blocks.push({ type: 'list', items: [item] });
      continue;
    }
    if (bbc) {
      const image: ImageBlock = { type: 'image', alt: (bbc[1] ?? '').trim() };
      if (bbc[2]?.trim()) image.credit = bbc[2].trim();
      const caption = next !== undefined ? BBC_CAPTION.exec(next) : null;
      if (caption) {
        i++;
        const text = caption[1] || (lines[i + 1]?.text ?? '');
        if (!caption[1]) i++;
        if (text) image.caption = text;
      }
      blocks.push(image);
      continue;
    }
    const credited = captionWithCredit(text);
    if (credited) {
      blocks.push({ type: 'image', alt: '', caption: credited.caption, credit: credited.credit });
      continue;
    }
    if (next !== undefined && isCreditLine(next)) {
      blocks.push({ type: 'image', alt: '', caption: text, credit: next });
      i++;
      continue;
    }
    let paragraph = text;
    if (blocks.length === 0 && options.labels) {
      const lead = leadingLabel(paragraph);
      if (lead.label) labels.push(lead.label);
      paragraph = lead.text;
    }
    const { text: plain, links } = extractLinks(paragraph);
    blocks.push(
      links.length > 0 ? { type: 'paragraph', text: plain, links } : { type: 'paragraph', text: plain },
    );
  }
  return { byline, blocks, labels };
}

/**
 * The whole page → story pipeline, shared by the CLI and the browser's import: read the page (text or
 * saved HTML), keep every text within the schema's bounds, find and place the places, assemble the
 * document, and check it against the same schema the app validates with. A story the app would refuse
 * is never returned: what cannot be repaired is refused with its reasons. Pure: the gazetteer is given.
 */
import type { PostPart, Warning } from '../core/warnings';
import { LIMITS } from '../core/schema';
import type { Block, Entry, Story, StoryMeta } from '../core/types';
import { validateStory, type Problem } from '../core/validate';
import type { Gazetteer } from '../geo/gazetteer';
import { geocodeEntries, nameWords, type Explanation, type OnPosts } from '../geo/geocode';
import { readDocument } from '../parse/document';
import type { ParseOptions } from '../parse/page';
import { withEvents } from './events';

/** What a reader or a sidecar file says about the page. */
export interface PageMeta {
  title?: string;
  publisher?: string;
}

export interface Built {
  story: Story;
  warnings: Warning[];
  /** The format the page was read as, or null when no format found posts. */
  format: string | null;
  /** What makes the story one the app would refuse (empty when it is valid). */
  problems: Problem[];
  /** Why each mention was read as the place it was (for `--explain`). */
  explanations: Explanation[];
}

/** The longest text a field may hold (the schema's limit). */
const MAX_TEXT = 100_000;
const SENTENCE_END = /[.!?…]["”’)]?\s/g;

/** A paragraph over the limit, as paragraphs within it, cut after a sentence where there is one. */
export function splitLongText(text: string, max = MAX_TEXT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = -1;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(rest); m && m.index < max; m = SENTENCE_END.exec(rest))
      cut = m.index + m[0].length;
    if (cut <= 0) cut = rest.lastIndexOf(' ', max) + 1 || max;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

const cut = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

/** Keeps every text and list of a post within the schema's bounds, saying what was changed. */
function withinBounds(entry: Entry, post: number, warnings: Warning[]): Entry {
  /** `text` within the limit; a cut one is said (`what`: "an image's caption"). */
  const bounded = (text: string, part: PostPart) => {
    if (text.length > MAX_TEXT)
      warnings.push({ code: 'text-cut', post, part, length: text.length, max: MAX_TEXT });
    return cut(text);
  };
  const blocks: Block[] = [];
  for (const block of entry.blocks) {
    if (block.type === 'paragraph' && block.text.length > MAX_TEXT) {
      const parts = splitLongText(block.text);
      warnings.push({ code: 'paragraph-split', post, length: block.text.length, parts: parts.length });
      blocks.push(...parts.map((text): Block => ({ type: 'paragraph', text })));
    } else if (block.type === 'list') {
      if (block.items.length > LIMITS.itemsPerList)
        warnings.push({ code: 'list-cut', post, count: block.items.length, max: LIMITS.itemsPerList });
      blocks.push({
        type: 'list',
        items: block.items.slice(0, LIMITS.itemsPerList).map((item) => bounded(item, 'listItem')),
      });
    } else if (block.type === 'paragraph') {
      if (block.links && block.links.length > LIMITS.linksPerParagraph)
        warnings.push({
          code: 'links-cut',
          post,
          count: block.links.length,
          max: LIMITS.linksPerParagraph,
        });
      const links = block.links?.slice(0, LIMITS.linksPerParagraph);
      blocks.push(links ? { ...block, links } : block);
    } else if (block.type === 'image')
      blocks.push({
        ...block,
        alt: bounded(block.alt, 'imageAlt'),
        ...(block.caption ? { caption: bounded(block.caption, 'imageCaption') } : {}),
        ...(block.credit ? { credit: bounded(block.credit, 'imageCredit') } : {}),
      });
    else if (block.type === 'media') blocks.push({ ...block, caption: bounded(block.caption, 'caption') });
    else blocks.push({ ...block, text: bounded(block.text, block.type) });
  }
  if (blocks.length > LIMITS.blocksPerEntry)
    warnings.push({ code: 'blocks-cut', post, count: blocks.length, max: LIMITS.blocksPerEntry });
  if (entry.labels.length > LIMITS.labels)
    warnings.push({ code: 'labels-cut', post, count: entry.labels.length, max: LIMITS.labels });
  return {
    ...entry,
    title: entry.title === null ? null : bounded(entry.title, 'title'),
    labels: entry.labels.slice(0, LIMITS.labels),
    blocks: blocks.slice(0, LIMITS.blocksPerEntry),
  };
}

/** Keeps a post's places and mentions within the schema's bounds after geocoding, saying so. */
function placesWithinBounds(entry: Entry, post: number, warnings: Warning[]): Entry {
  if (entry.places.length <= LIMITS.placesPerEntry && entry.mentions.length <= LIMITS.mentionsPerEntry)
    return entry;
  const places = entry.places.slice(0, LIMITS.placesPerEntry);
  const kept = new Set(places);
  const mentions = entry.mentions.filter((m) => kept.has(m.placeId)).slice(0, LIMITS.mentionsPerEntry);
  if (places.length < entry.places.length)
    warnings.push({ code: 'places-cut', post, count: entry.places.length, max: places.length });
  if (mentions.length < entry.mentions.length)
    warnings.push({ code: 'mentions-cut', post, count: entry.mentions.length, max: mentions.length });
  return { ...entry, places, mentions };
}

export interface BuildOptions extends ParseOptions {
  /** The page's own time zone, written into the story. */
  timeZone: string;
}

/** A gazetteer, or what gives one holding at least the names that start with the given words. */
export type GazetteerFor = Gazetteer | ((words: Set<string>) => Gazetteer);

/** The page read and bounded, before its places are found: the first half of `buildStory`. */
export interface ReadPage {
  page: ReturnType<typeof readDocument>;
  entries: Entry[];
  warnings: Warning[];
  /** The words place names may start with (what the gazetteer must hold for this page). */
  words: Set<string>;
}

export function readStoryPage(text: string, options: BuildOptions): ReadPage {
  const page = readDocument(text, options);
  const warnings = [...page.warnings];
  const entries = page.entries.map((entry, i) => withinBounds(entry, i + 1, warnings));
  return { page, entries, warnings, words: nameWords(entries) };
}

/** The second half: places found, the document assembled and checked against the app's schema. */
export function finishStory(
  read: ReadPage,
  options: BuildOptions,
  meta: PageMeta,
  gazetteer: Gazetteer,
  onPosts?: OnPosts,
): Built {
  const { page } = read;
  const warnings = [...read.warnings];
  const { entries, places, explanations } = geocodeEntries(read.entries, gazetteer, onPosts);
  const title = meta.title ?? page.title;
  const publisher = meta.publisher ?? page.publisher;
  const storyMeta: StoryMeta = {
    ...(title ? { title: cut(title) } : {}),
    ...(publisher ? { publisher: cut(publisher) } : {}),
    sourceTimeZone: options.timeZone,
    ...(page.format ? { format: page.format } : {}),
    ...page.meta,
  };
  const story: Story = {
    schemaVersion: 1,
    story: storyMeta,
    entries: withEvents(
      entries.map((entry, i) => placesWithinBounds(entry, i + 1, warnings)),
      places,
      options.timeZone,
      warnings,
    ),
    places,
  };
  // The same check the app makes: a story it would refuse in part is not handed on as if whole.
  const { problems } = validateStory(JSON.parse(JSON.stringify(story)));
  return { story, warnings, format: page.format, problems, explanations };
}

export function buildStory(
  text: string,
  options: BuildOptions,
  meta: PageMeta,
  gazetteer: GazetteerFor,
): Built {
  const read = readStoryPage(text, options);
  return finishStory(
    read,
    options,
    meta,
    typeof gazetteer === 'function' ? gazetteer(read.words) : gazetteer,
  );
}

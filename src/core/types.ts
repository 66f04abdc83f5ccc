/** The data contract of Live Atlas (schemaVersion 1): what `npm run parse` writes and the app reads. */

/** A range of a block's text that links out of the page (a `, external` marker in the copied text). */
export interface LinkAnnotation {
  start: number;
  end: number;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  links?: LinkAnnotation[];
}
export interface ListBlock {
  type: 'list';
  items: string[];
}
export interface ImageBlock {
  type: 'image';
  alt: string;
  credit?: string;
  caption?: string;
}
export interface MediaBlock {
  type: 'media';
  caption: string;
}
export interface QuoteBlock {
  type: 'quote';
  text: string;
  cite?: string;
}
export type Block = ParagraphBlock | ListBlock | ImageBlock | MediaBlock | QuoteBlock;

/** One person credited on a post. */
export interface Person {
  name: string;
  role?: string;
  location?: string;
}
export type Byline = Person | Person[] | null;

/** Where a place is named: a block index (with the list item or image field), the title, or the byline. */
export interface Mention {
  placeId: string;
  block: number | 'title' | 'byline';
  /** For list blocks: which item; for image blocks: which field. */
  item?: number;
  field?: 'alt' | 'caption';
  start: number;
  end: number;
}

/** How exactly the text says when something happened: to the minute, the hour, the day, or a part of it. */
export type EventPrecision = 'minute' | 'hour' | 'day' | 'part-of-day';

/**
 * A time in a post's text that says when an event took place (`at 01:50 local time`, `overnight`),
 * beside the post's own publication time: where it is written, and when that was.
 */
export interface EntryEvent {
  /** The block whose text says it (a paragraph or a quote). */
  block: number;
  start: number;
  end: number;
  /**
   * When it happened (ISO UTC): the minute or hour said, or the middle of the day or part of the day
   * (`yesterday` is its noon, `overnight` 02:00); null when the post has no time to count from.
   */
  at: string | null;
  precision: EventPrecision;
  /** The zone the time was said in, or implied (the place's local time, the page's own zone). */
  zone?: string;
}

export interface Entry {
  id: string;
  number?: number;
  title: string | null;
  publishedAt: string | null;
  labels: string[];
  byline: Byline;
  blocks: Block[];
  places: string[];
  mentions: Mention[];
  /** When the text says things happened (optional: stories without it stay valid). */
  events?: EntryEvent[];
}

/** A box on the ground in degrees, in GeoJSON's order: west, south, east, north. */
export type BBox = [west: number, south: number, east: number, north: number];

/** A point on the ground in degrees. Objects, not pairs, so the order can never be mixed up. */
export interface LatLon {
  lat: number;
  lon: number;
}

export type PlaceKind = 'city' | 'site' | 'landmark' | 'region' | 'country' | 'river' | 'sea' | 'continent';

export interface Place {
  id: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  countryCode?: string;
  bbox?: BBox;
  source: string;
  entryCount: number;
  /** 0 to 1: how sure the geocoder was of this reading of the name (absent: placed by hand, or unknown). */
  confidence?: number;
  /** Other places the name could mean, best first (at most three). */
  alternatives?: PlaceAlternative[];
}

/** Another reading of a place's name, for a reader to pick instead. */
export interface PlaceAlternative {
  name: string;
  lat: number;
  lon: number;
  countryCode?: string;
  kind: PlaceKind;
  source: string;
}

export interface StoryMeta {
  title?: string;
  publisher?: string;
  sourceTimeZone?: string;
  /** The page format the story was read from (`bbc`, `guardian`, …). */
  format?: string;
  summary?: string[];
  media?: { caption: string }[];
}

export interface Story {
  schemaVersion: 1;
  story: StoryMeta;
  entries: Entry[];
  places: Place[];
}

/** The data contract as Valibot schemas: the single source of the JSON Schema file and the app's validation. */
import * as v from 'valibot';
import type { Block, Entry, Place, StoryMeta } from './types';

/** Longest text any field may hold; a guard against hostile payloads, far above any real post. */
const MAX_TEXT = 100_000;
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
/**
 * Longest lists, far above any real live page, so that any story the schema accepts can be shown
 * without freezing the page (a post with 50,000 places, a paragraph with 40,000 links).
 */
export const LIMITS = {
  entries: 100_000,
  places: 100_000,
  blocksPerEntry: 2_000,
  placesPerEntry: 1_000,
  mentionsPerEntry: 5_000,
  eventsPerEntry: 1_000,
  linksPerParagraph: 5_000,
  itemsPerList: 5_000,
  labels: 20,
  people: 50,
} as const;
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A time every browser reads the same way: a real calendar date, and `Z` or a full `±hh:mm` offset. */
export function isReadableTime(text: string): boolean {
  const m = ISO_TIME.exec(text);
  if (!m || !Number.isFinite(Date.parse(text))) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const LinkSchema = v.object({ start: offset, end: offset });

export const BlockSchema: v.GenericSchema<unknown, Block> = v.variant('type', [
  v.object({
    type: v.literal('paragraph'),
    text,
    links: v.optional(list(LinkSchema, LIMITS.linksPerParagraph)),
  }),
  v.object({ type: v.literal('list'), items: list(text, LIMITS.itemsPerList) }),
  v.object({ type: v.literal('image'), alt: text, credit: v.optional(text), caption: v.optional(text) }),
  v.object({ type: v.literal('media'), caption: text }),
  v.object({ type: v.literal('quote'), text, cite: v.optional(text) }),
]);

const PersonSchema = v.object({ name: text, role: v.optional(text), location: v.optional(text) });

const MentionSchema = v.object({
  placeId: text,
  block: v.union([offset, v.picklist(['title', 'byline'])]),
  item: v.optional(offset),
  field: v.optional(v.picklist(['alt', 'caption'])),
  start: offset,
  end: offset,
});

const EventSchema = v.object({
  block: offset,
  start: offset,
  end: offset,
  at: v.nullable(
    v.pipe(
      v.string(),
      v.isoTimestamp('at must be an ISO 8601 time'),
      v.check(isReadableTime, 'at must be a real date and time with Z or a ±hh:mm offset'),
    ),
  ),
  precision: v.picklist(['minute', 'hour', 'day', 'part-of-day']),
  zone: v.optional(v.pipe(v.string(), v.maxLength(64))),
});

export const EntrySchema: v.GenericSchema<unknown, Entry> = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  number: v.optional(v.pipe(v.number(), v.integer())),
  title: v.nullable(text),
  publishedAt: v.nullable(
    v.pipe(
      v.string(),
      v.isoTimestamp('publishedAt must be an ISO 8601 time'),
      v.check(isReadableTime, 'publishedAt must be a real date and time with Z or a ±hh:mm offset'),
    ),
  ),
  labels: list(text, LIMITS.labels),
  byline: v.nullable(v.union([PersonSchema, list(PersonSchema, LIMITS.people)])),
  blocks: list(BlockSchema, LIMITS.blocksPerEntry),
  places: list(text, LIMITS.placesPerEntry),
  mentions: list(MentionSchema, LIMITS.mentionsPerEntry),
  events: v.optional(list(EventSchema, LIMITS.eventsPerEntry)),
});

const latitude = v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90));
const longitude = v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180));

export const PlaceSchema: v.GenericSchema<unknown, Place> = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    name: text,
    kind: v.picklist(['city', 'site', 'landmark', 'region', 'country', 'river', 'sea', 'continent']),
    lat: latitude,
    lon: longitude,
    countryCode: v.optional(
      v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'countryCode must be ISO 3166-1 alpha-2')),
    ),
    bbox: v.optional(v.tuple([longitude, latitude, longitude, latitude])),
    source: text,
    entryCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
    confidence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
    alternatives: v.optional(
      v.pipe(
        v.array(
          v.object({
            name: text,
            lat: latitude,
            lon: longitude,
            countryCode: v.optional(
              v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'countryCode must be ISO 3166-1 alpha-2')),
            ),
            kind: v.picklist(['city', 'site', 'landmark', 'region', 'country', 'river', 'sea', 'continent']),
            source: text,
          }),
        ),
        v.maxLength(3),
      ),
    ),
  }),
  v.check((p) => p.kind !== 'country' || p.countryCode !== undefined, 'a country needs a countryCode'),
);

export const StoryMetaSchema: v.GenericSchema<unknown, StoryMeta> = v.object({
  title: v.optional(text),
  publisher: v.optional(text),
  sourceTimeZone: v.optional(text),
  format: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{1,30}$/, 'format must be a lower-case word'))),
  summary: v.optional(v.array(text)),
  media: v.optional(v.array(v.object({ caption: text }))),
});

/** The whole document, as the JSON Schema file describes it. */
export const StorySchema = v.object({
  schemaVersion: v.literal(1),
  story: StoryMetaSchema,
  entries: list(EntrySchema, LIMITS.entries),
  places: list(PlaceSchema, LIMITS.places),
});

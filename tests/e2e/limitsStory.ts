/**
 * The largest story the schema accepts, as far as a test can hold it: as many posts and places as
 * LIMITS allows (each post naming its own place, so the map has as many points as it can be given), and
 * the newest post at every per-post limit at once (blocks, places, mentions, links in one paragraph,
 * items in one list, events, labels, people in its byline).
 */
import { LIMITS } from '../../src/core/schema';

const START = Date.UTC(2025, 0, 6, 6, 0);
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

export function limitsStory() {
  const places = Array.from({ length: LIMITS.places }, (_, i) => ({
    id: `p${i}`,
    name: `Place ${i}`,
    kind: 'city',
    // A grid over Europe, so that every place has its own point.
    lat: 36 + (i % 316) * 0.07,
    lon: -9 + Math.floor(i / 316) * 0.12,
    source: 'test',
    entryCount: 1,
  }));
  const entries: Record<string, unknown>[] = Array.from({ length: LIMITS.entries }, (_, n) => {
    const i = LIMITS.entries - 1 - n;
    const name = `Place ${i}`;
    const text = `Reports from ${name} describe the situation as it develops.`;
    return {
      id: `post-${i}`,
      number: i + 1,
      title: `Update ${i + 1} from ${name}`,
      publishedAt: iso(START + i * 30_000),
      labels: [],
      byline: null,
      blocks: [{ type: 'paragraph', text }],
      places: [`p${i}`],
      mentions: [{ placeId: `p${i}`, block: 0, start: 13, end: 13 + name.length }],
    };
  });
  // The newest post at every per-post limit.
  const word = 'Kyiv ';
  const linked = word.repeat(LIMITS.linksPerParagraph);
  const newest = entries[0] as Record<string, unknown>;
  const blocks: Record<string, unknown>[] = [
    {
      type: 'paragraph',
      text: linked,
      links: Array.from({ length: LIMITS.linksPerParagraph }, (_, k) => ({ start: k * 5, end: k * 5 + 4 })),
    },
    { type: 'list', items: Array.from({ length: LIMITS.itemsPerList }, (_, k) => `Item ${k}`) },
    ...Array.from({ length: LIMITS.blocksPerEntry - 2 }, (_, k) => ({
      type: 'paragraph',
      text: `At 9am on Monday paragraph ${k} names Place ${k}.`,
    })),
  ];
  const mentions = [
    ...Array.from({ length: LIMITS.mentionsPerEntry - LIMITS.placesPerEntry + 1 }, (_, k) => ({
      placeId: `p${LIMITS.entries - 1}`,
      block: 0,
      start: k * 5,
      end: k * 5 + 4,
    })),
    ...Array.from({ length: LIMITS.placesPerEntry - 1 }, (_, k) => {
      const text = (blocks[k + 2] as { text: string }).text;
      const start = text.indexOf('Place ');
      return { placeId: `p${k}`, block: k + 2, start, end: start + `Place ${k}`.length };
    }),
  ];
  Object.assign(newest, {
    labels: Array.from({ length: LIMITS.labels }, (_, k) => `Label ${k}`),
    byline: Array.from({ length: LIMITS.people }, (_, k) => ({ name: `Reporter ${k}`, role: 'Reporter' })),
    blocks,
    places: [
      `p${LIMITS.entries - 1}`,
      ...Array.from({ length: LIMITS.placesPerEntry - 1 }, (_, k) => `p${k}`),
    ],
    mentions,
    events: Array.from({ length: LIMITS.eventsPerEntry }, (_, k) => ({
      block: k + 2,
      start: 0,
      end: 10,
      at: iso(START - k * 3_600_000),
      precision: 'hour',
    })),
  });
  return {
    schemaVersion: 1,
    story: { title: 'A story at the limits', publisher: 'Live Atlas tests', sourceTimeZone: 'Europe/London' },
    entries,
    places,
  };
}

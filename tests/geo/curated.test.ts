/**
 * The curated gazetteer rows (data/gazetteer/curated.json) hold only what no dataset has, each with the
 * source it was read from: never a row typed from memory.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Row {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  lat?: number;
  lon?: number;
  countryCode?: string | null;
  standsFor?: string | null;
  source: string;
}

const ROWS = (
  JSON.parse(readFileSync(new URL('../../data/gazetteer/curated.json', import.meta.url), 'utf8')) as {
    places: Row[];
  }
).places;

/** A stored page that printed the coordinates, quoted; a Natural Earth feature; a dataset's own row. */
const SOURCED = [
  /^https?:\/\/\S+ \(stored page\b.*\)$/,
  /^natural-earth:\S+/,
  /^geonames:\d+$/,
  /^cities\.json@[\d.]+ \(GeoNames cities1000\): .*\d/,
];

describe('the curated gazetteer', () => {
  it('names a source for every row', () => {
    const unsourced = ROWS.filter((r) => !SOURCED.some((pattern) => pattern.test(r.source))).map((r) => r.id);
    expect(unsourced).toEqual([]);
  });

  it('gives every row its own id, and each landmark a country and coordinates on the globe', () => {
    const ids = ROWS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const located = ROWS.filter((r) => r.kind === 'landmark' || r.kind === 'site');
    expect(located.length).toBeGreaterThan(100);
    for (const r of located) {
      expect(r.countryCode, r.id).toMatch(/^[A-Z]{2}$/);
      expect(Math.abs(r.lat ?? 99), r.id).toBeLessThanOrEqual(90);
      expect(Math.abs(r.lon ?? 999), r.id).toBeLessThanOrEqual(180);
    }
  });

  it('quotes, in a stored page’s source, the coordinates the row holds', () => {
    // `Coordinates: 40°45′02″N 73°59′37″W / 40.75056°N 73.99361°W`: the quoted text has the row's
    // latitude, in decimals (to a hundredth) or in degrees (`40°`, `13º 9′`, `35 39 30 N`).
    const quoted = (r: Row) => {
      const text = /\(stored page: (.*)\)$/.exec(r.source)?.[1] ?? '';
      const lat = Math.abs(r.lat ?? 0);
      const decimals = (Math.trunc(lat * 100) / 100).toFixed(2);
      return (
        text.includes(decimals) ||
        text.includes(decimals.replace('.', ',')) ||
        new RegExp(`(?<!\\d)${Math.floor(lat)}(?:\\s*[°º]|\\s+\\d)`).test(text)
      );
    };
    const pages = ROWS.filter((r) => r.kind !== 'alias' && r.source.includes('(stored page:'));
    expect(pages.filter((r) => !quoted(r)).map((r) => r.id)).toEqual([]);
  });
});

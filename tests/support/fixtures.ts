/** Reads the hand-labelled format fixtures and compares parser output with them. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Byline, Entry, Place } from '../../src/core/types';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/format/', import.meta.url));

export interface ExpectedEntry {
  number: number | null;
  title: string | null;
  publishedAt: string | null;
  labels: string[];
  byline: Byline;
  blockTypes: string[];
  images: { alt: string; credit?: string; caption?: string }[];
  places: string[];
}

export interface Fixture {
  name: string;
  text: string;
  expected: {
    description: string;
    year: number;
    sourceTimeZone: string;
    posts: number;
    entries: ExpectedEntry[];
  };
}

export function formatFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      return {
        name,
        text: readFileSync(`${FIXTURE_DIR}${file}`, 'utf8'),
        expected: JSON.parse(
          readFileSync(`${FIXTURE_DIR}${name}.expected.json`, 'utf8'),
        ) as Fixture['expected'],
      };
    });
}

/** The parts of an entry the fixtures label, in the fixtures' shape. */
export function structureOf(entry: Entry): Omit<ExpectedEntry, 'places'> {
  return {
    number: entry.number ?? null,
    title: entry.title,
    publishedAt: entry.publishedAt,
    labels: entry.labels,
    byline: entry.byline,
    blockTypes: entry.blocks.map((b) => b.type),
    images: entry.blocks.flatMap((b) =>
      b.type === 'image'
        ? [
            {
              alt: b.alt,
              ...(b.credit ? { credit: b.credit } : {}),
              ...(b.caption ? { caption: b.caption } : {}),
            },
          ]
        : [],
    ),
  };
}

export function placeNames(entry: Entry, places: Place[]): string[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  return entry.places.map((id) => byId.get(id)?.name ?? id);
}

export const PUBLISHER_DIR = fileURLToPath(new URL('../fixtures/publishers/', import.meta.url));

export interface PublisherFixture {
  /** `guardian/01-key-events-bst` */
  name: string;
  /** `.txt` or `.html` */
  extension: string;
  text: string;
  expected: Fixture['expected'] & {
    format: string;
    date?: string;
    captured?: string;
    title?: string;
    publisher?: string;
  };
}

/** The hand-labelled pages of other publishers (and BBC copy damage), one folder per format. */
export function publisherFixtures(): PublisherFixture[] {
  return readdirSync(PUBLISHER_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((dir) =>
      readdirSync(`${PUBLISHER_DIR}${dir.name}`)
        .filter((f) => /\.(txt|html)$/.test(f))
        .sort()
        .map((file) => {
          const base = file.replace(/\.(txt|html)$/, '');
          return {
            name: `${dir.name}/${base}`,
            extension: file.slice(base.length),
            text: readFileSync(`${PUBLISHER_DIR}${dir.name}/${file}`, 'utf8'),
            expected: JSON.parse(
              readFileSync(`${PUBLISHER_DIR}${dir.name}/${base}.expected.json`, 'utf8'),
            ) as PublisherFixture['expected'],
          };
        }),
    );
}

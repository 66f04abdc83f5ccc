/**
 * The page formats Live Atlas reads, one module per family of live pages. Adding a publisher means
 * adding its module here, with fixtures in tests/fixtures/publishers/. The page parser uses the
 * best-scoring format, or the one asked for by name.
 */
import type { Line } from '../lines';
import { bbc } from './bbc';
import { cnn } from './cnn';
import type { PageFormat } from './format';
import { generic } from './generic';
import { guardian } from './guardian';
import { independent } from './independent';
import { sky } from './sky';
import { telegraph } from './telegraph';
import { wire } from './wire';

export const FORMATS: readonly PageFormat[] = [
  bbc,
  guardian,
  telegraph,
  independent,
  sky,
  cnn,
  wire,
  generic,
];

/** The format of that name (`bbc`, `guardian`, …), or null. */
export function formatNamed(name: string): PageFormat | null {
  return FORMATS.find((f) => f.name === name.toLowerCase()) ?? null;
}

/** The format the text fits best, or null when none finds posts in it. */
export function detectFormat(lines: Line[]): PageFormat | null {
  let best: { format: PageFormat; score: number } | null = null;
  for (const format of FORMATS) {
    const score = format.score(lines);
    if (score > 0 && (!best || score > best.score)) best = { format, score };
  }
  return best?.format ?? null;
}

/** The names of the formats, for messages: `bbc, guardian, …`. */
export const FORMAT_NAMES = [...FORMATS.map((f) => f.name), 'jsonld'];

/** One gazetteer per test file: loading it takes about a second. */
import { loadGazetteer } from '../../cli/gazetteer';
import type { Gazetteer } from '../../src/geo/gazetteer';

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  cached ??= loadGazetteer();
  return cached;
}

/**
 * Loads the offline gazetteer compiled from npm data packages (cli/gazetteerBuild.ts): the buckets a page
 * needs, or all of them. The compiled files are made on first use, and again whenever their sources change.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  bucketsFor,
  gazetteerFromBuckets,
  type CompiledBucket,
  type CompiledManifest,
} from '../src/geo/compiled';
import type { Gazetteer } from '../src/geo/gazetteer';
import { COMPILED_DIR, writeCompiledGazetteer } from './gazetteerBuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** What the compiled files are made from: when any is newer, they are made again. */
const SOURCES = [
  'data/gazetteer/curated.json',
  'data/gazetteer/not-places.json',
  'cli/gazetteerBuild.ts',
  'package-lock.json',
];

function compiledIsCurrent(): boolean {
  const manifest = `${COMPILED_DIR}manifest.json`;
  if (!existsSync(manifest)) return false;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.every(
    (source) => !existsSync(`${ROOT}${source}`) || statSync(`${ROOT}${source}`).mtimeMs <= built,
  );
}

let manifest: CompiledManifest | null = null;
const buckets = new Map<number, CompiledBucket>();

function readManifest(): CompiledManifest {
  if (manifest) return manifest;
  if (!compiledIsCurrent()) writeCompiledGazetteer();
  manifest = JSON.parse(readFileSync(`${COMPILED_DIR}manifest.json`, 'utf8')) as CompiledManifest;
  return manifest;
}

function bucket(i: number): CompiledBucket {
  let loaded = buckets.get(i);
  if (!loaded) {
    loaded = JSON.parse(readFileSync(`${COMPILED_DIR}buckets/${i}.json`, 'utf8')) as CompiledBucket;
    buckets.set(i, loaded);
  }
  return loaded;
}

/** A gazetteer holding every name that starts with one of `words` (a page's capitalised words). */
export function loadGazetteerFor(words: Iterable<string>): Gazetteer {
  const m = readManifest();
  return gazetteerFromBuckets(m, [...bucketsFor(words, m.buckets)].sort((a, b) => a - b).map(bucket));
}

/** The whole gazetteer (for evaluations and tests; a page needs only its buckets). */
export function loadGazetteer(): Gazetteer {
  const m = readManifest();
  return gazetteerFromBuckets(
    m,
    Array.from({ length: m.buckets }, (_, i) => bucket(i)),
  );
}

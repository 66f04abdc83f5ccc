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
import { COMPILED_ROOT, CURRENT_FILE, writeCompiledGazetteer } from './gazetteerBuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** What the compiled files are made from: when any is newer, they are made again. */
const SOURCES = [
  'data/gazetteer/curated.json',
  'data/gazetteer/not-places.json',
  'cli/gazetteerBuild.ts',
  'package-lock.json',
];

/** The folder of the compiled gazetteer in use, if it is newer than everything it is made from. */
function currentDir(): string | null {
  if (!existsSync(CURRENT_FILE)) return null;
  const built = statSync(CURRENT_FILE).mtimeMs;
  const stale = SOURCES.some(
    (source) => existsSync(`${ROOT}${source}`) && statSync(`${ROOT}${source}`).mtimeMs > built,
  );
  if (stale) return null;
  const { dir } = JSON.parse(readFileSync(CURRENT_FILE, 'utf8')) as { dir: string };
  const path = `${COMPILED_ROOT}${dir}/`;
  return existsSync(`${path}manifest.json`) ? path : null;
}

/** Compiles the gazetteer unless the current one is up to date; returns its folder. */
export function ensureCompiledGazetteer(): string {
  return currentDir() ?? writeCompiledGazetteer().dir;
}

let dir: string | null = null;
let manifest: CompiledManifest | null = null;
const buckets = new Map<number, CompiledBucket>();

function readManifest(): CompiledManifest {
  if (manifest) return manifest;
  dir = ensureCompiledGazetteer();
  manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as CompiledManifest;
  return manifest;
}

function bucket(i: number): CompiledBucket {
  let loaded = buckets.get(i);
  if (!loaded) {
    loaded = JSON.parse(readFileSync(`${dir}buckets/${i}.json`, 'utf8')) as CompiledBucket;
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

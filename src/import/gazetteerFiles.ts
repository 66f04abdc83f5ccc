/**
 * The compiled gazetteer's files, fetched by the import worker: only the buckets a page needs, kept in
 * the browser's Cache Storage under the folder's hash, so a second import reads them from disk. Bytes
 * are counted as they arrive, against the sizes in `index.json`: a progress bar that knows the end.
 */
import { GAZETTEER_FOLDER } from 'virtual:live-atlas/gazetteer';
import {
  bucketsFor,
  gazetteerFromBuckets,
  type CompiledBucket,
  type CompiledManifest,
} from '../geo/compiled';
import type { Gazetteer } from '../geo/gazetteer';

interface FilesIndex {
  manifest: number;
  buckets: number[];
}

export type OnBytes = (done: number, total: number) => void;

const CACHE = `live-atlas-${GAZETTEER_FOLDER.replace(/\W+/g, '-')}`;

/** Why the place names could not be loaded (the import view says it in the reader's language). */
export type GazetteerProblem =
  | { reason: 'gazetteer-network' }
  | { reason: 'gazetteer-status'; status: number }
  | { reason: 'no-gazetteer' };

export class GazetteerError extends Error {
  constructor(readonly problem: GazetteerProblem) {
    super(problem.reason);
  }
}

async function cached(url: string): Promise<Response> {
  const store = typeof caches === 'undefined' ? null : await caches.open(CACHE).catch(() => null);
  const hit = await store?.match(url);
  if (hit) return hit;
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new GazetteerError({ reason: 'gazetteer-network' });
  }
  if (!response.ok) throw new GazetteerError({ reason: 'gazetteer-status', status: response.status });
  if (store) await store.put(url, response.clone()).catch(() => undefined);
  return response;
}

/** A file's text, its bytes counted into `onChunk` as they arrive. */
async function readCounted(response: Response, onChunk: (bytes: number) => void): Promise<string> {
  if (!response.body) {
    const text = await response.text();
    onChunk(new TextEncoder().encode(text).length);
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onChunk(value.byteLength);
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

const buckets = new Map<number, CompiledBucket>();
let manifest: CompiledManifest | null = null;
let index: FilesIndex | null = null;

/** At most this many files are fetched at once. */
const PARALLEL = 6;

/** A gazetteer of every name that begins with one of `words`, loading what is not loaded yet. */
export async function gazetteerFor(
  words: Iterable<string>,
  base: string,
  onBytes: OnBytes,
): Promise<Gazetteer> {
  if (!GAZETTEER_FOLDER) throw new GazetteerError({ reason: 'no-gazetteer' });
  const folder = new URL(GAZETTEER_FOLDER, base);
  index ??= (await (await cached(new URL('index.json', folder).href)).json()) as FilesIndex;
  const sizes = index;
  let total = 0;
  let done = 0;
  const count = (bytes: number) => {
    done += bytes;
    onBytes(Math.min(done, total), total);
  };
  if (!manifest) {
    total += sizes.manifest;
    manifest = JSON.parse(
      await readCounted(await cached(new URL('manifest.json', folder).href), count),
    ) as CompiledManifest;
  }
  const m = manifest;
  const needed = [...bucketsFor(words, m.buckets)].filter((i) => !buckets.has(i)).sort((a, b) => a - b);
  total += needed.reduce((sum, i) => sum + (sizes.buckets[i] ?? 0), 0);
  onBytes(done, total);
  const queue = [...needed];
  const worker = async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      const text = await readCounted(await cached(new URL(`buckets/${i}.json`, folder).href), count);
      buckets.set(i, JSON.parse(text) as CompiledBucket);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  onBytes(total, total);
  const wanted = [...bucketsFor(words, m.buckets)].sort((a, b) => a - b);
  return gazetteerFromBuckets(
    m,
    wanted.map((i) => buckets.get(i) as CompiledBucket),
  );
}

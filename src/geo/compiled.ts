/**
 * The compiled gazetteer (cli/gazetteerBuild.ts writes it; the CLI and the browser's import read it):
 * arrays rather than objects, so that a file of some 250,000 places parses fast, and an index of every
 * normalised name. Pure.
 */
import type { BBox, PlaceKind } from '../core/types';
import type { Gazetteer, GazetteerPlace } from './gazetteer';

export const COMPILED_VERSION = 3;

/** key, name, kind (index into `kinds`), lat, lon, country, population, feature code, bbox (or 0),
 *  first-order division (`US.GA`), source (empty: the key), curated (1), stands for. */
export type CompiledRow = [
  string,
  string,
  number,
  number,
  number,
  string,
  number,
  string,
  BBox | 0,
  string,
  string,
  0 | 1,
  string,
];

/**
 * The compiled gazetteer is split into buckets by the first word of each name, so that a page needs to
 * load only the buckets of the capitalised words it contains (a few hundred kilobytes for a live page),
 * never the whole of it. A bucket holds its names and every place they name (and the places those
 * stand for), so it can be used on its own.
 */
export interface CompiledManifest {
  version: number;
  kinds: PlaceKind[];
  buckets: number;
  notPlaces: string[];
  /** Names the sources write in capitals (`US`, `UK`): they only match text in capitals. */
  acronyms: string[];
  /** Place names spelt like common English words (`reading`, `nice`): places only with context. */
  commonNames: string[];
  /** Where the data comes from, for the README and the app's credits. */
  sources: string[];
}

export interface CompiledBucket {
  places: CompiledRow[];
  /** A normalised name and the indexes (in this bucket's places) of the places that bear it. */
  names: [string, ...number[]][];
}

/** FNV-1a of the first word, in `buckets` buckets. */
export function bucketOf(name: string, buckets: number): number {
  const word = name.split(' ')[0] ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

/** The buckets a text needs: those of its capitalised words, folded as names are. */
export function bucketsFor(words: Iterable<string>, buckets: number): Set<number> {
  const needed = new Set<number>();
  for (const word of words) needed.add(bucketOf(word, buckets));
  return needed;
}

function placeOf(kinds: PlaceKind[], row: CompiledRow): GazetteerPlace {
  const [
    key,
    name,
    kind,
    lat,
    lon,
    country,
    population,
    featureCode,
    bbox,
    admin1,
    source,
    curated,
    standsFor,
  ] = row;
  const place: GazetteerPlace = {
    key,
    name,
    kind: kinds[kind] as PlaceKind,
    lat,
    lon,
    source: source || key,
  };
  if (country) place.countryCode = country;
  if (population) place.population = population;
  if (featureCode) place.featureCode = featureCode;
  if (bbox) place.bbox = bbox;
  if (admin1) place.admin1 = admin1;
  if (curated) place.curated = true;
  if (standsFor) place.standsFor = standsFor;
  return place;
}

/** A gazetteer of the buckets loaded so far (one place object per key, whichever bucket it came in). */
export function gazetteerFromBuckets(manifest: CompiledManifest, buckets: CompiledBucket[]): Gazetteer {
  if (manifest.version !== COMPILED_VERSION)
    throw new Error(`gazetteer version ${manifest.version}, expected ${COMPILED_VERSION}`);
  const byKey = new Map<string, GazetteerPlace>();
  const byName = new Map<string, GazetteerPlace[]>();
  let maxWords = 1;
  for (const bucket of buckets) {
    const places = bucket.places.map((row) => {
      const known = byKey.get(row[0]);
      if (known) return known;
      const place = placeOf(manifest.kinds, row);
      byKey.set(place.key, place);
      return place;
    });
    for (const [name, ...indexes] of bucket.names) {
      const list = byName.get(name) ?? [];
      for (const i of indexes) {
        const place = places[i] as GazetteerPlace;
        if (!list.includes(place)) list.push(place);
      }
      byName.set(name, list);
      const words = name.split(' ').length;
      if (words > maxWords) maxWords = words;
    }
  }
  return {
    byName,
    byKey,
    acronyms: new Set(manifest.acronyms),
    notPlaces: new Set([...manifest.notPlaces.map((w) => w.toLowerCase()), ...manifest.commonNames]),
    maxWords,
  };
}

/** The gazetteer: every known place under every name it goes by, looked up in constant time per name. */
import type { BBox, PlaceKind } from '../core/types';
import { isAcronym, normalizeName } from './names';

/** One place the gazetteer knows, before it is mentioned by a story. */
export interface GazetteerPlace {
  /** Stable key: `geonames:703448`, `natural-earth:UA`, `curated:chernobyl-nuclear-power-plant`. */
  key: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  countryCode?: string;
  bbox?: BBox;
  /** Where the coordinate came from, as written to the story's JSON. */
  source: string;
  population?: number;
  /** GeoNames feature code for cities (PPLC: capital, PPLA: first-order seat, ...). */
  featureCode?: string;
  /** True for curated rows, which win over same-named rows from the bulk data. */
  curated?: boolean;
  /** A landmark that stands for a city (the Kremlin for Moscow): the city's key. */
  standsFor?: string;
  /** The first-order division it lies in, GeoNames style (`US.GA`), for places and regions alike. */
  admin1?: string;
}

export interface GazetteerRow extends GazetteerPlace {
  aliases?: string[];
}

export interface Gazetteer {
  byName: Map<string, GazetteerPlace[]>;
  byKey: Map<string, GazetteerPlace>;
  /** Names that are written in capitals and only match so (`US`). */
  acronyms: Set<string>;
  /** Capitalised words that are not places in news text although some town bears the name. */
  notPlaces: Set<string>;
  /** The most words any name has. */
  maxWords: number;
}

const MAX_NAME_WORDS = 6;

/** Indexes rows by every name; a later row with the same key adds its names to the earlier one. */
export function buildGazetteer(rows: GazetteerRow[], notPlaces: Iterable<string>): Gazetteer {
  const byName = new Map<string, GazetteerPlace[]>();
  const byKey = new Map<string, GazetteerPlace>();
  const acronyms = new Set<string>();
  let maxWords = 1;
  for (const { aliases = [], ...row } of rows) {
    const existing = byKey.get(row.key);
    const place = existing ? Object.assign(existing, row.curated ? row : {}) : row;
    byKey.set(place.key, place);
    for (const name of [row.name, ...aliases]) {
      const key = normalizeName(name);
      if (!key) continue;
      const words = key.split(' ').length;
      if (words > MAX_NAME_WORDS) continue;
      maxWords = Math.max(maxWords, words);
      if (isAcronym(name)) acronyms.add(key);
      const list = byName.get(key);
      if (!list) byName.set(key, [place]);
      else if (!list.includes(place)) list.push(place);
    }
  }
  return { byName, byKey, acronyms, notPlaces: new Set(notPlaces), maxWords };
}

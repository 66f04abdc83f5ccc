/**
 * `npm run assets`: the static files the app serves beside the story data:
 * - the vector basemap, Natural Earth 1:110m and 1:50m countries (world-atlas) keyed by ISO alpha-2 code;
 * - pym.js (MIT), served with the app so that embed snippets never depend on a third-party CDN.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { encodeReferenceLabels } from '../src/map/referenceLabels';
import { coarsen } from './basemapPrecision';
import { referenceLabels } from './referenceLabels';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
mkdirSync(`${publicDir}basemap`, { recursive: true });

// 1:110m draws at once (about 28 KB gzip), on a grid ten times coarser than world-atlas's: no point moves
// more than a fifth of a pixel at zoom 4, the closest it is drawn at, and 10 KB less is fetched. 1:50m
// follows for closer zooms.
for (const scale of ['110m', '50m']) {
  const source = require.resolve(`world-atlas/countries-${scale}.json`);
  const atlas = JSON.parse(readFileSync(source, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const topology = scale === '110m' ? coarsen(atlas, 10) : atlas;
  for (const geometry of topology.objects.countries.geometries) {
    const code = countries.numericToAlpha2(String(geometry.id ?? ''));
    const name = (geometry.properties as { name?: string } | undefined)?.name ?? '';
    geometry.id = code ?? `ne-${name}`;
    geometry.properties = { name };
  }
  writeFileSync(`${publicDir}basemap/countries-${scale}.json`, JSON.stringify(topology));
}

// The basemap's reference labels: countries, capitals, seas and oceans (cli/referenceLabels.ts).
writeFileSync(
  `${publicDir}basemap/labels.json`,
  JSON.stringify(encodeReferenceLabels(referenceLabels(countries))),
);

copyFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), `${publicDir}pym.v1.min.js`);

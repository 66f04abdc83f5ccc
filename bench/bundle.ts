/** Sizes of the production build: initial (what index.html loads) versus lazy chunks, raw and gzip. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

function size(path: string, file: string): FileSize {
  const bytes = readFileSync(path);
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function bundleSizes(dist: string) {
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const assets = readdirSync(`${dist}/assets`).filter((f) => /\.(js|css)$/.test(f));
  const initialNames = new Set(assets.filter((f) => html.includes(`assets/${f}`)));
  const all = assets.map((f) => size(`${dist}/assets/${f}`, f));
  const initial = all.filter((f) => initialNames.has(f.file));
  const lazy = all.filter((f) => !initialNames.has(f.file));
  const sum = (files: FileSize[]) => ({
    raw: files.reduce((a, f) => a + f.raw, 0),
    gzip: files.reduce((a, f) => a + f.gzip, 0),
  });
  const data = [
    'index.html',
    'data/sample.json',
    'basemap/countries-110m.json',
    'basemap/countries-50m.json',
    'pym.v1.min.js',
  ]
    .filter((f) => statSync(`${dist}/${f}`, { throwIfNoEntry: false }))
    .map((f) => size(`${dist}/${f}`, f));
  return { initial, lazy, initialTotal: sum(initial), lazyTotal: sum(lazy), data };
}

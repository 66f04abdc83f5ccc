/**
 * The compiled gazetteer as static files of the app, for the browser's import (src/import/): served by
 * the dev server and copied into the build under `gazetteer/<hash>/`, a folder named by its content's
 * hash, so a browser may keep its files for good. `index.json` lists each file's size, for a progress
 * bar that knows how much is to come. The app (and its workers) learn the folder from
 * `virtual:live-atlas/gazetteer`. The gazetteer is compiled by `npm run prepare:data` (the sample's
 * parse), which `dev` and `build` run first; a build without it fails, saying so.
 */
import {
  cpSync,
  createReadStream,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const VIRTUAL = 'virtual:live-atlas/gazetteer';
const RESOLVED = `\0${VIRTUAL}`;
const COMPILED = fileURLToPath(new URL('../.cache/gazetteer/', import.meta.url));

/** What `index.json` holds: the byte size of the manifest and of each bucket, by number. */
export interface GazetteerIndex {
  manifest: number;
  buckets: number[];
}

export function indexOf(dir: string): GazetteerIndex {
  const count = readdirSync(`${dir}buckets`).filter((f) => f.endsWith('.json')).length;
  return {
    manifest: statSync(`${dir}manifest.json`).size,
    buckets: Array.from({ length: count }, (_, i) => statSync(`${dir}buckets/${i}.json`).size),
  };
}

/** The compiled gazetteer's hash (its folder's name), or '' when none is compiled. */
function currentHash(): string {
  const pointer = `${COMPILED}current.json`;
  if (!existsSync(pointer)) return '';
  const { dir } = JSON.parse(readFileSync(pointer, 'utf8')) as { dir: string };
  return existsSync(`${COMPILED}${dir}/manifest.json`) ? dir : '';
}

/** Resolves `virtual:live-atlas/gazetteer` (also inside workers, which are bundled on their own). */
export function gazetteerFolderModule(): Plugin {
  return {
    name: 'live-atlas:gazetteer-folder',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const hash = currentHash();
      return `export const GAZETTEER_FOLDER = ${JSON.stringify(hash ? `gazetteer/${hash}/` : '')};\n`;
    },
  };
}

export function gazetteerAssets(): Plugin {
  let outDir = '';
  let ssr = false;
  let build = false;
  return {
    ...gazetteerFolderModule(),
    name: 'live-atlas:gazetteer-assets',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
      build = config.command === 'build';
      outDir = config.build.outDir;
    },
    buildStart() {
      if (build && !ssr && !currentHash())
        this.error('no compiled gazetteer: run `npm run prepare:data` (or `npm run gazetteer`) first');
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const hash = currentHash();
        const path = (req.url ?? '').split('?')[0] ?? '';
        const folder = `/gazetteer/${hash}/`;
        const at = path.indexOf(folder);
        if (!hash || at < 0) return next();
        const file = path.slice(at + folder.length);
        const dir = `${COMPILED}${hash}/`;
        if (file === 'index.json') {
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(indexOf(dir)));
          return;
        }
        if (!/^(?:manifest|buckets\/\d+)\.json$/.test(file) || !existsSync(`${dir}${file}`)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        createReadStream(`${dir}${file}`).pipe(res);
      });
    },
    writeBundle() {
      const hash = currentHash();
      if (ssr || !hash) return;
      const target = `${outDir}/gazetteer/${hash}/`;
      cpSync(`${COMPILED}${hash}/`, target, { recursive: true });
      writeFileSync(`${target}index.json`, JSON.stringify(indexOf(target)));
    },
  };
}

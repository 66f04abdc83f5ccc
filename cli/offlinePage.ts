/**
 * The offline page for the CLI (`--to html`): the offline viewer the build made (dist/offline/), built
 * now if it is missing, with the basemaps, hashed with Node's crypto for the page's policy. The page
 * itself is the pure src/convert/offline.ts, the same the browser's "Download offline page" makes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { offlineInline, offlinePage, type OfflineParts } from '../src/convert/offline';
import type { Story } from '../src/core/types';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCRIPT = `${ROOT}dist/offline/viewer.js`;
const STYLE = `${ROOT}dist/offline/viewer.css`;

let parts: OfflineParts | null = null;

function offlineParts(): OfflineParts {
  if (parts) return parts;
  if (!existsSync(SCRIPT) || !existsSync(STYLE))
    execFileSync(process.execPath, ['--import', 'tsx', `${ROOT}cli/offlineBuild.ts`], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  parts = {
    script: readFileSync(SCRIPT, 'utf8'),
    style: readFileSync(STYLE, 'utf8'),
    basemap110: readFileSync(`${ROOT}public/basemap/countries-110m.json`, 'utf8'),
    basemap50: readFileSync(`${ROOT}public/basemap/countries-50m.json`, 'utf8'),
  };
  return parts;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

export function offlineHtml(story: Story): string {
  const all = offlineParts();
  const inline = offlineInline(all);
  return offlinePage(story, all, { script: sha256(inline.script), style: sha256(inline.style) });
}

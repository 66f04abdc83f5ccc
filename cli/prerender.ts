/**
 * `npm run prerender` (the last step of `npm run build`): renders the sample story's opening view with
 * the app's own components (server-side, src/app/prerender.tsx) into dist/index.html, so that the
 * first frame is drawn from HTML and CSS while the script loads; the app then replaces it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { BasemapTopology } from '../src/map/basemapQuery';
import { viewUrlProblem } from '../src/convert/oembed';
import type { Story } from '../src/core/types';
import { GUARD_SCRIPT, injectFirstView, stylesToClasses, withOEmbedDiscovery } from './firstView';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = `${ROOT}dist/`;
const SERVER_BUILD = `${ROOT}.cache/prerender/`;

const hashed = (name: string, extension: string, text: string) =>
  `assets/${name}-${createHash('sha256').update(text).digest('hex').slice(0, 8)}.${extension}`;

async function main() {
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: {
      ssr: 'src/app/prerender.tsx',
      outDir: SERVER_BUILD,
      emptyOutDir: true,
      sourcemap: false,
      copyPublicDir: false,
    },
  });
  const { renderFirstView } = (await import(pathToFileURL(`${SERVER_BUILD}prerender.js`).href)) as {
    renderFirstView(story: unknown, basemap: BasemapTopology): { html: string; css: string };
  };
  const story = JSON.parse(readFileSync(`${DIST}data/sample.json`, 'utf8')) as unknown;
  const basemap = JSON.parse(readFileSync(`${DIST}basemap/countries-110m.json`, 'utf8')) as BasemapTopology;
  const view = renderFirstView(story, basemap);
  const { html, css: styles } = stylesToClasses(view.html);
  const css = `${styles}${view.css}\n`;
  const cssHref = hashed('first-view', 'css', css);
  const guardHref = hashed('first-view', 'js', GUARD_SCRIPT);
  writeFileSync(`${DIST}${cssHref}`, css);
  writeFileSync(`${DIST}${guardHref}`, GUARD_SCRIPT);
  let index = injectFirstView(readFileSync(`${DIST}index.html`, 'utf8'), {
    html,
    cssHref: `./${cssHref}`,
    guardHref: `./${guardHref}`,
  });
  // oEmbed needs absolute addresses: only a build told where it will be published can offer it.
  const publicUrl = process.env.LIVE_ATLAS_URL;
  if (publicUrl) {
    const why = viewUrlProblem(publicUrl);
    if (why) throw new Error(`LIVE_ATLAS_URL ${why}`);
    const discovery = withOEmbedDiscovery(index, publicUrl, story as Story);
    index = discovery.index;
    writeFileSync(`${DIST}oembed.json`, discovery.oembed);
    console.log(`oEmbed: ${new URL('oembed.json', new URL('./', publicUrl)).href}, linked from the page`);
  } else console.log('oEmbed: not offered (set LIVE_ATLAS_URL to the address the build is published at)');
  writeFileSync(`${DIST}index.html`, index);
  console.log(`prerendered the first view: ${(html.length / 1024).toFixed(1)} KB of HTML`);
}

main().catch((error: unknown) => {
  console.error(`prerender: ${(error as Error).message}`);
  process.exitCode = 1;
});

/**
 * `npm run bench:scrub [ENTRIES…]`: the scrub as a reader feels it (issue #17) on the built app, alone:
 * the sample and synthetic stories (default 1,000 and 10,000 entries), each step timed from the key
 * press to the frame after the current post changed, and where a profiled step's time went.
 * Needs `npm run build` first (`npm run bench` builds and runs this among the rest).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, readerScrub } from './browser';
import { generateStory } from './generate';
import { serve } from './serve';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [1000, 10000];
const STEPS = Number(process.env.LIVE_ATLAS_SCRUB_STEPS ?? 200);
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  mkdirSync(`${DIST}/bench`, { recursive: true });
  for (const n of SIZES)
    writeFileSync(`${DIST}/bench/story-${n}.json`, JSON.stringify(generateStory(n, 2000)));
  const { server, origin } = await serve();
  const browser = await launch();
  try {
    const pages: [string, string][] = [
      ['sample', `${origin}/`],
      ...SIZES.map((n): [string, string] => [String(n), `${origin}/?data=./bench/story-${n}.json`]),
    ];
    for (const [name, url] of pages) {
      const r = await readerScrub(browser, url, STEPS);
      console.log(
        `${name.padEnd(7)} key→frame p50 ${ms(r.frame.p50)} p95 ${ms(r.frame.p95)} max ${ms(r.frame.max)}; ` +
          `key→DOM p50 ${ms(r.dom.p50)} p95 ${ms(r.dom.p95)}; key→map p50 ${ms(r.map.p50)} p95 ${ms(r.map.p95)} (${r.map.steps} steps); drawn ${ms(r.drawnMs)}; heap ${r.heapMb.toFixed(1)} MB`,
      );
      const perStep = Object.entries(r.profile.byEvent)
        .sort((a, b) => b[1] - a[1])
        .map(([event, total]) => `${event} ${(total / r.profile.steps).toFixed(1)}`)
        .join(', ');
      console.log(`        a profiled step (ms): ${perStep}`);
      console.log(
        `        top functions: ${r.profile.topFunctions.map(([f, t]) => `${f} ${t.toFixed(1)}`).join(', ')}`,
      );
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error) => {
  console.error(`bench:scrub: ${(error as Error).message}`);
  process.exitCode = 1;
});

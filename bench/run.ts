/**
 * `npm run bench`: builds the app, then measures bundle sizes, cold loads in headless Chromium (beside
 * TimelineJS with the same posts), scrub latency and heap at 20, 1,000 and 10,000 entries, and the parser.
 * Prints a table and writes bench/results.json. Not part of `npm test`: figures, not verdicts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Story } from '../src/core/types';
import { coldLoadsInTurn, launch, readerScrub, scrub, STYLED } from './browser';
import { bundleSizes } from './bundle';
import { benchImport } from './importBench';
import { generateStory } from './generate';
import { benchParse } from './parse';
import { writeTimelineJsPage } from './timelinejs';
import { serve } from './serve';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = `${ROOT}dist`;
const LOAD_RUNS = 9;
const SCRUB_STEPS = 200;
const SIZES = [1000, 10000];
const SYNTHETIC_PLACES = 2000;
/**
 * Some element matching `selector` is laid out with a size, the stylesheets in (drawn, not merely in
 * the document).
 */
const drawn = (selector: string) =>
  `${STYLED} && [...document.querySelectorAll('${selector}')].some((e) => e.getBoundingClientRect().width > 0)`;
/**
 * First frame: the map with its markers and the timeline's posts are on screen (for us the prerendered
 * first view, then the live app). Interactive: the live Leaflet map and timeline have replaced it.
 */
const APP_MILESTONES = {
  firstFrame: `${drawn('.place-marker, .cluster-marker')} && ${drawn('article')}`,
  interactive: `${drawn('.leaflet-marker-icon')} && ${drawn('article')} && !document.getElementById('first-view')`,
};
/** TimelineJS draws its live timeline at once: its first frame is also when it responds. */
const TIMELINEJS_MILESTONES = {
  firstFrame: `${drawn('.tl-timemarker-content-container')} && ${drawn('.tl-slide-content')}`,
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  const bundle = bundleSizes(DIST);

  mkdirSync(`${DIST}/bench`, { recursive: true });
  for (const n of SIZES)
    writeFileSync(`${DIST}/bench/story-${n}.json`, JSON.stringify(generateStory(n, SYNTHETIC_PLACES)));
  const sample = JSON.parse(readFileSync(`${DIST}/data/sample.json`, 'utf8')) as Story;
  writeTimelineJsPage(sample, `${DIST}/bench/timelinejs`);

  const { server, origin: ORIGIN } = await serve();
  const browser = await launch();
  try {
    const [ours, timelinejs] = await coldLoadsInTurn(
      browser,
      [
        { url: `${ORIGIN}/`, milestones: APP_MILESTONES },
        { url: `${ORIGIN}/bench/timelinejs/`, milestones: TIMELINEJS_MILESTONES },
      ],
      LOAD_RUNS,
    );
    if (!ours || !timelinejs) throw new Error('no load results');
    const scrubs: Record<string, Awaited<ReturnType<typeof scrub>>> = {};
    const felt: Record<string, Awaited<ReturnType<typeof readerScrub>>> = {};
    const pages: [string, string][] = [
      ['sample', `${ORIGIN}/`],
      ...SIZES.map((n): [string, string] => [String(n), `${ORIGIN}/?data=./bench/story-${n}.json`]),
    ];
    for (const [name, url] of pages) {
      scrubs[name] = await scrub(browser, url, SCRUB_STEPS);
      felt[name] = await readerScrub(browser, url, SCRUB_STEPS);
    }
    const imported = await benchImport(browser, ORIGIN);
    const parser = benchParse();

    const results = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
      bundle,
      load: {
        ours,
        timelinejs,
        firstFrameRatio: Number(ours.medianMs.firstFrame) / Number(timelinejs.medianMs.firstFrame),
        interactiveRatio: Number(ours.medianMs.interactive) / Number(timelinejs.medianMs.firstFrame),
        bytesRatio: ours.bytes / timelinejs.bytes,
      },
      scrub: scrubs,
      readerScrub: felt,
      import: imported,
      parser,
    };
    writeFileSync(`${ROOT}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);

    const rows: [string, string, string][] = [
      ['Initial JS+CSS (gzip)', kb(bundle.initialTotal.gzip), 'budget 165 KB'],
      ['Initial JS+CSS (raw)', kb(bundle.initialTotal.raw), ''],
      ['Lazy chunks (gzip)', kb(bundle.lazyTotal.gzip), 'embed, presentation, handout, long-list code'],
      ...bundle.data.map((d): [string, string, string] => [
        `  ${d.file} (gzip)`,
        kb(d.gzip),
        `raw ${kb(d.raw)}`,
      ]),
      [
        `First frame, sample (median of ${LOAD_RUNS} cold loads)`,
        ms(Number(ours.medianMs.firstFrame)),
        `${kb(ours.bytes)} fetched; prerendered first view`,
      ],
      ['  interactive (live map and timeline)', ms(Number(ours.medianMs.interactive)), ''],
      [
        `First frame, TimelineJS (same 20 posts)`,
        ms(Number(timelinejs.medianMs.firstFrame)),
        `${kb(timelinejs.bytes)} fetched`,
      ],
      [
        '  ratio ours / TimelineJS',
        results.load.firstFrameRatio.toFixed(2),
        `budget 0.80; bytes ratio ${results.load.bytesRatio.toFixed(2)}`,
      ],
      ['  ratio interactive / TimelineJS', results.load.interactiveRatio.toFixed(2), ''],
      ...Object.entries(felt).flatMap(([name, r]): [string, string, string][] => [
        [
          `Scrub ${name} as felt: key to next frame, p50 / p95`,
          `${ms(r.frame.p50)} / ${ms(r.frame.p95)}`,
          `budget p95 16.7 ms; key to DOM ${ms(r.dom.p50)} / ${ms(r.dom.p95)}; map follows ${ms(r.map.p50)} / ${ms(r.map.p95)}; ${r.steps} key presses`,
        ],
        [
          `  ${name}: drawn (navigation to slider and newest post)`,
          ms(r.drawnMs),
          name === '10000' ? 'budget 1500 ms' : '',
        ],
        [
          `  ${name}: where ${r.profile.steps} steps' time went`,
          '',
          Object.entries(r.profile.byEvent)
            .filter(([event]) =>
              ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'MinorGC', 'TimerFire'].includes(event),
            )
            .map(([event, total]) => `${event} ${(total / r.profile.steps).toFixed(1)}`)
            .join(', ') + ' ms a step',
        ],
      ]),
      ...Object.entries(scrubs).flatMap(([name, r]): [string, string, string][] => [
        [
          `Scrub ${name} in-page JS: p50 / p95 (${r.steps} steps)`,
          `${ms(r.p50)} / ${ms(r.p95)}`,
          `dispatch to layout in one task (not what a reader feels); ${(r.nextFrameShare * 100).toFixed(0)}% within a frame`,
        ],
        [
          `  load ${name} / JS heap`,
          `${ms(r.loadMs)} / ${r.heapMb.toFixed(1)} MB`,
          name === '10000' ? 'budget load 1500 ms' : '',
        ],
      ]),
      [
        'Import the sample in the browser, gazetteer cached (median)',
        ms(imported.cachedMedianMs),
        `budget 2000 ms; first time ${ms(imported.coldMs)} with ${kb(imported.gazetteerBytes)} of place names`,
      ],
      ['Parser: cold CLI on the sample (median)', ms(parser.coldCliMs.median), 'budget 1500 ms'],
      ['Parser: throughput, 10 MB page', `${parser.parseOnly.mbPerSecond.toFixed(1)} MB/s`, 'budget 20 MB/s'],
      [
        'Parser + geocoder throughput',
        `${parser.parseAndGeocode.mbPerSecond.toFixed(1)} MB/s`,
        `peak ${parser.coldCliPeakRssMb.toFixed(0)} MB (CLI)`,
      ],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(`\nLive Atlas benchmark (${results.machine.cpus} cores, Node ${results.machine.node})`);
    for (const [name, value, note] of rows)
      console.log(`${name.padEnd(width)}  ${value.padStart(18)}  ${note}`);
    console.log('\nwrote bench/results.json');
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 1;
});

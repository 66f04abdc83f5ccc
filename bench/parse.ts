/** `npm run bench:parse`: cold CLI time on the sample, parser throughput on a 10 MB page, peak memory. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteerFor } from '../cli/gazetteer';
import { geocodeEntries, nameWords } from '../src/geo/geocode';
import { parsePage } from '../src/parse/page';
import { syntheticPage } from './synthetic';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SAMPLE = 'data/bbc-2025-02-14-munich-security-conference.txt';
const COLD_RUNS = 7;
const SYNTHETIC_BYTES = 10 * 1024 * 1024;
const OPTIONS = { year: 2025, timeZone: 'Europe/London' };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const MB = 1024 * 1024;

/** Runs the real CLI in a fresh Node process and reports its wall time and peak resident memory. */
function coldRun(out: string): { ms: number; maxRssMb: number } {
  const report =
    'process.on("exit",()=>process.stderr.write("\\nmaxrss "+process.resourceUsage().maxRSS+"\\n"))';
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(report)}`,
      'cli/parse.mjs',
      SAMPLE,
      '--out',
      out,
      '--quiet',
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`parse failed: ${child.stderr}`);
  const kb = Number(/maxrss (\d+)/.exec(child.stderr)?.[1] ?? 0);
  return { ms, maxRssMb: kb / 1024 };
}

export function benchParse() {
  const out = join(mkdtempSync(join(tmpdir(), 'live-atlas-bench-')), 'sample.json');
  coldRun(out); // builds the CLI bundle if a source changed; not counted
  const cold = Array.from({ length: COLD_RUNS }, () => coldRun(out));

  const { text, posts } = syntheticPage(SYNTHETIC_BYTES);
  const bytes = Buffer.byteLength(text);
  parsePage(text.slice(0, MB), OPTIONS); // warm the JIT
  const parseTimes = Array.from({ length: 3 }, () => {
    const t = performance.now();
    parsePage(text, OPTIONS);
    return performance.now() - t;
  });
  // Parse and geocode as the CLI does: the page's buckets of the gazetteer are loaded (timed apart).
  const geoStart = performance.now();
  const parsed = parsePage(text, OPTIONS);
  const loadStart = performance.now();
  const gazetteer = loadGazetteerFor(nameWords(parsed.entries));
  const loadMs = performance.now() - loadStart;
  const geocoded = geocodeEntries(parsed.entries, gazetteer);
  const parseGeoMs = performance.now() - geoStart;
  return {
    coldCliMs: {
      median: median(cold.map((c) => c.ms)),
      min: Math.min(...cold.map((c) => c.ms)),
      runs: COLD_RUNS,
    },
    coldCliPeakRssMb: Math.max(...cold.map((c) => c.maxRssMb)),
    synthetic: { megabytes: bytes / MB, posts, places: geocoded.places.length },
    parseOnly: { ms: median(parseTimes), mbPerSecond: bytes / MB / (median(parseTimes) / 1000) },
    parseAndGeocode: { ms: parseGeoMs, mbPerSecond: bytes / MB / (parseGeoMs / 1000) },
    gazetteerLoadMs: loadMs,
    gazetteerNames: gazetteer.byName.size,
    inProcessPeakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = benchParse();
  const f = (n: number, d = 0) => n.toFixed(d);
  console.log('Parser benchmark');
  console.log(
    `  cold CLI on the sample (node cli/parse.mjs, ${r.coldCliMs.runs} runs): median ${f(r.coldCliMs.median)} ms, best ${f(r.coldCliMs.min)} ms (budget 1000 ms)`,
  );
  console.log(`  cold CLI peak memory: ${f(r.coldCliPeakRssMb)} MB`);
  console.log(
    `  synthetic page: ${f(r.synthetic.megabytes, 1)} MB, ${r.synthetic.posts} posts, ${r.synthetic.places} places`,
  );
  console.log(
    `  parse only: ${f(r.parseOnly.ms)} ms = ${f(r.parseOnly.mbPerSecond, 1)} MB/s (budget >= 20 MB/s)`,
  );
  console.log(
    `  parse + geocode: ${f(r.parseAndGeocode.ms)} ms = ${f(r.parseAndGeocode.mbPerSecond, 1)} MB/s (budget >= 5 MB/s, the gazetteer load included)`,
  );
  console.log(`  gazetteer: ${r.gazetteerNames} names loaded in ${f(r.gazetteerLoadMs)} ms`);
  console.log(`  peak memory of this process: ${f(r.inProcessPeakRssMb)} MB`);
  writeFileSync(
    join(ROOT, 'bench', 'results-parse.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), ...r }, null, 2)}\n`,
  );
}

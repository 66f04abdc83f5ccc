/**
 * `npm run bench:import`: the browser's import of the sample alone (`npm run bench` runs it with the
 * rest), on the build in dist/ (run `npm run build` first). Prints the first and the cached times.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePorts } from '../tests/e2e/ports';
import { launch } from './browser';
import { benchImport } from './importBench';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PORT = Number(freePorts(1)[0]);
const ORIGIN = `http://127.0.0.1:${PORT}`;

async function main() {
  const vite = `${ROOT}node_modules/vite/bin/vite.js`;
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${ORIGIN}/`)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const browser = await launch();
    try {
      const r = await benchImport(browser, ORIGIN);
      console.log(
        `import of the sample in the browser: first ${r.coldMs.toFixed(0)} ms (${(r.gazetteerBytes / 1024).toFixed(0)} KB of place names), ` +
          `cached median ${r.cachedMedianMs.toFixed(0)} ms (runs ${r.cachedMs.map((m) => m.toFixed(0)).join(', ')}; budget 2000 ms)`,
      );
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:import: ${(error as Error).message}`);
  process.exitCode = 1;
});

/**
 * `npm run bench:import`: the browser's import of the sample alone (`npm run bench` runs it with the
 * rest), on the build in dist/ (run `npm run build` first). Prints the first and the cached times.
 */
import { launch } from './browser';
import { benchImport } from './importBench';
import { serve } from './serve';

async function main() {
  const { server, origin } = await serve();
  try {
    const browser = await launch();
    try {
      const r = await benchImport(browser, origin);
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

/**
 * The browser's import of the sample page: its text pasted into `?import=1`, read and geocoded in the
 * import worker, timed from the click to the story's arrival (the page's `import:click` and
 * `import:result` marks). The first import fetches the gazetteer's buckets; the later ones run in a
 * fresh page each, with the buckets in Cache Storage ("after the gazetteer is cached").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SAMPLE_TEXT = `${ROOT}data/bbc-2025-02-14-munich-security-conference.txt`;

export interface ImportTimes {
  coldMs: number;
  cachedMs: number[];
  cachedMedianMs: number;
  /** Bytes of gazetteer files the sample needed. */
  gazetteerBytes: number;
}

async function importOnce(page: Page, origin: string, text: string): Promise<{ ms: number; bytes: number }> {
  await page.goto(`${origin}/?import=1`);
  await page.getByLabel('Page text').evaluate((el, value) => {
    const area = el as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.getByRole('button', { name: 'Make the map' }).click();
  await page.getByRole('table', { name: 'Review places' }).waitFor({ timeout: 60_000 });
  return page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const bytes = performance
      .getEntriesByType('resource')
      .filter((r) => r.name.includes('/gazetteer/'))
      .reduce((sum, r) => sum + (r as PerformanceResourceTiming).decodedBodySize, 0);
    return { ms: at('import:result') - at('import:click'), bytes };
  });
}

export async function benchImport(browser: Browser, origin: string, runs = 5): Promise<ImportTimes> {
  const text = readFileSync(SAMPLE_TEXT, 'utf8');
  const context = await browser.newContext();
  try {
    const cold = await importOnce(await context.newPage(), origin, text);
    const cachedMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      cachedMs.push((await importOnce(page, origin, text)).ms);
      await page.close();
    }
    const sorted = [...cachedMs].sort((a, b) => a - b);
    return {
      coldMs: cold.ms,
      cachedMs,
      cachedMedianMs: sorted[Math.floor(sorted.length / 2)] ?? NaN,
      gazetteerBytes: cold.bytes,
    };
  } finally {
    await context.close();
  }
}

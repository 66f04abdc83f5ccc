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
  // No named functions inside: the page runs this as written, without tsx's helpers.
  const ms = await page.evaluate(() => {
    const end = performance.getEntriesByName('import:result')[0]?.startTime ?? NaN;
    const start = performance.getEntriesByName('import:click')[0]?.startTime ?? NaN;
    return end - start;
  });
  return { ms, bytes: 0 };
}

export async function benchImport(browser: Browser, origin: string, runs = 5): Promise<ImportTimes> {
  const text = readFileSync(SAMPLE_TEXT, 'utf8');
  const context = await browser.newContext();
  // The worker's fetches of the gazetteer, as the network delivered them (uncompressed bytes).
  let gazetteerBytes = 0;
  const sizes: Promise<void>[] = [];
  context.on('response', (response) => {
    if (response.url().includes('/gazetteer/'))
      sizes.push(
        response.body().then(
          (body) => void (gazetteerBytes += body.length),
          () => undefined,
        ),
      );
  });
  try {
    const cold = await importOnce(await context.newPage(), origin, text);
    await Promise.all(sizes);
    cold.bytes = gazetteerBytes;
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

/** Browser measurements in headless Chromium: cold loads, bytes fetched, scrub latency, JS heap. */
import { chromium, type Browser, type Page } from '@playwright/test';
import { browserPath, CHROMIUM_ARGS } from '../tests/e2e/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
}

export const median = (xs: number[]) => percentile(xs, 50);

export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** A fresh context (empty cache) that blocks every request leaving 127.0.0.1. */
async function coldPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  // The served CSP forbids eval, which Playwright's string predicates use; measuring is not the page's code.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

/**
 * A moment of a page load, as an expression that is true once the page shows it. It is checked in the
 * page before every frame, and the time it first holds is read in the page (no round trip to the
 * browser's driver is counted).
 */
export type Milestone = string;

export interface LoadResult {
  /** Milliseconds from navigation start until each milestone held. */
  ms: Record<string, number>;
  /** Bytes the page fetched (transfer sizes from Resource Timing, the document included). */
  bytes: number;
}

/** Loads `url` cold and times each milestone, in order. */
export async function coldLoad(
  browser: Browser,
  url: string,
  milestones: Record<string, Milestone>,
): Promise<LoadResult> {
  const { page, close } = await coldPage(browser);
  await page.goto(url, { waitUntil: 'commit' });
  const ms: Record<string, number> = {};
  for (const [name, ready] of Object.entries(milestones)) {
    const handle = await page.waitForFunction(`(${ready}) && performance.now()`, undefined, {
      polling: 'raf',
      timeout: 60_000,
    });
    ms[name] = (await handle.jsonValue()) as number;
  }
  await page.waitForLoadState('networkidle');
  const bytes = (await page.evaluate(
    `performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation')).reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0)`,
  )) as number;
  await close();
  return { ms, bytes };
}

export interface PageToLoad {
  url: string;
  milestones: Record<string, Milestone>;
}

/**
 * Cold-loads each page `runs` times, taking turns (A, B, A, B…), so that both see the same machine:
 * a background hiccup lands on both rather than on a block of one. Medians per page and milestone.
 */
export async function coldLoadsInTurn(browser: Browser, pages: PageToLoad[], runs: number) {
  const results = pages.map((): LoadResult[] => []);
  for (let i = 0; i < runs; i++)
    for (const [p, { url, milestones }] of pages.entries())
      results[p]?.push(await coldLoad(browser, url, milestones));
  return pages.map(({ milestones }, p) => {
    const loads = results[p] ?? [];
    const medianMs = Object.fromEntries(
      Object.keys(milestones).map((name) => [name, median(loads.map((r) => r.ms[name] ?? NaN))]),
    );
    return { medianMs, bytes: median(loads.map((r) => r.bytes)), runs };
  });
}

export interface ScrubResult {
  steps: number;
  p50: number;
  p95: number;
  max: number;
  /** Share of steps whose update was ready for the very next frame. */
  nextFrameShare: number;
  heapMb: number;
  loadMs: number;
}

/**
 * Steps the scrubber `steps` times (alternating runs left and right) and measures, in the page, the time
 * from the key press to the list and map being updated and laid out (React renders a key press
 * synchronously, effects included), and whether that work left time to draw the next frame.
 */
export async function scrub(browser: Browser, url: string, steps: number): Promise<ScrubResult> {
  const { page, close } = await coldPage(browser);
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    `document.querySelector('.place-marker, .cluster-marker') && document.querySelector('article')`,
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  const loadMs = Date.now() - start;
  await page.waitForTimeout(1500);
  // Passed as text: tsx's name helpers must not leak into the page.
  const times = (await page.evaluate(`(async (count) => {
    const slider = document.querySelector('[role="slider"]');
    slider.focus();
    const out = [];
    for (let i = 0; i < count; i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const key = Math.floor(i / 25) % 2 === 0 ? 'ArrowLeft' : 'ArrowRight';
      const t0 = performance.now();
      slider.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      void document.body.offsetHeight;
      out.push(performance.now() - t0);
    }
    return out;
  })(${steps})`)) as number[];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  await close();
  const FRAME_MS = 1000 / 60;
  return {
    steps,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    nextFrameShare: times.filter((t) => t < FRAME_MS).length / times.length,
    heapMb: heap / 1024 / 1024,
    loadMs,
  };
}

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

/**
 * In the page: for each key press, key down → the current article's heading changed → the next frame;
 * and, where the step changes the map's current markers, key down → the frame after they changed.
 */
const STEP_RECORDER = `(() => {
  const steps = [];
  const maps = [];
  window.__steps = steps;
  window.__maps = maps;
  const heading = () => document.querySelector('article[aria-current="true"] h2')?.textContent ?? '';
  const pins = () => [...document.querySelectorAll('.leaflet-marker-pane [aria-current="true"]')].map((e) => e.getAttribute('aria-label')).join('|');
  window.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    const before = heading();
    const pinsBefore = pins();
    let dom = NaN;
    let map = false;
    const observer = new MutationObserver(() => {
      if (Number.isNaN(dom) && heading() !== before) {
        dom = performance.now() - start;
        requestAnimationFrame(() => steps.push({ dom, frame: performance.now() - start }));
      }
      if (!map && pins() !== pinsBefore) {
        map = true;
        requestAnimationFrame(() => maps.push(performance.now() - start));
      }
      if (!Number.isNaN(dom) && map) observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    // A step that leaves the map's current places alone is not waited for on the map.
    setTimeout(() => observer.disconnect(), 95);
  }, { capture: true });
})()`;

export interface ReaderScrubResult {
  steps: number;
  /** Key down to the first animation frame after the current article's heading changed. */
  frame: { p50: number; p95: number; max: number };
  /** Key down to the heading's change in the DOM. */
  dom: { p50: number; p95: number };
  /** Key down to the frame after the map's current markers changed, over the steps that changed them. */
  map: { p50: number; p95: number; steps: number };
  /** Navigation start to the first frame with the slider and the newest article drawn. */
  drawnMs: number;
  heapMb: number;
  /** Where the time of the steps went, by trace event (ms summed over the profiled steps). */
  profile: { steps: number; byEvent: Record<string, number>; topFunctions: [string, number][] };
}

/**
 * The page's stylesheets are all in. Until then the browser paints nothing, though layout can be asked
 * for: an element measured before them has a size it is never drawn at (the first view that the
 * stylesheet hides under `?data=` among them).
 */
export const STYLED = `[...document.querySelectorAll('link[rel="stylesheet"]')].every((link) => link.sheet)`;
const ARTICLE_DRAWN = `${STYLED} && [...document.querySelectorAll('[role="slider"], article')].filter((e) => e.getBoundingClientRect().width > 0).length >= 2 && document.querySelector('article')`;
const PAUSE_MS = 100;
const PROFILED_STEPS = 20;

/**
 * Scrubs as a reader does, measured as an outside observer would (issue #17): reduced motion on, the
 * Time slider focused, Home, then ArrowRight `steps` times with real key presses 100 ms apart, so the
 * frame clock is idle when each lands. Each step runs from the keydown event's timeStamp (a capture
 * listener ahead of the app's) to the first animation frame after the current article's heading changed.
 * The last steps are traced, and the trace summed by event, to say where a step's time goes.
 */
export async function readerScrub(browser: Browser, url: string, steps: number): Promise<ReaderScrubResult> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    bypassCSP: true,
    reducedMotion: 'reduce',
  });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  await page.addInitScript(STEP_RECORDER);
  await page.goto(url, { waitUntil: 'commit' });
  const drawn = await page.waitForFunction(`(${ARTICLE_DRAWN}) && performance.now()`, undefined, {
    polling: 'raf',
    timeout: 120_000,
  });
  const drawnMs = (await drawn.jsonValue()) as number;
  await page.waitForLoadState('networkidle');
  const slider = page.getByRole('slider', { name: 'Time' });
  await slider.focus();
  await page.keyboard.press('Home');
  await page.waitForTimeout(1000);
  await page.evaluate('window.__steps.length = 0; window.__maps.length = 0');
  const cdp = await context.newCDPSession(page);
  const trace: {
    name: string;
    dur?: number;
    ph: string;
    args?: { data?: { functionName?: string; url?: string } };
  }[] = [];
  // Right to the last post, then back to the first, and so on (the sample has only 20 posts).
  let key = 'ArrowRight';
  const press = async (i: number) => {
    const [now, min, max] = (await slider.evaluate((e) =>
      ['aria-valuenow', 'aria-valuemin', 'aria-valuemax'].map((a) => Number(e.getAttribute(a))),
    )) as [number, number, number];
    if (now >= max) key = 'ArrowLeft';
    else if (now <= min) key = 'ArrowRight';
    await page.keyboard.press(key);
    await page.waitForFunction(`window.__steps.length > ${i}`, undefined, { timeout: 30_000 });
    await page.waitForTimeout(PAUSE_MS);
  };
  for (let i = 0; i < steps - PROFILED_STEPS; i++) await press(i);
  cdp.on('Tracing.dataCollected', ({ value }) => trace.push(...(value as unknown as typeof trace)));
  const finished = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
    transferMode: 'ReportEvents',
  });
  for (let i = steps - PROFILED_STEPS; i < steps; i++) await press(i);
  await cdp.send('Tracing.end');
  await finished;
  const recorded = (await page.evaluate('window.__steps')) as { dom: number; frame: number }[];
  const maps = (await page.evaluate('window.__maps')) as number[];
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await context.close();
  const byEvent: Record<string, number> = {};
  const functions = new Map<string, number>();
  for (const event of trace) {
    if (event.ph !== 'X' || !event.dur) continue;
    const ms = event.dur / 1000;
    if (
      [
        'FunctionCall',
        'EventDispatch',
        'UpdateLayoutTree',
        'Layout',
        'Paint',
        'PrePaint',
        'Layerize',
        'RunMicrotasks',
        'TimerFire',
        'FireAnimationFrame',
        'ParseHTML',
        'MajorGC',
        'MinorGC',
        'V8.GC_SCAVENGER',
        'HitTest',
        'IntersectionObserverController::computeIntersections',
        'UpdateLayer',
        'Commit',
      ].includes(event.name)
    )
      byEvent[event.name] = (byEvent[event.name] ?? 0) + ms;
    const fn = event.args?.data?.functionName;
    if (event.name === 'FunctionCall' && fn) functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  const frames = recorded.map((s) => s.frame);
  const doms = recorded.map((s) => s.dom);
  return {
    steps: recorded.length,
    frame: { p50: percentile(frames, 50), p95: percentile(frames, 95), max: Math.max(...frames) },
    dom: { p50: percentile(doms, 50), p95: percentile(doms, 95) },
    map: { p50: percentile(maps, 50), p95: percentile(maps, 95), steps: maps.length },
    drawnMs,
    heapMb: (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024,
    profile: {
      steps: PROFILED_STEPS,
      byEvent: Object.fromEntries(Object.entries(byEvent).map(([k, v]) => [k, Math.round(v * 10) / 10])),
      topFunctions: [...functions].sort((a, b) => b[1] - a[1]).slice(0, 8),
    },
  };
}

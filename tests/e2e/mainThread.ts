/**
 * The page's main thread, as Chromium's own trace records it: each task it ran, with its wall time and
 * the CPU time the thread spent in it. A task's wall time grows when the machine is busy and the thread
 * waits for a core; its CPU time is the work the page put on its thread, which is what a claim such as
 * "read off the main thread" is about.
 */
import type { Browser, Page } from '@playwright/test';

export interface MainThreadTask {
  /** Milliseconds from the first mark. */
  start: number;
  /** Wall time (ms). */
  wall: number;
  /** CPU time of the thread (ms). */
  cpu: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/**
 * Runs `work` while tracing, then returns the main-thread tasks that overlap the span between two
 * `performance.mark`s the page makes (`from`, `to`), timed from `from`.
 */
export async function tasksBetweenMarks(
  browser: Browser,
  page: Page,
  from: string,
  to: string,
  work: () => Promise<void>,
): Promise<{ tasks: MainThreadTask[]; span: number }> {
  await browser.startTracing(page, {
    categories: ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  let failure: unknown = null;
  try {
    await work();
  } catch (error) {
    failure = error;
  }
  const buffer = await browser.stopTracing();
  if (failure) throw failure;
  const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mark = (name: string) => events.find((e) => e.name === name && e.ph !== 'M');
  const begin = mark(from);
  const end = mark(to);
  if (!begin || !end) throw new Error(`the trace holds no ${begin ? to : from} mark`);
  // The marks are made on the page's main thread: its tasks are those of the same process and thread.
  const tasks = events
    .filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        e.pid === begin.pid &&
        e.tid === begin.tid &&
        e.ts + (e.dur ?? 0) > begin.ts &&
        e.ts < end.ts,
    )
    .map((e) => ({
      start: (e.ts - begin.ts) / 1000,
      wall: (e.dur ?? 0) / 1000,
      cpu: (e.tdur ?? e.dur ?? 0) / 1000,
    }));
  return { tasks, span: (end.ts - begin.ts) / 1000 };
}

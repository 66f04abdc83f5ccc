/**
 * The page's main thread, as Chromium's own trace records it: each task it ran, with its wall time and
 * the CPU time the thread spent in it. A task's wall time grows when the machine is busy and the thread
 * waits for a core; its CPU time is the work the page put on its thread, which is what a claim such as
 * "read off the main thread" is about.
 */
import { expect, type Browser, type Page } from '@playwright/test';

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
  args?: { chrome_mojo_event_info?: { mojo_interface_tag?: string } };
}

/**
 * Whether a trace event is the page receiving a message of the test's own DevTools session: each of
 * Playwright's probes (a locator's query, an `expect` poll, an accessible-name lookup over a thousand
 * buttons) runs in a task of the page's thread that the app did not ask for.
 */
const isProbe = (e: TraceEvent) =>
  e.name === 'Receive mojo message' &&
  e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'blink.mojom.DevToolsSession';

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
  // The marks are made on the page's main thread: its tasks are those of the same process and thread,
  // less those in which the thread served the test's own probes (the message's event nested in the task).
  const thread = events.filter((e) => e.pid === begin.pid && e.tid === begin.tid);
  const probes = thread.filter(isProbe).map((e) => e.ts);
  const serves = (task: TraceEvent) => probes.some((ts) => ts >= task.ts && ts <= task.ts + (task.dur ?? 0));
  const tasks = thread
    .filter(
      (e) =>
        e.name === 'RunTask' && e.ph === 'X' && e.ts + (e.dur ?? 0) > begin.ts && e.ts < end.ts && !serves(e),
    )
    .map((e) => ({
      start: (e.ts - begin.ts) / 1000,
      wall: (e.dur ?? 0) / 1000,
      cpu: (e.tdur ?? e.dur ?? 0) / 1000,
    }));
  return { tasks, span: (end.ts - begin.ts) / 1000 };
}

/**
 * Asserts that the trace holds more than `atLeast` of the page's tasks (a trace without them would pass
 * anything) and that none took more than `cpuMs` of the thread's CPU time. CPU time, not wall time: on a
 * busy machine a task waits for a core, whatever the page does. On failure, the tasks over a quarter of
 * the limit are shown.
 */
export function expectNoTaskOver(
  { tasks, span }: { tasks: MainThreadTask[]; span: number },
  cpuMs: number,
  atLeast: number,
): void {
  expect(span).toBeGreaterThan(0);
  expect(tasks.length).toBeGreaterThan(atLeast);
  const shown = JSON.stringify({ span, tasks: tasks.filter((t) => t.cpu > cpuMs / 4) });
  expect(
    tasks.filter((t) => t.cpu > cpuMs),
    shown,
  ).toEqual([]);
}

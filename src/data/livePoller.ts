/**
 * Follows a live page: asks again every 30 s, waits longer after each failure (up to 5 minutes), and
 * rests while the page is hidden (a background tab costs the newsroom's server nothing), asking at
 * once when it is shown again if a check is due. No React here: the hook (useLiveStory) wraps it.
 */

export const LIVE_INTERVAL_MS = 30_000;
export const MAX_BACKOFF_MS = 5 * 60_000;

export type LiveStatus = 'following' | 'retrying' | 'paused';

export interface LivePollerOptions {
  /** One check; rejects when it failed (the network, the server, a file that is not a story). */
  check(signal: AbortSignal): Promise<void>;
  onStatus(status: LiveStatus): void;
  /** The page's document, for `hidden` and `visibilitychange`. */
  page: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'>;
  intervalMs?: number;
  now?: () => number;
}

/** The wait before the next check after `failures` failures in a row. */
export function nextDelay(failures: number, intervalMs = LIVE_INTERVAL_MS): number {
  return Math.min(intervalMs * 2 ** failures, MAX_BACKOFF_MS);
}

/** Starts following; returns the function that stops it (and aborts a check in flight). */
export function startLivePoller({
  check,
  onStatus,
  page,
  intervalMs = LIVE_INTERVAL_MS,
  now = () => Date.now(),
}: LivePollerOptions): () => void {
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = now() + intervalMs;
  let inFlight: AbortController | null = null;
  let stopped = false;

  function schedule(delay: number) {
    clearTimeout(timer);
    dueAt = now() + delay;
    if (!page.hidden) timer = setTimeout(run, delay);
  }

  async function run() {
    timer = undefined;
    if (stopped || page.hidden || inFlight) return;
    inFlight = new AbortController();
    try {
      await check(inFlight.signal);
      failures = 0;
      if (!stopped) onStatus('following');
    } catch {
      if (stopped) return;
      failures += 1;
      onStatus('retrying');
    } finally {
      inFlight = null;
    }
    if (!stopped) schedule(nextDelay(failures, intervalMs));
  }

  function onVisibility() {
    if (stopped) return;
    if (page.hidden) {
      clearTimeout(timer);
      timer = undefined;
      onStatus('paused');
      return;
    }
    onStatus(failures > 0 ? 'retrying' : 'following');
    const wait = Math.max(0, dueAt - now());
    clearTimeout(timer);
    timer = setTimeout(run, wait);
  }

  page.addEventListener('visibilitychange', onVisibility);
  onStatus(page.hidden ? 'paused' : 'following');
  schedule(intervalMs);
  return function stopLivePoller() {
    stopped = true;
    clearTimeout(timer);
    inFlight?.abort();
    page.removeEventListener('visibilitychange', onVisibility);
  };
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_BACKOFF_MS, nextDelay, startLivePoller, type LiveStatus } from '../../src/data/livePoller';

/** A page whose visibility the test sets. */
function fakePage() {
  const target = new EventTarget();
  const page = {
    hidden: false,
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    setHidden(hidden: boolean) {
      page.hidden = hidden;
      target.dispatchEvent(new Event('visibilitychange'));
    },
  };
  return page;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function follow(check: (signal: AbortSignal) => Promise<void>) {
  const page = fakePage();
  const statuses: LiveStatus[] = [];
  const checkMock = vi.fn(check);
  const stop = startLivePoller({
    check: checkMock,
    onStatus: (s) => statuses.push(s),
    page: page as unknown as Document,
    now: () => Date.now(),
  });
  return { page, statuses, check: checkMock, stop };
}

describe('following a live page', () => {
  it('checks every 30 seconds, not before', async () => {
    const { check, stop } = follow(async () => {});
    await vi.advanceTimersByTimeAsync(29_999);
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(check).toHaveBeenCalledTimes(3);
    stop();
  });

  it('waits twice as long after each failure, up to 5 minutes, and says it is trying again', async () => {
    let failing = true;
    const times: number[] = [];
    const { check, statuses, stop } = follow(async () => {
      times.push(Date.now());
      if (failing) throw new Error('503');
    });
    const start = Date.now();
    await vi.advanceTimersByTimeAsync(30_000 + 60_000 + 120_000 + 240_000 + 300_000 + 300_000);
    expect(times.map((t) => (t - start) / 1000)).toEqual([30, 90, 210, 450, 750, 1050]);
    expect(statuses.at(-1)).toBe('retrying');
    // Once a check works again, back to every 30 seconds.
    failing = false;
    await vi.advanceTimersByTimeAsync(300_000);
    expect(statuses.at(-1)).toBe('following');
    const after = check.mock.calls.length;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(check.mock.calls.length).toBe(after + 1);
    stop();
  });

  it('rests while the page is hidden, and checks at once when shown if a check came due', async () => {
    const { page, check, statuses, stop } = follow(async () => {});
    await vi.advanceTimersByTimeAsync(10_000);
    page.setHidden(true);
    expect(statuses.at(-1)).toBe('paused');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(check).not.toHaveBeenCalled();
    page.setHidden(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(check).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toBe('following');
    stop();
  });

  it('shown again before a check is due, waits out the rest of the 30 seconds', async () => {
    const { page, check, stop } = follow(async () => {});
    await vi.advanceTimersByTimeAsync(10_000);
    page.setHidden(true);
    await vi.advanceTimersByTimeAsync(5_000);
    page.setHidden(false);
    await vi.advanceTimersByTimeAsync(14_999);
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops: no more checks, and the one in flight is aborted', async () => {
    let signal: AbortSignal | undefined;
    const { check, stop } = follow((s) => {
      signal = s;
      return new Promise<void>(() => {});
    });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(signal?.aborted).toBe(false);
    stop();
    expect(signal?.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('never waits longer than the cap', () => {
    expect(nextDelay(0)).toBe(30_000);
    expect(nextDelay(3)).toBe(240_000);
    expect(nextDelay(50)).toBe(MAX_BACKOFF_MS);
  });
});

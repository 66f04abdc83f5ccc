// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentHref, currentSearch, flushViewState, setViewState } from '../../src/data/viewStore';

describe('the URL as the view store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?data=./story.json');
  });
  afterEach(() => {
    flushViewState();
    vi.useRealTimers();
  });

  it('a scrub step is read at once from the store, and reaches the address bar a moment later', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    setViewState({ entry: 'e1' }, 'replace');
    // The step itself does not wait for the browser's history.
    expect(replace).not.toHaveBeenCalled();
    expect(currentSearch()).toContain('entry=e1');
    expect(new URL(currentHref()).searchParams.get('entry')).toBe('e1');
    expect(new URL(currentHref()).searchParams.get('data')).toBe('./story.json');
    expect(window.location.search).not.toContain('entry=e1');
    vi.advanceTimersByTime(100);
    expect(window.location.search).toContain('entry=e1');
    expect(replace).toHaveBeenCalledTimes(1);
    replace.mockRestore();
  });

  it('many steps in a row make one write per 100 ms, the last view winning', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    for (let i = 0; i < 30; i++) {
      setViewState({ entry: `e${i}` }, 'replace');
      vi.advanceTimersByTime(10);
    }
    expect(replace.mock.calls.length).toBeLessThanOrEqual(3);
    vi.advanceTimersByTime(100);
    expect(new URLSearchParams(window.location.search).get('entry')).toBe('e29');
    replace.mockRestore();
  });

  it('a push writes a pending replaced view first, so Back returns to where the scrub left off', () => {
    setViewState({ entry: 'e1' }, 'replace');
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    setViewState({ place: 'kyiv' }, 'push');
    expect(replace).toHaveBeenCalledTimes(1);
    expect(String(replace.mock.calls[0]?.[2])).toContain('entry=e1');
    expect(String(push.mock.calls[0]?.[2])).toContain('place=kyiv');
    expect(window.location.search).toContain('entry=e1');
    replace.mockRestore();
    push.mockRestore();
  });
});

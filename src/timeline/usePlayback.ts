/** Steps through the entries in time order while playing; stops at the last one. */
import { useEffect } from 'react';

export const SPEEDS = [
  { label: '0.5×', ms: 4000 },
  { label: '1×', ms: 2000 },
  { label: '2×', ms: 1000 },
  { label: '4×', ms: 500 },
] as const;

export function usePlayback(
  playing: boolean,
  intervalMs: number,
  current: number,
  last: number,
  step: (index: number) => void,
  stop: () => void,
) {
  useEffect(
    function schedulePlaybackStep() {
      if (!playing) return;
      if (current >= last) {
        stop();
        return;
      }
      const timer = window.setTimeout(() => step(current + 1), intervalMs);
      return function cancelPlaybackStep() {
        window.clearTimeout(timer);
      };
    },
    [playing, intervalMs, current, last, step, stop],
  );
}

/**
 * How many of a long list of parts to draw: the first `first` at once, then `step` more at each frame
 * after, until all are drawn. A post of 2,000 blocks would otherwise be built and laid out in one task
 * that holds the page for half a second; drawn this way, each frame lays out only what it added, and
 * the page keeps answering while the post fills in. (A timer instead of the frame would let the browser
 * put off laying out until all were added, and then do it all in one go.)
 */
import { useEffect, useState } from 'react';

export function useGrowingCount(total: number, first: number, step: number): number {
  const [shown, setShown] = useState(first);
  useEffect(
    function drawTheNextPart() {
      if (shown >= total) return;
      const frame = requestAnimationFrame(() => setShown((n) => n + step));
      return () => cancelAnimationFrame(frame);
    },
    [shown, total, step],
  );
  return Math.min(shown, total);
}

/**
 * Printing the explorer (Ctrl+P, or the browser's menu) prints the handout: the story's map and its
 * chronology laid out for paper, not a screenshot of the screen. The handout's code is fetched when
 * the page is idle; when the browser says it is about to print, the handout is rendered at once
 * (beside the explorer, which stays as it is and is hidden on paper), and removed after.
 */
import { useEffect, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import type { Chronology } from '../core/chronology';
import type { Story } from '../core/types';

type Handout = ComponentType<{ story: Story; chronology: Chronology }>;

let loaded: Handout | null = null;

export function useHandoutForPrint(enabled: boolean): Handout | null {
  const [printing, setPrinting] = useState(false);
  useEffect(
    function prepareHandoutForPrint() {
      if (!enabled) return;
      const load = () =>
        void import('./HandoutView').then((m) => {
          loaded = m.HandoutView;
        });
      const idle = window.requestIdleCallback?.(load, { timeout: 5000 });
      const timer = idle === undefined ? window.setTimeout(load, 2000) : undefined;
      // The browser lays the page out for paper right after this event: the handout must be in it now.
      const before = () => {
        if (loaded) flushSync(() => setPrinting(true));
      };
      const after = () => setPrinting(false);
      window.addEventListener('beforeprint', before);
      window.addEventListener('afterprint', after);
      return function stopPreparingHandout() {
        if (idle !== undefined) window.cancelIdleCallback?.(idle);
        window.clearTimeout(timer);
        window.removeEventListener('beforeprint', before);
        window.removeEventListener('afterprint', after);
      };
    },
    [enabled],
  );
  return enabled && printing ? loaded : null;
}

/** The entry list for long stories (hundreds of posts and more): only the posts in view are in the page. */
import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

interface Props {
  /** Chronological indexes, in display order. */
  indexes: number[];
  /** Position in `indexes` of the current entry, or -1. */
  currentPosition: number;
  estimateHeight: number;
  renderEntry(index: number): React.ReactNode;
}

const OVERSCAN = 6;

export function VirtualEntryList({ indexes, currentPosition, estimateHeight, renderEntry }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer is mutable by design; we do not use the React Compiler, so nothing is memoised wrongly.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: indexes.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimateHeight,
    overscan: OVERSCAN,
    // A newly measured post re-renders the list with the next render, not inside the browser's
    // measuring callback (a synchronous render there held up the frame of every scrub step).
    useFlushSync: false,
  });

  useEffect(
    function keepCurrentEntryInView() {
      const scrollElement = scroller.current;
      if (currentPosition < 0 || !scrollElement) return;
      // Only scroll when the current post is not already in view. The virtualizer knows where every
      // post is and how far the list is scrolled: nothing is read from the page (no forced layout).
      const item = virtualizer.measurementsCache[currentPosition];
      if (!item) return;
      const top = virtualizer.scrollOffset ?? 0;
      const bottom = top + (virtualizer.scrollRect?.height ?? 0);
      if (item.start >= top && item.start + Math.min(item.size, bottom - top) <= bottom) return;
      // Scrolled in the next frame, with the layout the frame does anyway (setting it now forces one).
      const frame = requestAnimationFrame(() => (scrollElement.scrollTop = item.start));
      return function cancelScroll() {
        cancelAnimationFrame(frame);
      };
    },
    [currentPosition, virtualizer],
  );

  return (
    <div className="entry-list entry-list--virtual" ref={scroller}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="virtual-row"
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {renderEntry(indexes[item.index] as number)}
          </div>
        ))}
      </div>
    </div>
  );
}

/** The entries the view shows, each as an article; the current one is kept in view without taking focus. */
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import type { Chronology } from '../core/chronology';
import type { ExplorerView } from '../core/explore';
import type { Place } from '../core/types';
import type { Zones } from '../core/zones';
import { useHighlight } from '../data/highlightStore';
import { EntryCard } from './EntryCard';
import type { PlaceHandlers } from './PlaceButton';
import { highlightPlaces } from './placeHandlers';
import { SearchQuery } from './searchQuery';
import { useT } from '../i18n/useT';

interface Props {
  chronology: Chronology;
  view: ExplorerView;
  zones: Zones;
  onSelectEntry(id: string): void;
  handlers: PlaceHandlers;
}

/** Lists longer than this render only the posts in view; shorter ones render every post for find-in-page,
 *  printing and screen readers. */
export const VIRTUALIZE_AT = 300;
const ESTIMATED_CARD_HEIGHT = 320;

const NO_PLACES: Place[] = [];
/** Only long stories need the virtualiser: its code loads when one does. */
const loadVirtualList = () => import('./VirtualEntryList');
const VirtualEntryList = lazy(() => loadVirtualList().then((m) => ({ default: m.VirtualEntryList })));

/** Starts loading the long-list code early, for a story that may turn out to be long. */
export function preloadLongList(): void {
  void loadVirtualList();
}

export function EntryList({ chronology, view, zones, onSelectEntry, handlers }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const highlight = useHighlight();
  const t = useT();
  const currentId = chronology.entries[view.current]?.id;
  // The same arrays on every render, so that cards whose state did not change are not re-rendered.
  const placesByEntry = useMemo(
    () =>
      chronology.entries.map((entry) =>
        entry.places.map((id) => chronology.placeById.get(id)).filter((p): p is Place => Boolean(p)),
      ),
    [chronology],
  );

  useEffect(
    function keepCurrentEntryInView() {
      const container = list.current;
      const card = currentId
        ? container?.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(currentId)}"]`)
        : null;
      if (!container || !card) return;
      // Where the post is in the list's box now, measured (the list is not its offsetParent), and
      // scrolled to at once: a smooth scroll aims at where the post is estimated to be while the posts
      // between, drawn only in view (content-visibility), take their real sizes, and misses it.
      /** Scrolls the post into view if it is not; says whether it had to. */
      const revealInList = () => {
        const offset = card.getBoundingClientRect().top - container.getBoundingClientRect().top;
        // A post taller than the list counts as in view with its top showing.
        const height = Math.min(card.offsetHeight, container.clientHeight - 16);
        if (offset >= 0 && offset + height <= container.clientHeight + 1) return false;
        container.scrollTop = Math.max(0, container.scrollTop + offset - 8);
        return true;
      };
      // On a phone the list is part of the page: it is followed while the reader is in it (scrolled
      // under the scrubber bar that stays on screen), the post kept below that bar.
      const revealInPage = () => {
        const bar = container.parentElement?.querySelector('.timeline-head')?.getBoundingClientRect();
        const top = bar ? bar.bottom : 0;
        if (container.getBoundingClientRect().top > top) return false;
        const box = card.getBoundingClientRect();
        const height = Math.min(box.height, window.innerHeight - top - 16);
        if (box.top >= top && box.top + height <= window.innerHeight + 1) return false;
        window.scrollBy(0, box.top - top - 8);
        return true;
      };
      const reveal = () =>
        container.scrollHeight > container.clientHeight ? revealInList() : revealInPage();
      reveal();
      // The posts just drawn may take other sizes than estimated and move it again: keep checking,
      // once a frame, for a quarter of a second at least and until it has stayed in view for two
      // frames (for a second and a half at most: a busy machine draws fewer frames in that time).
      let frame = 0;
      let steady = 0;
      let frames = 0;
      const began = performance.now();
      const check = () => {
        steady = reveal() ? 0 : steady + 1;
        const settled = steady >= 2 && performance.now() - began > 250;
        if (!settled && ++frames < 90) frame = requestAnimationFrame(check);
      };
      frame = requestAnimationFrame(check);
      return function stopRevealing() {
        cancelAnimationFrame(frame);
      };
    },
    // Also when the story changes under the reader (a live page's new posts above the current one).
    [currentId, chronology],
  );

  if (chronology.entries.length === 0) return <p className="empty-list">{t('list.empty')}</p>;
  if (view.visible.length === 0) {
    return (
      <p className="empty-list">
        {view.query && view.place
          ? t('list.noMatchQueryPlace', { query: view.query, place: view.place.name })
          : view.query
            ? t('list.noMatchQuery', { query: view.query })
            : view.place
              ? t('list.noMatchPlace', { place: view.place.name })
              : t('list.noMatch')}
      </p>
    );
  }
  const renderEntry = (index: number) => {
    const entry = chronology.entries[index];
    if (!entry) return null;
    const places = placesByEntry[index] ?? NO_PLACES;
    return (
      <EntryCard
        key={entry.id}
        entry={entry}
        places={places}
        isCurrent={index === view.current}
        highlighted={highlight.place !== null && entry.places.includes(highlight.place)}
        timeZone={zones.of(entry)}
        onSelect={onSelectEntry}
        onHover={highlightPlaces}
        handlers={handlers}
      />
    );
  };
  if (view.visible.length > VIRTUALIZE_AT) {
    return (
      <SearchQuery.Provider value={view.query}>
        <Suspense
          fallback={<p className="empty-list">{t('list.loadingPosts', { count: view.visible.length })}</p>}
        >
          <VirtualEntryList
            indexes={view.visible}
            currentPosition={view.visible.indexOf(view.current)}
            estimateHeight={ESTIMATED_CARD_HEIGHT}
            renderEntry={renderEntry}
          />
        </Suspense>
      </SearchQuery.Provider>
    );
  }
  return (
    <SearchQuery.Provider value={view.query}>
      <div className="entry-list" ref={list}>
        {view.visible.map(renderEntry)}
      </div>
    </SearchQuery.Provider>
  );
}

/** Fits the map to the current entry's places, unless the reader moved the map in the last few seconds. */
import { useEffect, useRef, type RefObject } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Place } from '../core/types';
import { boundsOf, isPoint, toLatLngBounds } from './geometry';

/** After the reader pans or zooms, the map leaves the view alone this long. */
const READER_MOVE_GRACE_MS = 5000;
const MAX_FIT_ZOOM = 7;
const SETTLE_MS = 150;
const PADDING = 40;

/** Elements laid over the map (a slide, a control bar): each keeps the places out from under it. */
export type MapCovers = readonly RefObject<HTMLElement | null>[];

/**
 * Fit padding that leaves the covered parts of the map alone: a cover is taken to hide either a strip
 * on the left or one at the bottom, whichever leaves the larger free part of the map.
 */
function fitPadding(container: HTMLElement, covers: MapCovers) {
  const map = container.getBoundingClientRect();
  let [left, bottom] = [0, 0];
  for (const cover of covers) {
    const rect = cover.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) continue;
    const coveredLeft = Math.max(0, rect.right - map.left);
    const coveredBottom = Math.max(0, map.bottom - rect.top);
    if ((map.width - coveredLeft) * map.height >= (map.height - coveredBottom) * map.width)
      left = Math.max(left, coveredLeft);
    else bottom = Math.max(bottom, coveredBottom);
  }
  return {
    paddingTopLeft: [PADDING + left, PADDING] as [number, number],
    paddingBottomRight: [PADDING, PADDING + bottom] as [number, number],
  };
}

function reducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

export function FitView({
  entryId,
  places,
  fitOnMount,
  covers = [],
}: {
  entryId: string | null;
  places: Place[];
  fitOnMount: boolean;
  covers?: MapCovers;
}) {
  const map = useMap();
  const lastReaderMove = useRef(-Infinity);
  const mounted = useRef(fitOnMount);
  useMapEvents({
    dragstart: () => (lastReaderMove.current = Date.now()),
  });

  useEffect(
    function noteReaderZoom() {
      const container = map.getContainer();
      const note = () => (lastReaderMove.current = Date.now());
      container.addEventListener('wheel', note, { passive: true });
      container.addEventListener('dblclick', note);
      const zoomControl = container.querySelector('.leaflet-control-zoom');
      zoomControl?.addEventListener('click', note);
      return function stopNotingReaderZoom() {
        container.removeEventListener('wheel', note);
        container.removeEventListener('dblclick', note);
        zoomControl?.removeEventListener('click', note);
      };
    },
    [map],
  );

  useEffect(
    function fitCurrentEntry() {
      if (!mounted.current) {
        mounted.current = true;
        return;
      }
      if (!entryId || places.length === 0) return;
      if (Date.now() - lastReaderMove.current < READER_MOVE_GRACE_MS) return;
      const bounds = boundsOf(places.some(isPoint) ? places.filter(isPoint) : places);
      if (!bounds) return;
      const animate = !reducedMotion();
      const container = map.getContainer();
      // While a fit is waiting or flying, the map says so (`data-fit`), for anyone who must wait for it.
      container.dataset.fit = 'pending';
      const settled = () => delete container.dataset.fit;
      // Wait for the reader to settle: while scrubbing fast, the map does not chase every post.
      const timer = window.setTimeout(() => {
        map.stop();
        map.once('moveend', settled);
        map.flyToBounds(toLatLngBounds(bounds), {
          ...fitPadding(container, covers),
          maxZoom: MAX_FIT_ZOOM,
          animate,
          duration: animate ? 0.8 : 0,
        });
      }, SETTLE_MS);
      return function cancelFit() {
        window.clearTimeout(timer);
        map.off('moveend', settled);
        settled();
      };
    },
    // Fit when the entry changes, not when the same entry's places are re-created.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [entryId, map],
  );
  return null;
}

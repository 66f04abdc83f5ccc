/** Fits the map to the current entry's places, unless the reader moved the map in the last few seconds. */
import { useEffect, useRef, type RefObject } from 'react';
import L from 'leaflet';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Place } from '../core/types';
import { hasSize } from './FollowSize';
import { reducedMotion } from './motion';
import { boundsOf, framing, toLatLngBounds } from './geometry';

/** After the reader pans or zooms, the map leaves the view alone this long. */
const READER_MOVE_GRACE_MS = 5000;
const MAX_FIT_ZOOM = 7;
const SETTLE_MS = 150;
const PADDING = 40;
/** A view this many zoom levels further out than the best fit still frames the post well enough. */
const ZOOM_SLACK = 2;

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

/** The part of the map's view that the padding leaves free. */
function paddedView(map: L.Map, padding: ReturnType<typeof fitPadding>): L.LatLngBounds {
  const size = map.getSize();
  const topLeft = map.containerPointToLatLng(L.point(padding.paddingTopLeft));
  const bottomRight = map.containerPointToLatLng(size.subtract(L.point(padding.paddingBottomRight)));
  return L.latLngBounds(topLeft, bottomRight);
}

/** The shortest pan (pixels) that brings the target box inside the padded view. */
function panInto(map: L.Map, target: L.LatLngBounds, padding: ReturnType<typeof fitPadding>): L.Point {
  const size = map.getSize();
  const [left, top] = padding.paddingTopLeft;
  const [right, bottom] = padding.paddingBottomRight;
  const a = map.latLngToContainerPoint(target.getNorthWest());
  const b = map.latLngToContainerPoint(target.getSouthEast());
  const shift = (low: number, high: number, min: number, max: number) =>
    low < min ? low - min : high > max ? Math.min(high - max, low - min) : 0;
  return L.point(shift(a.x, b.x, left, size.x - right), shift(a.y, b.y, top, size.y - bottom));
}

export function FitView({
  entryId,
  places,
  fitOnMount,
  covers = [],
  centre,
}: {
  entryId: string | null;
  places: Place[];
  /** Where the story mostly happens: the post's places far from it are pointed to, not framed. */
  centre: { lat: number; lon: number } | null;
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
      const bounds = boundsOf(framing(places, centre).framed);
      if (!bounds) return;
      const animate = !reducedMotion();
      const container = map.getContainer();
      // While a fit is waiting or flying, the map says so (`data-fit`), for anyone who must wait for it.
      container.dataset.fit = 'pending';
      const settled = () => delete container.dataset.fit;
      // Wait for the reader to settle: while scrubbing fast, the map does not chase every post.
      const timer = window.setTimeout(() => {
        // A hidden map has no size to fit in; it is fitted when it is shown (FollowSize).
        if (!hasSize(map)) return settled();
        map.stop();
        const target = L.latLngBounds(toLatLngBounds(bounds));
        const padding = fitPadding(container, covers);
        const best = Math.min(
          MAX_FIT_ZOOM,
          map.getBoundsZoom(target, false, L.point(padding.paddingTopLeft).add(padding.paddingBottomRight)),
        );
        const zoom = map.getZoom();
        const framed = zoom <= best && zoom >= best - ZOOM_SLACK;
        // Places already in view at a fitting zoom: the map stays put (no jump, no redrawing of shapes).
        if (framed && paddedView(map, padding).contains(target)) return settled();
        map.once('moveend', settled);
        // At a fitting zoom, a pan is enough; otherwise the map flies to the post's places.
        if (framed) map.panBy(panInto(map, target, padding), { animate, duration: animate ? 0.5 : 0 });
        else
          map.flyToBounds(target, {
            ...padding,
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

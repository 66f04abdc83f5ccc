/** Fits the map to the current entry's places, unless the reader moved the map in the last few seconds. */
import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Place } from '../core/types';
import { boundsOf, isPoint } from './geometry';

/** After the reader pans or zooms, the map leaves the view alone this long. */
const READER_MOVE_GRACE_MS = 5000;
const MAX_FIT_ZOOM = 7;
const SETTLE_MS = 150;
const PADDING: [number, number] = [40, 40];

function reducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

export function FitView({
  entryId,
  places,
  fitOnMount,
}: {
  entryId: string | null;
  places: Place[];
  fitOnMount: boolean;
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
      // Wait for the reader to settle: while scrubbing fast, the map does not chase every post.
      const timer = window.setTimeout(() => {
        map.stop();
        map.flyToBounds(bounds, {
          padding: PADDING,
          maxZoom: MAX_FIT_ZOOM,
          animate,
          duration: animate ? 0.8 : 0,
        });
      }, SETTLE_MS);
      return function cancelFit() {
        window.clearTimeout(timer);
      };
    },
    // Fit when the entry changes, not when the same entry's places are re-created.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [entryId, map],
  );
  return null;
}

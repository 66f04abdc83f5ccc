/** What pointing at and choosing places does in the timeline, shared by the explorer's list and the embed. */
import { useMemo } from 'react';
import { setHighlight } from '../data/highlightStore';
import type { PlaceHandlers } from './PlaceButton';

/** Lights up places on the map while an entry or a place button is pointed at (null: none). */
export function highlightPlaces(places: readonly string[] | null): void {
  setHighlight(places ? { places } : null);
}

/** Place buttons' handlers: `select` on choosing, the map highlight while pointed at; stable per `select`. */
export function usePlaceHandlers(select: (placeId: string) => void): PlaceHandlers {
  return useMemo(
    () => ({ select, highlight: (placeId) => highlightPlaces(placeId ? [placeId] : null) }),
    [select],
  );
}

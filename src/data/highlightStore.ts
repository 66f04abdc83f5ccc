/** Passing highlight (hover or focus) shared by the timeline and the map; not part of the URL. */
import { useSyncExternalStore } from 'react';

export interface Highlight {
  /** Places to light up on the map (an entry is hovered or focused). */
  places: readonly string[];
  /** A place whose entries to light up in the list (a marker is hovered or focused). */
  place: string | null;
}

const EMPTY: Highlight = { places: [], place: null };
let current: Highlight = EMPTY;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return function unsubscribe() {
    listeners.delete(listener);
  };
}

export function useHighlight(): Highlight {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => EMPTY,
  );
}

export function setHighlight(next: Partial<Highlight> | null): void {
  const value = next ? { ...EMPTY, ...next } : EMPTY;
  if (value.place === current.place && value.places.join() === current.places.join()) return;
  current = value;
  listeners.forEach((listener) => listener());
}

/** One place pointed at (a marker, a row of the place table): it and the entries that mention it light up. */
export function highlightPlace(placeId: string | null): void {
  setHighlight(placeId ? { place: placeId, places: [placeId] } : null);
}

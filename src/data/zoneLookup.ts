/**
 * The time zone of a point, for `?tz=place`: tz-lookup's zone grid (CC0), fetched only when a reader
 * asks for local times (29 KB gzip), once per page, and shared by every view that asks.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { ZoneAt } from '../core/zones';

export interface ZoneLookup {
  /** The lookup, once loaded. */
  zoneAt?: ZoneAt;
  /** True when it could not be loaded (times then stay in the story's zone). */
  failed: boolean;
}

let state: ZoneLookup = { failed: false };
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function settle(next: ZoneLookup): void {
  state = next;
  listeners.forEach((listener) => listener());
}

/** Starts loading the lookup (once); resolves when it is in, or has failed. */
export function loadZoneLookup(): Promise<void> {
  loading ??= import('@photostructure/tz-lookup').then(
    ({ default: tzlookup }) => settle({ zoneAt: (lat, lon) => tzlookup(lat, lon), failed: false }),
    () => settle({ failed: true }),
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return function unsubscribe() {
    listeners.delete(listener);
  };
}

/** The lookup, loaded as soon as `wanted`; re-renders when it arrives. */
export function useZoneLookup(wanted: boolean): ZoneLookup {
  useEffect(
    function loadLookupWhenWanted() {
      if (wanted) void loadZoneLookup();
    },
    [wanted],
  );
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
}

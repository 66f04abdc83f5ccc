/** The URL as a store: views read the shared view state and change it with push or replace. */
import { useSyncExternalStore } from 'react';
import { readViewState, writeViewState, type ViewState } from '../core/viewState';

const listeners = new Set<() => void>();
let cachedSearch: string | null = null;
let cachedState: ViewState = {};

function snapshot(): ViewState {
  const search = window.location.search;
  if (search !== cachedSearch) {
    cachedSearch = search;
    cachedState = readViewState(search);
  }
  return cachedState;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return function unsubscribe() {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** The view state in the URL; re-renders when it changes (including Back and Forward). */
export function useViewState(): ViewState {
  return useSyncExternalStore(subscribe, snapshot, () => cachedState);
}

export type HistoryMode = 'push' | 'replace';

/** In an embed, the host page owns the Back button: every change replaces the frame's history entry. */
let pushAllowed = true;

export function replaceHistoryOnly(): void {
  pushAllowed = false;
}

/** Changes part of the view. `push` makes a Back step (choosing); `replace` does not (scrubbing). */
export function setViewState(patch: ViewState, mode: HistoryMode): void {
  const next = { ...snapshot(), ...patch };
  for (const key of Object.keys(patch) as (keyof ViewState)[]) if (patch[key] === undefined) delete next[key];
  const search = writeViewState(window.location.search, next);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push' && pushAllowed) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  listeners.forEach((listener) => listener());
}

/** The query parameters the app reads once at start (data, tiles, embed, ...). */
export function startParams(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

/** The URL as a store: views read the shared view state and change it with push or replace. */
import { useSyncExternalStore } from 'react';
import { readViewState, writeViewState, type ViewState } from '../core/viewState';

const listeners = new Set<() => void>();
let cachedSearch: string | null = null;
let cachedState: ViewState = {};
/**
 * Replaced views reach the address bar a moment later, at most one write every 100 ms while they keep
 * coming: scrubbing changes the view on every key press and every frame of a drag, and writing the
 * browser's history costs a millisecond or two, which a step of the scrubber must not wait for. The app
 * reads the view from the pending search meanwhile, so nothing sees the lag but the address bar.
 */
let pendingSearch: string | null = null;
let pendingTimer: number | undefined;
const URL_WRITE_INTERVAL_MS = 100;

/** The page's query string, including a view not yet written to the address bar ('' when prerendering). */
export function currentSearch(): string {
  if (typeof window === 'undefined') return '';
  return pendingSearch ?? window.location.search;
}

/** The page's address with the view not yet written to the address bar (for links and the Share dialog). */
export function currentHref(): string {
  const url = new URL(window.location.href);
  url.search = currentSearch();
  return url.href;
}

function urlWith(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

function writeReplaced(search: string): void {
  if (search !== window.location.search)
    window.history.replaceState(window.history.state, '', urlWith(search));
}

function replaceLater(search: string): void {
  pendingSearch = search;
  if (pendingTimer === undefined) pendingTimer = window.setTimeout(flushViewState, URL_WRITE_INTERVAL_MS);
}

/** Writes any pending replaced view to the address bar now (before leaving the page, or a push). */
export function flushViewState(): void {
  window.clearTimeout(pendingTimer);
  pendingTimer = undefined;
  if (pendingSearch !== null) writeReplaced(pendingSearch);
  pendingSearch = null;
}

function onPopState(): void {
  window.clearTimeout(pendingTimer);
  pendingTimer = undefined;
  pendingSearch = null;
}

function snapshot(): ViewState {
  const search = currentSearch();
  if (search !== cachedSearch) {
    cachedSearch = search;
    cachedState = readViewState(search);
  }
  return cachedState;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', onPopState);
  window.addEventListener('popstate', listener);
  window.addEventListener('pagehide', flushViewState);
  return function unsubscribe() {
    listeners.delete(listener);
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('popstate', listener);
    window.removeEventListener('pagehide', flushViewState);
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
  const search = writeViewState(currentSearch(), next);
  if (search === currentSearch()) return;
  if (mode === 'push' && pushAllowed) {
    flushViewState();
    window.history.pushState(null, '', urlWith(search));
  } else {
    replaceLater(search);
  }
  listeners.forEach((listener) => listener());
}

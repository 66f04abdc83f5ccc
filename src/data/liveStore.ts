/** What the page knows of the live page it follows (`?live=1`): shared by the badge and the new-posts button. */
import { useSyncExternalStore } from 'react';
import type { LiveStatus } from './livePoller';

export interface LiveState {
  /** True while the page follows a live page. */
  following: boolean;
  status: LiveStatus;
  /** Posts that arrived since the reader last jumped to the newest, newest first. */
  newIds: string[];
}

const IDLE: LiveState = { following: false, status: 'following', newIds: [] };
let state: LiveState = IDLE;
const listeners = new Set<() => void>();

export function setLiveState(patch: Partial<LiveState>): void {
  state = { ...state, ...patch };
  listeners.forEach((listener) => listener());
}

/** Adds posts that just arrived to those not yet seen (newest first, each once). */
export function addNewPosts(ids: readonly string[]): void {
  if (ids.length === 0) return;
  const known = new Set(ids);
  setLiveState({ newIds: [...ids, ...state.newIds.filter((id) => !known.has(id))] });
}

export function resetLiveState(): void {
  state = IDLE;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return function unsubscribe() {
    listeners.delete(listener);
  };
}

export function useLiveState(): LiveState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => IDLE,
  );
}

/** What the reader can do, as changes to the URL state: choosing pushes history, scrubbing replaces it. */
import { useMemo } from 'react';
import type { Chronology } from '../core/chronology';
import { latestEntryFor } from '../core/explore';
import type { Order } from '../core/viewState';
import { setViewState } from './viewStore';

export interface Actions {
  /** Moves the scrubber to a moment (no current entry pinned). */
  scrubTo(moment: number): void;
  /** Makes the entry at a chronological index current while scrubbing (replaces history). */
  stepTo(index: number): void;
  /** Chooses an entry (pushes history). */
  selectEntry(id: string): void;
  selectPlace(id: string): void;
  clearPlace(): void;
  search(query: string): void;
  setOrder(order: Order): void;
}

const toIso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

export function useActions(chronology: Chronology): Actions {
  return useMemo(() => {
    const at = (index: number) => {
      const entry = chronology.entries[index];
      const moment = chronology.moments[index];
      if (!entry || moment === undefined) return null;
      return { entry: entry.id, t: chronology.ordinal ? undefined : toIso(moment) };
    };
    return {
      scrubTo: (moment) => setViewState({ t: toIso(moment), entry: undefined }, 'replace'),
      stepTo: (index) => {
        const patch = at(index);
        if (patch) setViewState(patch, 'replace');
      },
      selectEntry: (id) => {
        const patch = at(chronology.indexById.get(id) ?? -1);
        if (patch) setViewState(patch, 'push');
      },
      selectPlace: (id) => {
        const latest = latestEntryFor(chronology, id);
        const patch = latest ? at(chronology.indexById.get(latest.id) ?? -1) : null;
        setViewState({ place: id, ...(patch ?? {}) }, 'push');
      },
      clearPlace: () => setViewState({ place: undefined }, 'push'),
      search: (query) => setViewState({ q: query || undefined }, 'replace'),
      setOrder: (order) => setViewState({ order: order === 'newest' ? undefined : order }, 'replace'),
    };
  }, [chronology]);
}

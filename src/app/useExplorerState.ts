/** What every way of showing a story shares: the URL view, what it derives to, actions and playback. */
import { useState } from 'react';
import type { Chronology } from '../core/chronology';
import { deriveView } from '../core/explore';
import { useActions } from '../data/useActions';
import { useViewState } from '../data/viewStore';

/**
 * `startAtOldest`: with no post (or one this story lacks) and no moment in the URL, the view opens on the story's first post (of the
 * lesson range, when the chronology is limited to one) rather than its latest: a presentation starts at
 * the beginning, so Next moves forward in time.
 */
export function useExplorerState(chronology: Chronology, { startAtOldest = false } = {}) {
  const urlState = useViewState();
  const first = chronology.entries[0]?.id;
  const state =
    startAtOldest && first && !chronology.indexById.has(urlState.entry ?? '') && urlState.t === undefined
      ? { ...urlState, entry: first }
      : urlState;
  const view = deriveView(chronology, state);
  const actions = useActions(chronology);
  const [playing, setPlaying] = useState(false);
  const [openedOnState] = useState(() => Boolean(state.entry ?? state.t ?? state.place));
  /** Any press or key outside the play controls pauses playback ("any interaction by the reader"). */
  function pauseOnInteraction(event: { target: EventTarget | null }) {
    if (playing && !(event.target instanceof Element && event.target.closest('[data-play-controls]')))
      setPlaying(false);
  }
  return { state, view, actions, playing, setPlaying, openedOnState, pauseOnInteraction };
}

export type ExplorerState = ReturnType<typeof useExplorerState>;

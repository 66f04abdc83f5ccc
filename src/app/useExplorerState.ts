/** What every way of showing a story shares: the URL view, what it derives to, actions and playback. */
import { useState } from 'react';
import type { Chronology } from '../core/chronology';
import { deriveView } from '../core/explore';
import { useActions } from '../data/useActions';
import { useViewState } from '../data/viewStore';

export function useExplorerState(chronology: Chronology) {
  const state = useViewState();
  const view = deriveView(chronology, state);
  const actions = useActions(chronology);
  const [playing, setPlaying] = useState(false);
  const [openedOnState] = useState(() => Boolean(state.entry ?? state.t ?? state.place));
  return { state, view, actions, playing, setPlaying, openedOnState };
}

export type ExplorerState = ReturnType<typeof useExplorerState>;

/**
 * The map's code, loaded on its own (a separate chunk, fetched early by main.tsx) and shown as soon as it
 * is there. Not React.lazy: a Suspense boundary delays revealing resolved content (up to 300 ms in
 * React 19), which would hold back the map's first frame.
 */
import { useEffect, useState } from 'react';
import type StoryMapComponent from '../map/StoryMap';

export let LoadedStoryMap: typeof StoryMapComponent | null = null;
const loading = import('../map/StoryMap').then((module) => {
  LoadedStoryMap = module.default;
});

/** True once the map's code is loaded. */
export function useStoryMapReady(): boolean {
  const [ready, setReady] = useState(() => LoadedStoryMap !== null);
  useEffect(function waitForMapCode() {
    let active = true;
    if (!LoadedStoryMap) void loading.then(() => active && setReady(true));
    return function stopWaitingForMapCode() {
      active = false;
    };
  }, []);
  return ready;
}

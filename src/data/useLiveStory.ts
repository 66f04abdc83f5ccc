/**
 * Follows a live page (`?live=1`): fetches the story again every 30 s with a conditional request, and
 * when it changed, puts the new version in place of the old without moving the reader, and counts
 * the posts that arrived (the badge and the "N new posts" button read them from the live store).
 */
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { pinnedView, storyChanges, unchanged } from '../core/live';
import { readViewState } from '../core/viewState';
import { startLivePoller } from './livePoller';
import { addNewPosts, resetLiveState, setLiveState } from './liveStore';
import { fetchStory, storyQueryOptions, type LoadedStory } from './storyQuery';
import { currentSearch, setViewState } from './viewStore';

export function useLiveStory(url: string, enabled: boolean): void {
  const client = useQueryClient();
  useEffect(
    function followLivePage() {
      if (!enabled) return;
      const { queryKey } = storyQueryOptions(url);
      setLiveState({ following: true, newIds: [] });
      const stop = startLivePoller({
        page: document,
        onStatus: (status) => setLiveState({ status }),
        async check(signal) {
          const before = client.getQueryData<LoadedStory>(queryKey);
          // Not loaded yet, or failed: the page's own load (and its Retry) comes first.
          if (!before) return;
          const next = await fetchStory(url, signal, before.validators ?? {});
          if (!next) return;
          const changes = storyChanges(before.story, next.story);
          if (unchanged(changes, before.story, next.story)) {
            client.setQueryData(queryKey, { ...before, validators: next.validators });
            return;
          }
          const pin = pinnedView(before.chronology, readViewState(currentSearch()));
          if (pin && changes.added.length > 0) setViewState(pin, 'replace');
          client.setQueryData(queryKey, next);
          addNewPosts(changes.added);
        },
      });
      return function stopFollowingLivePage() {
        stop();
        resetLiveState();
      };
    },
    [client, url, enabled],
  );
}

/** Shows the newest of the posts that arrived, with no filter hiding it; a Back step undoes it. */
export function showNewPosts(newest: string): void {
  setViewState({ entry: newest, t: undefined, place: undefined, q: undefined }, 'push');
  setLiveState({ newIds: [] });
}

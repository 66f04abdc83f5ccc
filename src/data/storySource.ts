/** Which story file this page shows, decided once from its URL, and an early start on fetching it. */
import type { QueryClient } from '@tanstack/react-query';
import { refusal, type Refusal } from '../core/failures';
import { LOCAL_PREFIX, readModes, resolveDataUrl, STORY_ID, type Modes } from '../core/modes';
import { SAMPLE_URL, storyQueryOptions } from './storyQuery';

/** Origins other than the app's own that `?data=` may load from (`VITE_DATA_ORIGINS`, comma-separated). */
const DATA_ORIGINS = ((import.meta.env.VITE_DATA_ORIGINS as string | undefined) ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

let decided: { modes: Modes; source: { url: string } | Refusal } | null = null;

export function pageSource() {
  decided ??= (() => {
    const modes = readModes(window.location.search);
    if (modes.story !== undefined)
      return {
        modes,
        source: STORY_ID.test(modes.story)
          ? { url: `${LOCAL_PREFIX}${modes.story}` }
          : refusal({ reason: 'saved-name' }),
      };
    return { modes, source: resolveDataUrl(modes.data, window.location.href, DATA_ORIGINS, SAMPLE_URL) };
  })();
  return decided;
}

/**
 * Starts loading the story before the first render, so the data and the code arrive together.
 * Settles (never rejects) once the story is in the cache or has failed to load.
 */
export function prefetchStory(client: QueryClient): Promise<void> {
  const { source, modes } = pageSource();
  if (modes.import) return Promise.resolve();
  return 'url' in source ? client.prefetchQuery(storyQueryOptions(source.url)) : Promise.resolve();
}

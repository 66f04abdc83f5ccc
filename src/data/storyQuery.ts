/** The story's data: where it comes from, how it is fetched and validated, and the hook views use. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { buildChronology, type Chronology } from '../core/chronology';
import type { Story } from '../core/types';
import { validateStory, type Problem } from '../core/validate';

export const SAMPLE_URL = './data/sample.json';

export interface LoadedStory {
  story: Story;
  problems: Problem[];
  chronology: Chronology;
}

export class StoryLoadError extends Error {}

async function fetchStory(url: string, signal: AbortSignal): Promise<LoadedStory> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new StoryLoadError('The story could not be loaded: the network request failed.');
  }
  if (!response.ok)
    throw new StoryLoadError(`The story could not be loaded: the server answered ${response.status}.`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new StoryLoadError('The story could not be loaded: the file is not valid JSON.');
  }
  const { story, problems } = validateStory(data);
  return { story, problems, chronology: buildChronology(story) };
}

/** Query options for one story file: key and fetcher together; retried with backoff before giving up. */
export function storyQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['story', url],
    queryFn: ({ signal }) => fetchStory(url, signal),
    staleTime: Infinity,
    retry: 2,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
  });
}

export function useStory(url: string) {
  return useQuery(storyQueryOptions(url));
}

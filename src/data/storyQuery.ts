/** The story's data: where it comes from, how it is fetched and validated, and the hook views use. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { buildChronology, chronologySteps, type Chronology } from '../core/chronology';
import type { Entry, Place, Story } from '../core/types';
import { failureText, retryable, type Failure } from '../core/failures';
import type { Problem, Validated } from '../core/validate';
import { LOCAL_PREFIX } from '../core/modes';
import { loadSavedStory } from './myStories';
import { readStoryDataInSlices, yieldToPage } from './storyText';
import {
  conditionalHeaders,
  storyFromSlices,
  validatorsOf,
  type Validators,
  type WorkerMessage,
  type WorkerRequest,
} from './storyWorkerMessages';

export const SAMPLE_URL = './data/sample.json';

export interface LoadedStory {
  story: Story;
  problems: Problem[];
  chronology: Chronology;
  /** The version of the file this came from (for a live page's conditional re-fetch). */
  validators?: Validators;
}

export class StoryLoadError extends Error {
  /** True when trying again may help (the network, the server); false for a file that is not a story. */
  readonly retryable: boolean;
  /** What went wrong, which the page says in the reader's language (the message is the English). */
  constructor(readonly failure: Failure) {
    super(failureText(failure));
    this.retryable = retryable(failure);
  }
}

/** Marks the moments of a story's loading on the page's timeline (the bench reads them). */
const mark = (name: string) => globalThis.performance?.mark?.(name);

/**
 * Loads a story file in the story worker, which fetches, parses and validates it off the main thread;
 * null when `since` is given and the file has not changed since.
 */
function loadInWorker(
  url: string,
  signal: AbortSignal,
  since?: Validators,
): Promise<(Validated & { validators: Validators }) | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./storyWorker.ts', import.meta.url), { type: 'module' });
    const slices: Entry[][] = [];
    const placeSlices: Place[][] = [];
    const abort = () => {
      worker.terminate();
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', abort);
    };
    worker.onerror = () => {
      finish();
      reject(new StoryLoadError({ reason: 'read-failed' }));
    };
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      if (data.type === 'entries') slices.push(JSON.parse(data.json) as Entry[]);
      else if (data.type === 'places') placeSlices.push(JSON.parse(data.json) as Place[]);
      else if (data.type === 'error') {
        finish();
        reject(new StoryLoadError(data.failure));
      } else if (data.type === 'not-modified') {
        finish();
        resolve(null);
      } else {
        finish();
        resolve({ ...storyFromSlices(data, slices, placeSlices), validators: data.validators });
      }
    };
    const request: WorkerRequest = { url: new URL(url, document.baseURI).href, since };
    worker.postMessage(request);
  });
}

/**
 * The story's chronology, built pass by pass in tasks of their own: on the longest story a file may
 * hold, each pass stays well short of what would make the page stall.
 */
async function chronologyInSteps(story: Story): Promise<Chronology> {
  const steps = chronologySteps(story);
  for (;;) {
    await yieldToPage();
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A story imported in this browser (My stories), checked as any story file is. */
async function savedStory(id: string): Promise<LoadedStory> {
  let saved: unknown;
  try {
    saved = await loadSavedStory(id);
  } catch {
    throw new StoryLoadError({ reason: 'saved-forbidden' });
  }
  if (saved === undefined) throw new StoryLoadError({ reason: 'saved-missing' });
  const read = await readStoryDataInSlices(saved);
  if ('error' in read) throw new StoryLoadError(read.failure);
  return { ...read, chronology: await chronologyInSteps(read.story) };
}

/**
 * Fetches, parses and validates a story file. With `since` (a live page's re-fetch), asks for it only if
 * it changed, and gives null when it has not.
 */
export async function fetchStory(url: string, signal: AbortSignal): Promise<LoadedStory>;
export async function fetchStory(
  url: string,
  signal: AbortSignal,
  since: Validators,
): Promise<LoadedStory | null>;
export async function fetchStory(
  url: string,
  signal: AbortSignal,
  since?: Validators,
): Promise<LoadedStory | null> {
  if (url.startsWith(LOCAL_PREFIX)) return since ? null : savedStory(url.slice(LOCAL_PREFIX.length));
  // Any story but the (small) sample may be long: it is loaded off the main thread where that is possible.
  if (url !== SAMPLE_URL && typeof Worker !== 'undefined') {
    mark('story:requested');
    const read = await loadInWorker(url, signal, since);
    if (!read) return null;
    mark('story:read');
    return { ...read, chronology: await chronologyInSteps(read.story) };
  }
  let response: Response;
  try {
    // No extra headers on the first load: the request must match the one public/preload.js started.
    response = await fetch(
      url,
      since ? { signal, headers: conditionalHeaders(since), cache: 'no-store' } : { signal },
    );
  } catch (error) {
    if (signal.aborted) throw error;
    throw new StoryLoadError({ reason: 'network' });
  }
  if (since && response.status === 304) return null;
  if (!response.ok) throw new StoryLoadError({ reason: 'status', status: response.status });
  mark('story:response');
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof SyntaxError) throw new StoryLoadError({ reason: 'not-json' });
    throw new StoryLoadError({ reason: 'broke-off' });
  }
  mark('story:parsed');
  // A long story is validated in slices, between which the page keeps drawing and answering.
  const read = await readStoryDataInSlices(data);
  mark('story:read');
  if ('error' in read) throw new StoryLoadError(read.failure);
  const chronology = buildChronology(read.story);
  mark('story:indexed');
  return { ...read, chronology, validators: validatorsOf(response) };
}

/** Query options for one story file: key and fetcher together; retried with backoff before giving up. */
export function storyQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['story', url],
    queryFn: ({ signal }) => fetchStory(url, signal),
    staleTime: Infinity,
    retry: (failures, error) => failures < 2 && !(error instanceof StoryLoadError && !error.retryable),
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
  });
}

export function useStory(url: string) {
  return useQuery(storyQueryOptions(url));
}

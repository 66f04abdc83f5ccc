/**
 * A Web Worker that loads a story file off the main thread: fetches it, parses the JSON and validates
 * it (the same validation the page uses), sending the valid entries back as slices of JSON text while it
 * goes. The page's thread only parses the slices (far cheaper than receiving the objects), so a story of
 * thousands of posts never blocks it for long, and the page draws and answers while the file arrives.
 */
import type { Failure } from '../core/failures';
import { validateSteps } from '../core/validate';
import { notAStory } from './storyText';
import {
  conditionalHeaders,
  PLACES_PER_MESSAGE,
  validatorsOf,
  type WorkerMessage,
  type WorkerRequest,
} from './storyWorkerMessages';

const post = (message: WorkerMessage) => (self as unknown as Worker).postMessage(message);
const failed = (failure: Failure): WorkerMessage => ({ type: 'error', failure });

async function load({ url, since }: WorkerRequest): Promise<void> {
  let response: Response;
  try {
    // A live page's re-fetch asks for the file only if it changed, past the browser's own cache.
    response = await fetch(url, since ? { headers: conditionalHeaders(since), cache: 'no-store' } : {});
  } catch {
    return post(failed({ reason: 'network' }));
  }
  if (since && response.status === 304) return post({ type: 'not-modified' });
  if (!response.ok) return post(failed({ reason: 'status', status: response.status }));
  const validators = validatorsOf(response);
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    return post(
      error instanceof SyntaxError ? failed({ reason: 'not-json' }) : failed({ reason: 'broke-off' }),
    );
  }
  const refused = notAStory(data);
  if (refused) return post(failed(refused.failure));
  const steps = validateSteps(data);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) {
      const { story, problems } = step.value;
      // As JSON text in slices, as the entries are: one message of 100,000 places as objects would
      // hold the page's thread for as long as the browser takes to copy them all.
      for (let at = 0; at < story.places.length; at += PLACES_PER_MESSAGE)
        post({ type: 'places', json: JSON.stringify(story.places.slice(at, at + PLACES_PER_MESSAGE)) });
      return post({ type: 'done', meta: story.story, problems, validators });
    }
    if (step.value.length > 0) post({ type: 'entries', json: JSON.stringify(step.value) });
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => void load(event.data);

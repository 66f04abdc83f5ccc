/**
 * A Web Worker that loads a story file off the main thread: fetches it, parses the JSON and validates
 * it (the same readStoryData the page uses), then sends the valid story back as slices of JSON text.
 * The page's thread only parses the slices (far cheaper than receiving the objects), so a story of
 * thousands of posts never blocks it for long, and the page draws and answers while the file arrives.
 */
import { readStoryData } from './storyText';
import { STORY_SLICE, type WorkerMessage } from './storyWorkerMessages';

const post = (message: WorkerMessage) => (self as unknown as Worker).postMessage(message);

async function load(url: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    return post({
      type: 'error',
      message: 'The story could not be loaded: the network request failed.',
      retryable: true,
    });
  }
  if (!response.ok)
    return post({
      type: 'error',
      message: `The story could not be loaded: the server answered ${response.status}.`,
      retryable: true,
    });
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    return post(
      error instanceof SyntaxError
        ? {
            type: 'error',
            message: 'The story could not be loaded: the file is not valid JSON.',
            retryable: false,
          }
        : {
            type: 'error',
            message: 'The story could not be loaded: the connection broke off.',
            retryable: true,
          },
    );
  }
  const read = readStoryData(data);
  if ('error' in read) return post({ type: 'error', message: read.error, retryable: false });
  const { story, problems } = read;
  post({ type: 'head', meta: story.story, places: story.places, problems, total: story.entries.length });
  for (let i = 0; i < story.entries.length; i += STORY_SLICE)
    post({ type: 'entries', json: JSON.stringify(story.entries.slice(i, i + STORY_SLICE)) });
  post({ type: 'done' });
}

self.onmessage = (event: MessageEvent<{ url: string }>) => void load(event.data.url);

/**
 * The import's Web Worker: the page's text made into a story with the same pure pipeline the CLI runs
 * (src/pipeline/story.ts), off the page's thread. The gazetteer's buckets the page needs are fetched
 * here (gazetteerFiles.ts); progress goes back as bytes, then posts, at most every few frames. The story
 * goes back as slices of JSON text (as the story worker sends a story file): the page parses each slice
 * in its own short task instead of receiving the whole story as objects in one long one.
 */
import { searchGazetteer, searchWords } from '../geo/search';
import { guessTitle } from '../parse/title';
import { finishStory, readStoryPage } from '../pipeline/story';
import { GazetteerError, gazetteerFor } from './gazetteerFiles';
import type { ImportReply, ImportRequest } from './importMessages';

const post = (message: ImportReply) => (self as unknown as Worker).postMessage(message);

/** Posts per slice of the story sent back: each is parsed on the page's thread in well under a frame. */
const SLICE = 100;

/** Progress is sent at most this often (milliseconds), and always at the end. */
const EVERY_MS = 50;

function progressSender(phase: 'gazetteer' | 'posts') {
  let last = 0;
  return (done: number, total: number) => {
    const now = performance.now();
    if (done < total && now - last < EVERY_MS) return;
    last = now;
    post({ type: 'progress', phase, done, total });
  };
}

async function importPage(request: Extract<ImportRequest, { type: 'import' }>) {
  const options = {
    year: request.options.year,
    timeZone: request.options.timeZone,
    ...(request.options.date ? { startDate: request.options.date } : {}),
    ...(request.options.format ? { format: request.options.format } : {}),
    ...(request.options.captured ? { captured: request.options.captured } : {}),
  };
  const read = readStoryPage(request.text, options);
  const gazetteer = await gazetteerFor(read.words, request.base, progressSender('gazetteer'));
  // A copied page's text has no title element: its headline is taken where it says "live".
  const title = read.page.title ? undefined : guessTitle(request.text);
  const built = finishStory(read, options, title ? { title } : {}, gazetteer, progressSender('posts'));
  const { entries, ...rest } = built.story;
  for (let at = 0; at < entries.length; at += SLICE)
    post({ type: 'entries', json: JSON.stringify(entries.slice(at, at + SLICE)) });
  const result = { story: { ...rest, entries: [] }, warnings: built.warnings, format: built.format };
  post({ type: 'done', json: JSON.stringify({ ...result, problems: built.problems }) });
}

async function search(request: Extract<ImportRequest, { type: 'search' }>) {
  const gazetteer = await gazetteerFor(searchWords(request.query), request.base, () => undefined);
  post({ type: 'found', id: request.id, places: searchGazetteer(gazetteer, request.query) });
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  const work = request.type === 'import' ? importPage(request) : search(request);
  work.catch((error: unknown) =>
    post({
      type: 'failed',
      problem:
        error instanceof GazetteerError
          ? error.problem
          : { reason: 'unreadable', detail: (error as Error).message || '' },
    }),
  );
};

/** What the story worker (storyWorker.ts) answers, and how the page puts the story back together. */
import type { Entry, Place, StoryMeta } from '../core/types';
import type { Problem, Validated } from '../core/validate';

export type WorkerMessage =
  | { type: 'entries'; json: string }
  | { type: 'done'; meta: StoryMeta; places: Place[]; problems: Problem[] }
  | { type: 'error'; message: string; retryable: boolean };

export function storyFromSlices(
  done: Extract<WorkerMessage, { type: 'done' }>,
  slices: Entry[][],
): Validated {
  return {
    story: { schemaVersion: 1, story: done.meta, entries: slices.flat(), places: done.places },
    problems: done.problems,
  };
}

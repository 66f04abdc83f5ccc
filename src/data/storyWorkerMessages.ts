/** What the story worker (storyWorker.ts) answers, and how the page puts the story back together. */
import type { Entry, Place, StoryMeta } from '../core/types';
import type { Problem, Validated } from '../core/validate';

/** Entries per slice: the page parses each slice in a task of its own. */
export const STORY_SLICE = 500;

export type WorkerMessage =
  | { type: 'head'; meta: StoryMeta; places: Place[]; problems: Problem[]; total: number }
  | { type: 'entries'; json: string }
  | { type: 'done' }
  | { type: 'error'; message: string; retryable: boolean };

export function storyFromSlices(
  head: Extract<WorkerMessage, { type: 'head' }>,
  slices: Entry[][],
): Validated {
  return {
    story: { schemaVersion: 1, story: head.meta, entries: slices.flat(), places: head.places },
    problems: head.problems,
  };
}

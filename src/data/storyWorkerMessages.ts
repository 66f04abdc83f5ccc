/** What the story worker (storyWorker.ts) answers, and how the page puts the story back together. */
import type { Failure } from '../core/failures';
import type { Entry, Place, StoryMeta } from '../core/types';
import type { Problem, Validated } from '../core/validate';

/**
 * What identifies a version of a story file, from the server's `ETag` and `Last-Modified`: sent back
 * (`If-None-Match`, `If-Modified-Since`) so a live page that has not changed costs a `304` and no parse.
 */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** What the page asks the worker: the file, and the version it already has (a live page's re-fetch). */
export interface WorkerRequest {
  url: string;
  since?: Validators;
}

export type WorkerMessage =
  | { type: 'entries'; json: string }
  | { type: 'places'; json: string }
  | { type: 'done'; meta: StoryMeta; problems: Problem[]; validators: Validators }
  | { type: 'not-modified' }
  | { type: 'error'; failure: Failure };

/** The request headers that ask for the file only if it changed since `since`. */
export function conditionalHeaders(since: Validators | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (since?.etag) headers['If-None-Match'] = since.etag;
  if (since?.lastModified) headers['If-Modified-Since'] = since.lastModified;
  return headers;
}

/** The version of the file a response carries. */
export function validatorsOf(response: Response): Validators {
  const validators: Validators = {};
  const etag = response.headers.get('ETag');
  const lastModified = response.headers.get('Last-Modified');
  if (etag) validators.etag = etag;
  if (lastModified) validators.lastModified = lastModified;
  return validators;
}

/**
 * How many places the worker sends in one message: the page parses each message's JSON in a task of
 * its own, so even the most places a story may have (100,000) never hold its thread for long.
 */
export const PLACES_PER_MESSAGE = 5_000;

/** The story the worker sent, entries and places as they came, slice by slice. */
export function storyFromSlices(
  done: Extract<WorkerMessage, { type: 'done' }>,
  slices: Entry[][],
  placeSlices: Place[][],
): Validated {
  return {
    story: { schemaVersion: 1, story: done.meta, entries: slices.flat(), places: placeSlices.flat() },
    problems: done.problems,
  };
}

/**
 * Why a story could not be shown, as data: the loaders say what went wrong, and each view says it in the
 * reader's language (src/i18n/failures.ts). `failureText` is the English, for the command line and logs;
 * the English catalogue says the same (a test holds them together).
 */
export type NotStoryKind = 'null' | 'list' | 'object' | 'number' | 'string' | 'boolean';

export type Failure =
  | { reason: 'network' }
  | { reason: 'status'; status: number }
  | { reason: 'not-json' }
  | { reason: 'broke-off' }
  | { reason: 'read-failed' }
  | { reason: 'not-a-story'; kind: NotStoryKind }
  | { reason: 'saved-forbidden' }
  | { reason: 'saved-missing' }
  | { reason: 'saved-name' }
  | { reason: 'link-too-long'; length: number; max: number }
  | { reason: 'link-not-url' }
  | { reason: 'link-scheme' }
  | { reason: 'link-origin'; origin: string };

/** A refusal: the English message and what it means. */
export interface Refusal {
  error: string;
  failure: Failure;
}

const KIND_TEXT: Record<NotStoryKind, string> = {
  null: 'null',
  list: 'a list',
  object: 'an object without "entries"',
  number: 'a number',
  string: 'a string',
  boolean: 'a boolean',
};

const LOADING = 'The story could not be loaded:';

export function failureText(failure: Failure): string {
  switch (failure.reason) {
    case 'network':
      return `${LOADING} the network request failed.`;
    case 'status':
      return `${LOADING} the server answered ${failure.status}.`;
    case 'not-json':
      return `${LOADING} the file is not valid JSON.`;
    case 'broke-off':
      return `${LOADING} the connection broke off.`;
    case 'read-failed':
      return `${LOADING} reading it failed.`;
    case 'not-a-story':
      return `This file is not a Live Atlas story: it is ${KIND_TEXT[failure.kind]}, where a story is an object with "entries" and "places".`;
    case 'saved-forbidden':
      return 'This browser would not open its stored stories (private browsing may forbid it).';
    case 'saved-missing':
      return 'This story is not among My stories in this browser: it may have been deleted, or imported in another browser.';
    case 'saved-name':
      return 'The story in the link is not one of My stories: its name is not valid.';
    case 'link-too-long':
      return `The data address in the link is too long (${failure.length} characters; at most ${failure.max}).`;
    case 'link-not-url':
      return 'The data address in the link is not a valid URL.';
    case 'link-scheme':
      return 'The data address must be an http or https URL.';
    case 'link-origin':
      return `Stories from ${failure.origin} are not allowed here. The site's configuration lists the origins it may load.`;
  }
}

export function refusal(failure: Failure): Refusal {
  return { error: failureText(failure), failure };
}

/** Whether trying again may help: the network and the server, not a file that is not a story. */
export function retryable(failure: Failure): boolean {
  return failure.reason === 'network' || failure.reason === 'status' || failure.reason === 'broke-off';
}

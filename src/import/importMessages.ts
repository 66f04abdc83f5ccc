/** What the page asks the import worker (importWorker.ts), and what it answers. */
import type { Warning } from '../core/warnings';
import type { GazetteerProblem } from './gazetteerFiles';
import type { Story } from '../core/types';
import type { Problem } from '../core/validate';
import type { GazetteerPlace } from '../geo/gazetteer';

export interface ImportOptions {
  /** Year of dates printed without one. */
  year: number;
  /** Day of the oldest post, for pages whose stamps show times only (`YYYY-MM-DD`). */
  date?: string;
  /** IANA zone of stamps printed without a zone. */
  timeZone: string;
  /** The page format (`bbc`, `guardian`, …); detected when absent. */
  format?: string;
  /** When the page was copied (UTC ms), for "14 min ago". */
  captured?: number;
}

export type ImportRequest =
  /** `base`: the app's address, which the gazetteer's folder is relative to. */
  | { type: 'import'; text: string; options: ImportOptions; base: string }
  | { type: 'search'; id: number; query: string; base: string };

export interface ImportResult {
  story: Story;
  warnings: Warning[];
  format: string | null;
  problems: Problem[];
}

export type ImportReply =
  | { type: 'progress'; phase: 'gazetteer' | 'posts'; done: number; total: number }
  /** A slice of the story's posts, as JSON text, in order. */
  | { type: 'entries'; json: string }
  /** The rest of the result as JSON text, its story's `entries` empty: the slices sent before are its posts. */
  | { type: 'done'; json: string }
  | { type: 'failed'; problem: ImportProblem }
  | { type: 'found'; id: number; places: GazetteerPlace[] };

/** Why an import stopped: the place names could not be loaded, or the page could not be read. */
export type ImportProblem =
  | GazetteerProblem
  /** `detail`: the error's own words (empty when it had none). */
  | { reason: 'unreadable'; detail: string }
  | { reason: 'stopped' }
  | { reason: 'cancelled' };

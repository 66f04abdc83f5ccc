/** A post as the segmenter finds it, before its body is read: the header line, stamp, labels and lines. */
import type { Warning } from '../core/warnings';
import type { Line } from './lines';
import type { Byline } from '../core/types';
import type { Stamp } from './clock';

export interface RawPost {
  /** Line number of the post's header. */
  line: number;
  number?: number;
  title: string | null;
  stamp: Stamp | null;
  labels: string[];
  body: Line[];
  /** A byline the stamp line gave (`12:21 , Author`), before any the body gives. */
  byline?: Byline;
  /** The post comes from a hard-wrapped copy (its sentences were broken over lines and joined again). */
  wrapped?: boolean;
}

export interface Segmented {
  header: Line[];
  posts: RawPost[];
  warnings: Warning[];
  /** Page metadata the format read from its header (summary points, the headline video's caption). */
  meta?: { summary?: string[]; media?: { caption: string }[] };
}

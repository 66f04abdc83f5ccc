/** A post as the segmenter finds it, before its body is read: the header line, stamp, labels and lines. */
import type { Line } from './lines';
import type { Stamp } from './stamp';

export interface RawPost {
  /** Line number of the post's header. */
  line: number;
  number?: number;
  title: string | null;
  stamp: Stamp | null;
  labels: string[];
  body: Line[];
}

export interface Segmented {
  header: Line[];
  posts: RawPost[];
  warnings: string[];
}

/**
 * One family of live pages (a publisher, or a shape many share): how to tell it from the text, where its
 * posts start and what their stamps say, and how to read a post's lines. `src/parse/formats/index.ts`
 * lists them; the page parser picks the best-scoring one, or the one asked for by name.
 */
import type { Byline, Block } from '../../core/types';
import type { Line } from '../lines';
import type { RawPost, Segmented } from '../rawPost';

export interface PostBody {
  byline: Byline;
  blocks: Block[];
  labels: string[];
}

export interface PageFormat {
  /** A lower-case word: `bbc`, `guardian`, … (what `--format` names and `story.format` says). */
  name: string;
  /** Who prints pages like this, and an example stamp, for the README and for refusals. */
  publishers: string;
  example: string;
  /** How strongly the text looks like this family (roughly, its posts found × how telling its stamps are). */
  score(lines: Line[]): number;
  /** The header (before the first post) and the posts, with their stamps and unread bodies. */
  segment(lines: Line[]): Segmented;
  /** A post's lines as blocks, with its byline and labels. */
  body(post: RawPost): PostBody;
}

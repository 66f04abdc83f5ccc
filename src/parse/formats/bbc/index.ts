/**
 * BBC News live pages: `Titlepublished at 09:52 Greenwich Mean Time 14 February` glued to each post's
 * title, numbered posts, `Image source, …` credits, bylines over a role line; and the older layouts
 * (`2058:` sports stamps, untimed "Live Reporting" pages).
 */
import type { PageFormat } from '../format';
import type { Line } from '../../lines';
import { parseBody } from './blocks';
import { fallbackPosts } from './fallback';
import { parseHeader } from './header';
import { segment } from './posts';
import { findStamps } from './stamp';
import { unglueLines } from './unglue';
import { isHardWrapped, unwrapLines } from './unwrap';

/** Telling: a BBC stamp is a phrase no other publisher prints. */
const WEIGHT = 3;
/** The stamp-less layouts are a last resort: any format that finds stamps wins over them. */
const FALLBACK_WEIGHT = 0.25;

export const bbc: PageFormat = {
  name: 'bbc',
  publishers: 'BBC News',
  example: 'Titlepublished at 09:52 Greenwich Mean Time 14 February',
  score(lines: Line[]) {
    const stamps = lines.reduce((n, l) => n + findStamps(l.text).length, 0);
    if (stamps > 0) return stamps * WEIGHT;
    return fallbackPosts(lines, []).posts.length * FALLBACK_WEIGHT;
  },
  segment(lines: Line[]) {
    const wrapped = isHardWrapped(lines);
    const segmented = segment(unglueLines(unwrapLines(lines)));
    for (const post of segmented.posts) if (wrapped) post.wrapped = true;
    const header = parseHeader(segmented.header);
    return { ...segmented, meta: header.meta, warnings: [...header.warnings, ...segmented.warnings] };
  },
  body: (post) => parseBody(post.body, post.wrapped === true),
};

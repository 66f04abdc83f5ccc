/** Layouts without "published at" stamps: old sports pages ("2058: ...") and untimed "Live Reporting" pages. */
import type { Warning } from '../../../core/warnings';
import type { Line } from '../../lines';
import type { RawPost, Segmented } from '../../rawPost';
import { sportsStamp } from './stamp';

const MIN_POSTS = 2;
const NUMBERED = /^(\d{1,4})\.\s+(\S.*)$/;
const SEPARATOR = /^[-–—]$/;
const SUMMARY = /^Summary$/i;

/** Lines where old sports pages start a post with its time: `2058: Another break of serve`. */
function sportsPosts(lines: Line[]): Segmented | null {
  const starts = lines.filter((l) => sportsStamp(l.text));
  if (starts.length < MIN_POSTS) return null;
  const header: Line[] = [];
  const posts: RawPost[] = [];
  for (const line of lines) {
    const sports = sportsStamp(line.text);
    const current = posts[posts.length - 1];
    if (sports) {
      posts.push({
        line: line.n,
        title: null,
        stamp: sports.stamp,
        labels: [],
        body: [{ n: line.n, text: sports.text }],
      });
    } else if (current) current.body.push(line);
    else header.push(line);
  }
  return { header, posts, warnings: [] };
}

/** Posts numbered in order (`1. Title`), newest first, with no times. */
function numberedPosts(lines: Line[]): Segmented | null {
  const numbered = lines.filter((l) => NUMBERED.test(l.text));
  const inSequence = numbered.every((l, i) => Number(NUMBERED.exec(l.text)?.[1]) === i + 1);
  if (numbered.length < MIN_POSTS || !inSequence) return null;
  const header: Line[] = [];
  const posts: RawPost[] = [];
  let expected = 1;
  for (const line of lines) {
    const m = NUMBERED.exec(line.text);
    const current = posts[posts.length - 1];
    if (m?.[2] && Number(m[1]) === expected) {
      expected++;
      const title = /^Post(?: update)?$/i.test(m[2]) ? null : m[2];
      posts.push({ line: line.n, number: Number(m[1]), title, stamp: null, labels: [], body: [] });
    } else if (current) current.body.push(line);
    else header.push(line);
  }
  return { header, posts, warnings: [] };
}

/** Posts separated by a lone `-`; the first short, unpunctuated line of each is its title. */
function separatedPosts(lines: Line[]): Segmented | null {
  const separators = lines.filter((l) => SEPARATOR.test(l.text)).length;
  if (separators < MIN_POSTS - 1) return null;
  const summaryAt = lines.findIndex((l) => SUMMARY.test(l.text));
  const groups: Line[][] = [[]];
  for (const line of lines) {
    if (SEPARATOR.test(line.text)) groups.push([]);
    else groups[groups.length - 1]?.push(line);
  }
  const header = summaryAt >= 0 ? (groups.shift() ?? []) : [];
  const posts = groups
    .map((group) => group.filter((l) => l.text))
    .filter((group) => group.length > 0)
    .map((group): RawPost => {
      const [first, ...rest] = group as [Line, ...Line[]];
      const titled = first.text.length <= 120 && !/[.!?"”]$/.test(first.text) && rest.length > 0;
      return {
        line: first.n,
        title: titled ? first.text : null,
        stamp: null,
        labels: [],
        body: titled ? rest : group,
      };
    });
  return { header, posts, warnings: [] };
}

/** Tries the stamp-less layouts in turn; none found means the text has no recognisable posts. */
export function fallbackPosts(lines: Line[], warnings: Warning[]): Segmented {
  const found = sportsPosts(lines) ?? numberedPosts(lines) ?? separatedPosts(lines);
  if (!found) return { header: lines, posts: [], warnings };
  if (found.posts.length > 0) {
    warnings.push({ code: 'no-stamps', line: found.posts[0]?.line ?? 1 });
  }
  return { ...found, warnings: [...warnings, ...found.warnings] };
}

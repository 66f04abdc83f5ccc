/** Splits a page's lines into the header (before the first post) and posts with their stamps and labels. */
import type { Warning } from '../../../core/warnings';
import { excerpt, type Line } from '../../lines';
import { leadingLabel, standaloneLabel, trailingLabel } from '../../labels';
import type { Stamp } from '../../clock';
import { findStamps } from './stamp';
import { fallbackPosts } from './fallback';
import type { RawPost, Segmented } from '../../rawPost';

const NUMBERING = /^(\d{1,4})\.\s*/;
const UNTITLED = /^(?:Post|Post update)?$/i;
const SEPARATOR = /^[-–—]$/;

function addLabel(labels: string[], label: string | null): void {
  if (label && !labels.includes(label)) labels.push(label);
}

/** The header line of a post: numbering, labels and title before the stamp, labels and text after it. */
function headerPost(line: Line, stampIndex: number, stamp: Stamp, rest: string, pending: string[]): RawPost {
  let title = line.text.slice(0, stampIndex).trim();
  const numbered = NUMBERING.exec(title);
  const post: RawPost = { line: line.n, title: null, stamp, labels: [...pending], body: [] };
  if (numbered?.[1]) {
    post.number = Number(numbered[1]);
    title = title.slice(numbered[0].length);
  }
  const lead = leadingLabel(title);
  addLabel(post.labels, lead.label);
  title = lead.text.trim();
  post.title = UNTITLED.test(title) ? null : title;
  const after = trailingLabel(rest);
  addLabel(post.labels, after.label);
  if (after.text) post.body.push({ n: line.n, text: after.text });
  return post;
}

/** A stamp line right after a header with no zone and no new title: the reader's local time. */
function isSecondStamp(previous: RawPost | undefined, title: string | null, stamp: Stamp): boolean {
  if (!previous?.stamp || previous.body.some((l) => l.text)) return false;
  return (
    (title === null || title === previous.title) && (stamp.zone === null || previous.stamp.zone === null)
  );
}

function nextIsHeader(lines: Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const text = lines[j]?.text;
    if (text) return findStamps(text).length > 0;
  }
  return false;
}

/** Splits lines into header and posts; pages with no "published at" stamps go to the fallback layouts. */
export function segment(lines: Line[]): Segmented {
  const header: Line[] = [];
  const posts: RawPost[] = [];
  const warnings: Warning[] = [];
  let pending: string[] = [];
  let pendingNumber: number | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const stamps = findStamps(line.text);
    const first = stamps[0];
    if (first) {
      const post = headerPost(line, first.index, first.stamp, first.rest, pending);
      if (post.number === undefined && pendingNumber !== undefined) post.number = pendingNumber;
      pending = [];
      pendingNumber = undefined;
      const previous = posts[posts.length - 1];
      if (isSecondStamp(previous, post.title, first.stamp) && previous?.stamp) {
        const keep = first.stamp.zone && !previous.stamp.zone ? first.stamp : previous.stamp;
        warnings.push({
          code: 'second-stamp',
          line: line.n,
          text: excerpt(line.text),
          post: previous.line,
          kept: keep.zone ? (('offset' in keep.zone && keep.zone.offset) === 60 ? 'BST' : 'GMT') : 'first',
        });
        previous.stamp = keep;
        continue;
      }
      posts.push(post);
      continue;
    }
    const label = standaloneLabel(line.text);
    const current = posts[posts.length - 1];
    if (label) {
      // A label before a post's header belongs to that post; right after the header, to the current one.
      if (nextIsHeader(lines, i) || !current) {
        pending.push(label.label);
        pendingNumber = label.number ?? pendingNumber;
      } else addLabel(current.labels, label.label);
      continue;
    }
    if (SEPARATOR.test(line.text)) continue;
    if (current) current.body.push(line);
    else header.push(line);
  }
  if (posts.length === 0) return fallbackPosts(lines, warnings);
  return { header, posts, warnings };
}

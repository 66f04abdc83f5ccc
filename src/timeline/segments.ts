/** Splits a text into plain runs, place mentions and link runs, for rendering. Pure. */
import type { LinkAnnotation, Mention } from '../core/types';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'place'; text: string; placeId: string }
  | { kind: 'link'; text: string };

/**
 * A test of whether a range overlaps any of `mentions`, in O(log n) per range: a paragraph with tens of
 * thousands of mentions and links is split in moments, not by comparing every link with every mention.
 */
function overlapTest(mentions: readonly Mention[]): (range: LinkAnnotation) => boolean {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const starts = sorted.map((m) => m.start);
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const m of sorted) reach.push((furthest = Math.max(furthest, m.end)));
  return (range) => {
    // The last mention that starts before the range ends; any mention up to it that reaches past the
    // range's start overlaps it.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < range.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] as number) > range.start;
  };
}

/** Mentions win over links where they overlap; ranges outside the text are ignored. */
export function segmentText(
  text: string,
  mentions: readonly Mention[],
  links: readonly LinkAnnotation[] = [],
): Segment[] {
  const overlapsMention = overlapTest(mentions);
  const ranges = [
    ...mentions.map((m) => ({ start: m.start, end: m.end, placeId: m.placeId as string | null })),
    ...links.filter((l) => !overlapsMention(l)).map((l) => ({ start: l.start, end: l.end, placeId: null })),
  ]
    .filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end)
    .sort((a, b) => a.start - b.start || (a.placeId ? -1 : 1));
  const segments: Segment[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start < at) continue;
    if (range.start > at) segments.push({ kind: 'text', text: text.slice(at, range.start) });
    const slice = text.slice(range.start, range.end);
    segments.push(
      range.placeId ? { kind: 'place', text: slice, placeId: range.placeId } : { kind: 'link', text: slice },
    );
    at = range.end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}

/** Splits a text into plain runs, place mentions, event times and link runs, for rendering. Pure. */
import type { EntryEvent, LinkAnnotation, Mention } from '../core/types';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'place'; text: string; placeId: string }
  | { kind: 'event'; text: string; at: string | null; precision: EntryEvent['precision'] }
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

type Range = { start: number; end: number } & (
  | { kind: 'place'; placeId: string }
  | { kind: 'event'; at: string | null; precision: EntryEvent['precision'] }
  | { kind: 'link' }
);
const RANK = { place: 0, event: 1, link: 2 } as const;

/**
 * Mentions win over event times, and both over links, where they overlap; ranges outside the text are
 * ignored.
 */
export function segmentText(
  text: string,
  mentions: readonly Mention[],
  links: readonly LinkAnnotation[] = [],
  events: readonly EntryEvent[] = [],
): Segment[] {
  const overlapsMention = overlapTest(mentions);
  const ranges: Range[] = [
    ...mentions.map((m): Range => ({ start: m.start, end: m.end, kind: 'place', placeId: m.placeId })),
    ...events
      .filter((e) => !overlapsMention(e))
      .map((e): Range => ({ start: e.start, end: e.end, kind: 'event', at: e.at, precision: e.precision })),
    ...links
      .filter((l) => !overlapsMention(l))
      .map((l): Range => ({ start: l.start, end: l.end, kind: 'link' })),
  ]
    .filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end)
    .sort((a, b) => a.start - b.start || RANK[a.kind] - RANK[b.kind]);
  const segments: Segment[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start < at) continue;
    if (range.start > at) segments.push({ kind: 'text', text: text.slice(at, range.start) });
    const slice = text.slice(range.start, range.end);
    segments.push(
      range.kind === 'place'
        ? { kind: 'place', text: slice, placeId: range.placeId }
        : range.kind === 'event'
          ? { kind: 'event', text: slice, at: range.at, precision: range.precision }
          : { kind: 'link', text: slice },
    );
    at = range.end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}

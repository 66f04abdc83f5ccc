/** Splits a text into plain runs, place mentions and link runs, for rendering. Pure. */
import type { LinkAnnotation, Mention } from '../core/types';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'place'; text: string; placeId: string }
  | { kind: 'link'; text: string };

/** Mentions win over links where they overlap; ranges outside the text are ignored. */
export function segmentText(
  text: string,
  mentions: readonly Mention[],
  links: readonly LinkAnnotation[] = [],
): Segment[] {
  const overlapsMention = (l: LinkAnnotation) => mentions.some((m) => l.start < m.end && m.start < l.end);
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

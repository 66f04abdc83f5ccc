/** A story in time order, with the indexes the explorer needs, computed once per story. */
import type { Entry, Place, Story } from './types';

export interface Chronology {
  /** Entries oldest first (page order reversed for a newest-first page, same-minute posts kept in order). */
  entries: Entry[];
  /** The moment of each entry in `entries`: UTC ms, or its position when the story has no times. */
  moments: number[];
  /** True when no entry has a time: the scrubber then steps through positions. */
  ordinal: boolean;
  start: number;
  end: number;
  indexById: Map<string, number>;
  placeById: Map<string, Place>;
  /** For each place id, the chronological indexes of the entries that mention it. */
  entriesByPlace: Map<string, number[]>;
  /** For each place id, the index of the first entry that mentions it. */
  firstMention: Map<string, number>;
  /** The story's places in the order it first mentions them, and the index of each first mention. */
  mentionOrder: Place[];
  mentionFirst: number[];
}

function parseTime(iso: string | null): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

/** Orders entries in time; untimed entries take the time of the post before them. */
export function buildChronology(story: Story): Chronology {
  const page = story.entries;
  const times = page.map((e) => parseTime(e.publishedAt));
  const ordinal = times.every((t) => t === null);
  const timedPairs = times.filter((t): t is number => t !== null);
  const newestFirst =
    timedPairs.length < 2 || (timedPairs[0] as number) >= (timedPairs[timedPairs.length - 1] as number);
  const order = page.map((_, i) => i);
  if (newestFirst) order.reverse();
  let last = -Infinity;
  const rows = order.map((pageIndex, position) => {
    const t = ordinal ? position : (times[pageIndex] ?? (Number.isFinite(last) ? last : null));
    if (t !== null) last = Math.max(last, t);
    return { entry: page[pageIndex] as Entry, t, position };
  });
  const firstTime = rows.find((r) => r.t !== null)?.t ?? 0;
  const filled = rows.map((r) => ({ ...r, t: r.t ?? firstTime }));
  filled.sort((a, b) => a.t - b.t || a.position - b.position);

  const entries = filled.map((r) => r.entry);
  const moments = filled.map((r) => r.t);
  const indexById = new Map(entries.map((e, i) => [e.id, i]));
  const entriesByPlace = new Map<string, number[]>();
  const firstMention = new Map<string, number>();
  entries.forEach((entry, i) => {
    // A post that names a place twice is still one post about it.
    for (const id of new Set(entry.places)) {
      const list = entriesByPlace.get(id);
      if (list) list.push(i);
      else entriesByPlace.set(id, [i]);
      if (!firstMention.has(id)) firstMention.set(id, i);
    }
  });
  const placeById = new Map(story.places.map((p) => [p.id, p]));
  const mentionOrder: Place[] = [];
  const mentionFirst: number[] = [];
  for (const [id, first] of firstMention) {
    const place = placeById.get(id);
    if (!place) continue;
    mentionOrder.push(place);
    mentionFirst.push(first);
  }
  return {
    entries,
    moments,
    ordinal,
    start: moments[0] ?? 0,
    end: moments[moments.length - 1] ?? 0,
    indexById,
    placeById,
    entriesByPlace,
    firstMention,
    mentionOrder,
    mentionFirst,
  };
}

/** Index of the latest entry at or before `moment` (binary search); -1 before the first. */
export function indexAt(chronology: Chronology, moment: number): number {
  const { moments } = chronology;
  let lo = 0;
  let hi = moments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((moments[mid] as number) <= moment) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

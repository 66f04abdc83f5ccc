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

/**
 * Orders entries in time; untimed entries take the time of the post before them. Written for the
 * longest story a file may hold (100,000 posts): flat arrays, no object per post, and no sort when the
 * page is already in order (as live pages are).
 */
export function buildChronology(story: Story): Chronology {
  const steps = chronologySteps(story);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `buildChronology` in steps: the generator pauses between its passes over the story (its order, then
 * each index), so that a page can build the chronology of a very long story in tasks of its own.
 */
export function* chronologySteps(story: Story): Generator<void, Chronology, void> {
  const page = story.entries;
  const count = page.length;
  const times: (number | null)[] = new Array(count);
  let timedCount = 0;
  let firstTimed = 0;
  let lastTimed = 0;
  for (let i = 0; i < count; i++) {
    const t = parseTime((page[i] as Entry).publishedAt);
    times[i] = t;
    if (t === null) continue;
    if (timedCount === 0) firstTimed = t;
    lastTimed = t;
    timedCount++;
  }
  const ordinal = timedCount === 0;
  const newestFirst = timedCount < 2 || firstTimed >= lastTimed;
  // Row `position` is the page's post `pageOf[position]`, at moment `rowTime[position]` (NaN: untimed).
  const pageOf = new Int32Array(count);
  const rowTime = new Float64Array(count);
  let last = -Infinity;
  let firstTime = NaN;
  for (let position = 0; position < count; position++) {
    const pageIndex = newestFirst ? count - 1 - position : position;
    pageOf[position] = pageIndex;
    const own = times[pageIndex] ?? null;
    const t = ordinal ? position : (own ?? (Number.isFinite(last) ? last : null));
    if (t !== null) {
      last = Math.max(last, t);
      if (Number.isNaN(firstTime)) firstTime = t;
    }
    rowTime[position] = t ?? NaN;
  }
  if (Number.isNaN(firstTime)) firstTime = 0;
  let inOrder = true;
  for (let position = 0; position < count; position++) {
    if (Number.isNaN(rowTime[position] as number)) rowTime[position] = firstTime;
    if (position > 0 && (rowTime[position] as number) < (rowTime[position - 1] as number)) inOrder = false;
  }
  const rows = Array.from({ length: count }, (_, position) => position);
  if (!inOrder) rows.sort((a, b) => (rowTime[a] as number) - (rowTime[b] as number) || a - b);

  const entries = rows.map((position) => page[pageOf[position] as number] as Entry);
  const moments = rows.map((position) => rowTime[position] as number);
  yield;
  const indexById = new Map<string, number>();
  for (let i = 0; i < count; i++) indexById.set((entries[i] as Entry).id, i);
  yield;
  const entriesByPlace = new Map<string, number[]>();
  const firstMention = new Map<string, number>();
  entries.forEach((entry, i) => {
    // A post that names a place twice is still one post about it.
    const ids = entry.places.length > 1 ? new Set(entry.places) : entry.places;
    for (const id of ids) {
      const list = entriesByPlace.get(id);
      if (list) list.push(i);
      else entriesByPlace.set(id, [i]);
      if (!firstMention.has(id)) firstMention.set(id, i);
    }
  });
  yield;
  const placeById = new Map<string, Place>();
  for (const place of story.places) placeById.set(place.id, place);
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

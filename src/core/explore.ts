/** What the explorer shows for a view state: the current entry, the visible entries, the places on the map. */
import { indexAt, type Chronology } from './chronology';
import type { Entry, Place } from './types';
import type { Order, ViewState } from './viewState';

export interface ExplorerView {
  /** The scrubber's moment. */
  moment: number;
  /** Chronological index of the current entry (-1 when the story is empty). */
  current: number;
  /** The place filter, when one is set and known. */
  place: Place | null;
  /** The search text as typed. */
  query: string;
  order: Order;
  /** Chronological indexes of the entries the list shows, in display order. */
  visible: number[];
  /** Places mentioned up to the current entry, and those of the current entry itself. */
  shownPlaces: Place[];
  currentPlaces: Set<string>;
}

const searchTexts = new WeakMap<Chronology, string[]>();

/**
 * What a step of the scrubber would otherwise rebuild, kept per story: the same view gives the same
 * arrays, so views that depend on them (the map's layers, the list) do no work while they stay the same.
 */
interface Derived {
  visible: Map<string, number[]>;
  shown: { count: number; places: Place[] };
  current: { index: number; places: Set<string> };
}
const derivedCache = new WeakMap<Chronology, Derived>();
const VISIBLE_CACHE_SIZE = 16;

function derivedOf(chronology: Chronology): Derived {
  let derived = derivedCache.get(chronology);
  if (!derived) {
    derived = {
      visible: new Map(),
      shown: { count: -1, places: [] },
      current: { index: -2, places: new Set() },
    };
    derivedCache.set(chronology, derived);
  }
  return derived;
}

/** How many of the sorted `values` are at most `limit`. */
function countUpTo(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Search ignores case and the difference between typographic and straight quotes. */
export function searchable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‛`´]/g, "'")
    .replace(/[“”„]/g, '"');
}

/**
 * Where `query` occurs in `text` (as the search finds it: case and curly quotes aside), as
 * [start, end) ranges for marking the matches; none for an empty query, or for a text whose lower-case
 * form differs in length (offsets would not line up).
 */
export function matchRanges(text: string, query: string): [number, number][] {
  const needle = searchable(query.trim());
  if (!needle) return [];
  const hay = searchable(text);
  if (hay.length !== text.length) return [];
  const ranges: [number, number][] = [];
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length))
    ranges.push([at, at + needle.length]);
  return ranges;
}

function entryText(entry: Entry): string {
  const people = entry.byline ? (Array.isArray(entry.byline) ? entry.byline : [entry.byline]) : [];
  const parts: string[] = [
    entry.title ?? '',
    ...people.flatMap((p) => [p.name, p.role ?? '', p.location ?? '']),
  ];
  for (const block of entry.blocks) {
    if (block.type === 'paragraph' || block.type === 'quote') parts.push(block.text);
    else if (block.type === 'list') parts.push(...block.items);
    else if (block.type === 'image') parts.push(block.alt, block.caption ?? '');
    else parts.push(block.caption);
  }
  return searchable(parts.join('\n'));
}

/** Lower-cased text of each entry, computed once per story. */
function searchTextOf(chronology: Chronology): string[] {
  let texts = searchTexts.get(chronology);
  if (!texts) {
    texts = chronology.entries.map(entryText);
    searchTexts.set(chronology, texts);
  }
  return texts;
}

export function deriveView(chronology: Chronology, state: ViewState): ExplorerView {
  const { entries, moments } = chronology;
  const place = (state.place && chronology.placeById.get(state.place)) || null;
  // A link with only a place opens on the place's latest entry, as choosing the place does.
  const placeLatest =
    place && !state.t && !state.entry ? chronology.entriesByPlace.get(place.id)?.at(-1) : undefined;
  const byEntry = state.entry !== undefined ? chronology.indexById.get(state.entry) : placeLatest;
  const parsed = state.t ? Date.parse(state.t) : NaN;
  const asked = Number.isFinite(parsed) && !chronology.ordinal ? parsed : chronology.end;
  const moment =
    byEntry !== undefined
      ? (moments[byEntry] as number)
      : Math.min(chronology.end, Math.max(chronology.start, asked));
  const current = byEntry ?? Math.max(indexAt(chronology, moment), entries.length > 0 ? 0 : -1);
  const query = state.q ?? '';
  const needle = searchable(query.trim());
  const order: Order = state.order ?? 'newest';

  const derived = derivedOf(chronology);
  const key = `${place?.id ?? ''}\u0000${needle}\u0000${order}`;
  let visible = derived.visible.get(key);
  if (!visible) {
    visible = place ? (chronology.entriesByPlace.get(place.id) ?? []) : entries.map((_, i) => i);
    if (needle) {
      const texts = searchTextOf(chronology);
      visible = visible.filter((i) => texts[i]?.includes(needle));
    }
    if (order === 'newest') visible = [...visible].reverse();
    if (derived.visible.size >= VISIBLE_CACHE_SIZE) derived.visible.clear();
    derived.visible.set(key, visible);
  }

  const count = countUpTo(chronology.mentionFirst, current);
  if (derived.shown.count !== count)
    derived.shown = { count, places: chronology.mentionOrder.slice(0, count) };
  if (derived.current.index !== current)
    derived.current = { index: current, places: new Set(entries[current]?.places ?? []) };
  return {
    moment,
    current,
    place,
    query,
    order,
    visible,
    shownPlaces: derived.shown.places,
    currentPlaces: derived.current.places,
  };
}

/** The latest entry that mentions a place: where choosing the place moves the time. */
export function latestEntryFor(chronology: Chronology, placeId: string): Entry | null {
  const list = chronology.entriesByPlace.get(placeId);
  const last = list?.[list.length - 1];
  return last === undefined ? null : (chronology.entries[last] ?? null);
}

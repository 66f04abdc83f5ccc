/**
 * Which time zone each time is shown in (issue #16): the reader's choice (`?tz=`) turned into one zone
 * for the time axis and one for each post. `source` is the story's own zone (the default), `reader` the
 * browser's, `place` each post in the local time of its first mapped place (one with a local time of its
 * own), `UTC`, or any IANA name.
 */
import type { Chronology } from './chronology';
import { isKnownTimeZone } from './time';
import type { Entry, Place } from './types';

export type ZoneChoice = 'source' | 'reader' | 'place' | 'UTC' | (string & {});

const KEYWORDS = new Map<string, ZoneChoice>([
  ['source', 'source'],
  ['reader', 'reader'],
  ['place', 'place'],
  ['utc', 'UTC'],
]);
/** What an IANA name can be made of (`America/Argentina/Buenos_Aires`, `Etc/GMT+5`). */
const IANA = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

/**
 * A known IANA name in its proper case (`europe/kyiv` gives `Europe/Kyiv`), or null. A name the runtime
 * knows by another (`Asia/Kolkata`, which some runtimes call `Asia/Calcutta`) stays as it was given.
 */
function canonicalZone(name: string): string | null {
  if (!IANA.test(name) || !isKnownTimeZone(name)) return null;
  const canonical = new Intl.DateTimeFormat('en-GB', { timeZone: name }).resolvedOptions().timeZone;
  return canonical.toLowerCase() === name.toLowerCase() ? canonical : name;
}

/**
 * A `tz` parameter read safely: a keyword (any case) or a known IANA name; anything else is undefined,
 * which means the default, `source`, with no error shown.
 */
export function readZoneChoice(value: string | null | undefined): ZoneChoice | undefined {
  if (!value) return undefined;
  const keyword = KEYWORDS.get(value.toLowerCase());
  if (keyword) return keyword;
  const zone = canonicalZone(value);
  if (!zone) return undefined;
  // `Etc/UTC`, `UTC` and their aliases are all the UTC choice.
  return zone === 'UTC' || zone === 'Etc/UTC' ? 'UTC' : zone;
}

/** The zone of a point, from a time-zone boundary lookup; undefined where it has none. */
export type ZoneAt = (lat: number, lon: number) => string | undefined;

export interface Zones {
  /** What the reader chose. */
  choice: ZoneChoice;
  /**
   * The zone of times that belong to no one post: the scrubber's hour labels, the story's dates, a
   * lesson's range. With `place`, the zone most of the story's posts are in.
   */
  axis: string;
  /** The zone a post's own time is shown in. */
  of(entry: Entry): string;
  /** True while `place` waits for its lookup: times are shown in the story's zone meanwhile. */
  pending: boolean;
}

const known = (zone: string | undefined): zone is string => !!zone && isKnownTimeZone(zone);

/** A single zone for every time. */
export function fixedZones(zone: string, choice: ZoneChoice = zone): Zones {
  return { choice, axis: zone, of: () => zone, pending: false };
}

/** Wider than this (degrees of longitude), a country or region has no one local time (the US, Russia). */
const ONE_ZONE_WIDTH = 20;

/**
 * Whether a place has a local time of its own: not a sea or a continent, and not so wide that its
 * middle's zone would be a guess (the middle of the United States is in Chicago's zone).
 */
export function hasLocalTime(place: Place): boolean {
  if (place.kind === 'sea' || place.kind === 'continent') return false;
  if (!place.bbox) return true;
  const [west, , east] = place.bbox;
  const width = east >= west ? east - west : east + 360 - west;
  return width <= ONE_ZONE_WIDTH;
}

/**
 * The zone of each entry's first mapped place that has a local time of its own (entries without one
 * are left out).
 */
function placeZones(chronology: Chronology, zoneAt: ZoneAt): Map<Entry, string> {
  const byPlace = new Map<string, string | undefined>();
  const zones = new Map<Entry, string>();
  for (const entry of chronology.entries) {
    const id = entry.places.find((placeId) => {
      const place = chronology.placeById.get(placeId);
      return place !== undefined && hasLocalTime(place);
    });
    if (id === undefined) continue;
    if (!byPlace.has(id)) {
      const place = chronology.placeById.get(id)!;
      let zone: string | undefined;
      try {
        zone = zoneAt(place.lat, place.lon);
      } catch {
        zone = undefined;
      }
      byPlace.set(id, known(zone) ? zone : undefined);
    }
    const zone = byPlace.get(id);
    if (zone) zones.set(entry, zone);
  }
  return zones;
}

/** The zone most entries are in (the first such, on a tie), or undefined for none. */
function commonest(zones: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const zone of zones) {
    const count = (counts.get(zone) ?? 0) + 1;
    counts.set(zone, count);
    if (best === undefined || count > counts.get(best)!) best = zone;
  }
  return best;
}

export interface ZoneContext {
  /** The story's own zone (`story.sourceTimeZone`), when it names one. */
  source?: string;
  /** The browser's zone. */
  reader?: string;
  /** The lookup `place` needs; absent while it loads. */
  zoneAt?: ZoneAt;
}

/** The zones a choice means for this story. */
export function zonesFor(choice: ZoneChoice, chronology: Chronology, context: ZoneContext): Zones {
  const source = known(context.source) ? context.source : 'UTC';
  if (choice === 'source') return fixedZones(source, choice);
  if (choice === 'UTC') return fixedZones('UTC', choice);
  if (choice === 'reader') return fixedZones(known(context.reader) ? context.reader : source, choice);
  if (choice !== 'place') return fixedZones(known(choice) ? choice : source, choice);
  if (!context.zoneAt) return { ...fixedZones(source, choice), pending: true };
  const zones = placeZones(chronology, context.zoneAt);
  const axis = commonest(zones.values()) ?? source;
  return { choice, axis, of: (entry) => zones.get(entry) ?? axis, pending: false };
}

/**
 * The events of each post (src/parse/events.ts), read once its places are known: "local time" is the
 * time at the post's first place that has one, from tz-lookup's zone grid (CC0).
 */
import type { Warning } from '../core/warnings';
import tzlookup from '@photostructure/tz-lookup';
import { LIMITS } from '../core/schema';
import type { Entry, EntryEvent, Place } from '../core/types';
import { hasLocalTime } from '../core/zones';
import { findEvents } from '../parse/events';

function localZoneOf(entry: Entry, places: Map<string, Place>): string | undefined {
  for (const id of entry.places) {
    const place = places.get(id);
    if (!place || !hasLocalTime(place)) continue;
    try {
      return tzlookup(place.lat, place.lon);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The entries with what their text says of when things happened (`events`, where there are any), at
 * most the schema's limit a post (the first ones in the text, saying so in `warnings`).
 */
export function withEvents(
  entries: Entry[],
  places: readonly Place[],
  sourceZone: string,
  warnings: Warning[],
): Entry[] {
  const byId = new Map(places.map((place) => [place.id, place]));
  return entries.map((entry, i) => {
    const posted = entry.publishedAt ? Date.parse(entry.publishedAt) : NaN;
    const context = {
      postedAt: Number.isFinite(posted) ? posted : null,
      sourceZone,
      localZone: localZoneOf(entry, byId),
    };
    const events: EntryEvent[] = entry.blocks.flatMap((block, index) =>
      block.type === 'paragraph' || block.type === 'quote' ? findEvents(block.text, index, context) : [],
    );
    if (events.length > LIMITS.eventsPerEntry) {
      warnings.push({ code: 'events-cut', post: i + 1, count: events.length, max: LIMITS.eventsPerEntry });
      events.length = LIMITS.eventsPerEntry;
    }
    return events.length > 0 ? { ...entry, events } : entry;
  });
}

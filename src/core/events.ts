/** The story's events (`entry.events`) on a time line of their own: "When it happened" (issue #16). */
import type { Chronology } from './chronology';
import type { EntryEvent } from './types';

export interface TimedEvent {
  /** The chronological index of the post that tells of it. */
  entry: number;
  event: EntryEvent;
  /** When it happened (UTC ms). */
  at: number;
}

const cache = new WeakMap<Chronology, TimedEvent[]>();

/** Every event placed in time, oldest first (a post's events in their order in the text). */
export function eventsOf(chronology: Chronology): TimedEvent[] {
  let events = cache.get(chronology);
  if (!events) {
    events = chronology.entries.flatMap((entry, index) =>
      (entry.events ?? []).flatMap((event) => {
        const at = event.at ? Date.parse(event.at) : NaN;
        return Number.isFinite(at) ? [{ entry: index, event, at }] : [];
      }),
    );
    events.sort((a, b) => a.at - b.at || a.entry - b.entry || a.event.start - b.event.start);
    cache.set(chronology, events);
  }
  return events;
}

/**
 * The event that goes with the current post: its first, when it tells of any; else the latest that
 * happened by the post's time (the first, when none had).
 */
export function eventIndexFor(events: readonly TimedEvent[], current: number, moment: number): number {
  if (events.length === 0) return -1;
  const own = events.findIndex((e) => e.entry === current);
  if (own >= 0) return own;
  let index = 0;
  for (let i = 0; i < events.length; i++) if ((events[i] as TimedEvent).at <= moment) index = i;
  return index;
}

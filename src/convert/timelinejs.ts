/**
 * The story as a TimelineJS 3 document (its JSON format: `title` and `events`): one event per post with a
 * time, dated in the page's own time zone so TimelineJS shows the clock the page showed, the places named
 * after the text. Text is escaped: TimelineJS renders event text as HTML. Posts without a time have no
 * place on a timeline and are left out. Pure.
 */
import { formatClock, formatDay } from '../core/format';
import { zoneOffsetMinutes } from '../core/time';
import type { Story } from '../core/types';
import { entryHtml, escapeHtml, headlineOf } from './text';

export interface TimelineDate {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  display_date: string;
}

export interface TimelineEvent {
  start_date: TimelineDate;
  text: { headline: string; text: string };
  unique_id: string;
  display_date: string;
  group?: string;
}

export interface TimelineDocument {
  title: { text: { headline: string; text: string } };
  events: TimelineEvent[];
  scale: 'human';
}

/** The wall clock in `timeZone` at the instant `ms`. */
function wallClock(ms: number, timeZone: string) {
  const local = new Date(ms + zoneOffsetMinutes(timeZone, ms) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

export function toTimelineJS(story: Story): TimelineDocument {
  const timeZone = story.story.sourceTimeZone ?? 'UTC';
  const places = new Map(story.places.map((p) => [p.id, p]));
  const events: (TimelineEvent & { ms: number })[] = [];
  for (const entry of story.entries) {
    const ms = entry.publishedAt ? Date.parse(entry.publishedAt) : NaN;
    if (!Number.isFinite(ms)) continue;
    const display = `${formatClock(ms, timeZone)}, ${formatDay(ms, timeZone, true)}`;
    const named = entry.places.map((id) => places.get(id)?.name).filter((n) => n !== undefined);
    const where = named.length > 0 ? `<p><small>Places: ${escapeHtml(named.join(', '))}</small></p>` : '';
    events.push({
      start_date: { ...wallClock(ms, timeZone), display_date: display },
      text: { headline: escapeHtml(headlineOf(entry)), text: `${entryHtml(entry)}${where}` },
      unique_id: `post-${entry.id}`.replace(/[^A-Za-z0-9_-]/g, '-'),
      display_date: display,
      ms,
    });
  }
  // Oldest first, as a timeline reads (a live page lists newest first); the sort is stable for ties.
  events.sort((a, b) => a.ms - b.ms);
  const byline = [story.story.publisher, 'made with Live Atlas'].filter(Boolean).join(' · ');
  return {
    title: {
      text: {
        headline: escapeHtml(story.story.title ?? 'Live page'),
        text: `<p>${escapeHtml(byline)}</p>`,
      },
    },
    events: events.map(({ ms: _ms, ...event }) => event),
    scale: 'human',
  };
}

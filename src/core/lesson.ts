/**
 * Lesson links: the part of a story between two times, as a story of its own. Pure.
 *
 * The rule, as the explorer shows it: a post belongs to the range when the moment the timeline gives it
 * lies inside, both ends included. An untimed post has the moment of the post before it (as on the
 * scrubber), so a lesson keeps what the full view places inside its range. A bound written to the minute
 * (`08:25`) covers that whole minute, so `to=…T08:25Z` keeps a post stamped 08:25:40.
 */
import { buildChronology } from './chronology';
import type { Story } from './types';

export interface Lesson {
  story: Story;
  /** The range when it limits the story: its bounds (ms) and how many posts the whole story has. */
  range: { from: number | null; to: number | null; total: number } | null;
  /** Why the range was not applied (it is inverted, or holds no post): the whole story is shown. */
  notice: string | null;
}

const MINUTE_MS = 60_000;
/** A time given to the minute, with no seconds: `2025-02-14T08:25Z` or `…T08:25+01:00`. */
const TO_THE_MINUTE = /T\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

function bound(text: string | undefined, end: boolean): number | null {
  if (!text) return null;
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return null;
  return end && TO_THE_MINUTE.test(text) ? ms + MINUTE_MS - 1 : ms;
}

export function lessonOf(story: Story, from?: string, to?: string): Lesson {
  const start = bound(from, false);
  const end = bound(to, true);
  if (start === null && end === null) return { story, range: null, notice: null };
  if (start !== null && end !== null && start > end)
    return {
      story,
      range: null,
      notice: `This lesson link starts (${from}) after it ends (${to}), so the whole story is shown.`,
    };
  const chronology = buildChronology(story);
  const inside = new Set(
    chronology.entries
      .filter((_, i) => {
        const moment = chronology.moments[i] as number;
        return !chronology.ordinal && (start === null || moment >= start) && (end === null || moment <= end);
      })
      .map((e) => e.id),
  );
  if (inside.size === 0)
    return {
      story,
      range: null,
      notice: 'No post of this story falls inside the lesson link’s times, so the whole story is shown.',
    };
  const entries = story.entries.filter((e) => inside.has(e.id));
  const counts = new Map<string, number>();
  for (const entry of entries)
    for (const id of new Set(entry.places)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const places = story.places
    .filter((p) => counts.has(p.id))
    .map((p) => ({ ...p, entryCount: counts.get(p.id) ?? 0 }));
  return {
    story: { ...story, entries, places },
    range: { from: start, to: end, total: story.entries.length },
    notice: null,
  };
}

/** The story limited to a lesson's range (the whole story when the range is absent, inverted or empty). */
export function limitStory(story: Story, from?: string, to?: string): Story {
  return lessonOf(story, from, to).story;
}

/** Lesson links: the part of a story between two times, as a story of its own. Pure. */
import type { Story } from './types';

export function limitStory(story: Story, from?: string, to?: string): Story {
  if (!from && !to) return story;
  const start = from ? Date.parse(from) : -Infinity;
  const end = to ? Date.parse(to) : Infinity;
  const entries = story.entries.filter((e) => {
    const t = e.publishedAt ? Date.parse(e.publishedAt) : NaN;
    return Number.isFinite(t) && t >= start && t <= end;
  });
  const counts = new Map<string, number>();
  for (const entry of entries) for (const id of entry.places) counts.set(id, (counts.get(id) ?? 0) + 1);
  const places = story.places
    .filter((p) => counts.has(p.id))
    .map((p) => ({ ...p, entryCount: counts.get(p.id) ?? 0 }));
  return { ...story, entries, places };
}

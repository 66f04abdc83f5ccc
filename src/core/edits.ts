/**
 * A reader's corrections to a story's places, before it is opened or shared: pick another reading of a
 * name, take a place off one post or off the whole story, rename the story. Each edit returns a new
 * story (the old one is untouched) whose counts are right and that the schema still accepts. Pure.
 */
import type { BBox, Place, PlaceAlternative, Story } from './types';

/** Another place chosen for a name: one of its alternatives, or a place found in the gazetteer. */
export type PlaceChoice = PlaceAlternative & { bbox?: BBox };

const MAX_ALTERNATIVES = 3;

/** Each place's post count from the posts themselves; places no post names any more are gone. */
export function recount(story: Story): Story {
  const counts = new Map<string, number>();
  for (const entry of story.entries) for (const id of entry.places) counts.set(id, (counts.get(id) ?? 0) + 1);
  return {
    ...story,
    places: story.places
      .filter((p) => (counts.get(p.id) ?? 0) > 0)
      .map((p) => (p.entryCount === counts.get(p.id) ? p : { ...p, entryCount: counts.get(p.id) ?? 0 })),
  };
}

function asAlternative(place: Place): PlaceAlternative {
  return {
    name: place.name,
    lat: place.lat,
    lon: place.lon,
    ...(place.countryCode ? { countryCode: place.countryCode } : {}),
    kind: place.kind,
    source: place.source,
  };
}

/** Points every mention of `from` at `into` (one place in a post's list, never two). */
function merge(story: Story, from: string, into: string): Story {
  return recount({
    ...story,
    entries: story.entries.map((entry) =>
      entry.places.includes(from)
        ? {
            ...entry,
            places: [...new Set(entry.places.map((id) => (id === from ? into : id)))],
            mentions: entry.mentions.map((m) => (m.placeId === from ? { ...m, placeId: into } : m)),
          }
        : entry,
    ),
    places: story.places.filter((p) => p.id !== from),
  });
}

/**
 * The place `placeId` becomes `choice` wherever the story names it, as sure as a person's choice can be
 * (confidence 1); the reading it replaces joins its alternatives, so the choice can be undone. When the
 * story already has the chosen place, the two become one.
 */
export function choosePlace(story: Story, placeId: string, choice: PlaceChoice): Story {
  const place = story.places.find((p) => p.id === placeId);
  if (!place) return story;
  const same = story.places.find((p) => p.id !== placeId && p.source === choice.source);
  if (same) return merge(story, placeId, same.id);
  const alternatives = [asAlternative(place), ...(place.alternatives ?? [])]
    .filter((a) => a.source !== choice.source)
    .slice(0, MAX_ALTERNATIVES);
  const chosen: Place = {
    id: place.id,
    name: choice.name,
    kind: choice.kind,
    lat: choice.lat,
    lon: choice.lon,
    ...(choice.countryCode ? { countryCode: choice.countryCode } : {}),
    ...(choice.bbox ? { bbox: choice.bbox } : {}),
    source: choice.source,
    entryCount: place.entryCount,
    confidence: 1,
    ...(alternatives.length > 0 ? { alternatives } : {}),
  };
  return { ...story, places: story.places.map((p) => (p.id === placeId ? chosen : p)) };
}

/** Takes the place off one post (`entryId`), or off every post and the story's list of places. */
export function removePlace(story: Story, placeId: string, entryId?: string): Story {
  return recount({
    ...story,
    entries: story.entries.map((entry) =>
      (entryId === undefined || entry.id === entryId) && entry.places.includes(placeId)
        ? {
            ...entry,
            places: entry.places.filter((id) => id !== placeId),
            mentions: entry.mentions.filter((m) => m.placeId !== placeId),
          }
        : entry,
    ),
  });
}

/** The story's title as the reader wrote it (blank: no title). */
export function retitle(story: Story, title: string): Story {
  const clean = title.replace(/\s+/g, ' ').trim();
  const { title: _old, ...rest } = story.story;
  return { ...story, story: clean ? { ...rest, title: clean } : rest };
}

/** Validation that keeps what is right: each entry and place is checked on its own. */
import * as v from 'valibot';
import { EntrySchema, LIMITS, PlaceSchema, StoryMetaSchema } from './schema';
import { isKnownTimeZone } from './time';
import type { Entry, Place, Story, StoryMeta } from './types';

/** One thing wrong with the data, said so a reader can find it. */
export interface Problem {
  where: string;
  message: string;
}

export interface Validated {
  story: Story;
  problems: Problem[];
}

const MAX_PROBLEMS_PER_ITEM = 3;

function describe(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, MAX_PROBLEMS_PER_ITEM)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function label(item: unknown, index: number, kind: string): string {
  const id = isRecord(item) && typeof item.id === 'string' ? ` "${item.id.slice(0, 60)}"` : '';
  return `${kind} ${index + 1}${id}`;
}

/** Places or entries checked between two pauses of `validateSteps`. */
const STEP = 200;

/** Checks `data` against the contract; returns the valid entries and places and a list of what is wrong. */
export function validateStory(data: unknown): Validated {
  const steps = validateSteps(data);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `validateStory` in steps: the generator pauses after every few hundred places or entries, so that a
 * page can validate a long story between frames, and yields the entries found valid since the last pause
 * (none while places are checked); its return value is the whole validated story.
 */
export function* validateSteps(data: unknown): Generator<Entry[], Validated, void> {
  const problems: Problem[] = [];
  const empty: Story = { schemaVersion: 1, story: {}, entries: [], places: [] };
  if (!isRecord(data)) {
    problems.push({ where: 'document', message: 'expected a JSON object with "entries" and "places"' });
    return { story: empty, problems };
  }
  if (data.schemaVersion !== 1) {
    problems.push({
      where: 'schemaVersion',
      message: `expected 1, got ${JSON.stringify(data.schemaVersion) ?? 'nothing'}`,
    });
  }
  const meta = v.safeParse(StoryMetaSchema, data.story ?? {});
  const story: StoryMeta = meta.success ? meta.output : {};
  if (!meta.success) problems.push({ where: 'story', message: describe(meta.issues) });
  if (story.sourceTimeZone !== undefined && !isKnownTimeZone(story.sourceTimeZone)) {
    problems.push({
      where: 'story.sourceTimeZone',
      message: `unknown time zone "${story.sourceTimeZone.slice(0, 60)}"; times are shown in UTC`,
    });
    delete story.sourceTimeZone;
  }

  const places = new Map<string, Place>();
  const allPlaces = Array.isArray(data.places) ? data.places : [];
  const rawPlaces = allPlaces.slice(0, LIMITS.places);
  if (allPlaces.length > LIMITS.places)
    problems.push({ where: 'places', message: `more than ${LIMITS.places} places; the rest were left out` });
  if (!Array.isArray(data.places)) problems.push({ where: 'places', message: 'expected an array' });
  for (const [index, raw] of rawPlaces.entries()) {
    if (index % STEP === STEP - 1) yield [];
    const result = v.safeParse(PlaceSchema, raw);
    if (!result.success)
      problems.push({ where: label(raw, index, 'Place'), message: describe(result.issues) });
    else if (places.has(result.output.id))
      problems.push({ where: label(raw, index, 'Place'), message: 'duplicate id' });
    else places.set(result.output.id, result.output);
  }

  const entries: Entry[] = [];
  let given = 0;
  const entryIds = new Set<string>();
  const allEntries = Array.isArray(data.entries) ? data.entries : [];
  const rawEntries = allEntries.slice(0, LIMITS.entries);
  if (allEntries.length > LIMITS.entries)
    problems.push({ where: 'entries', message: `more than ${LIMITS.entries} posts; the rest were left out` });
  if (!Array.isArray(data.entries)) problems.push({ where: 'entries', message: 'expected an array' });
  for (const [index, raw] of rawEntries.entries()) {
    if (index % STEP === STEP - 1) {
      yield entries.slice(given);
      given = entries.length;
    }
    const where = label(raw, index, 'Entry');
    const result = v.safeParse(EntrySchema, raw);
    if (!result.success) {
      problems.push({ where, message: describe(result.issues) });
      continue;
    }
    const entry = result.output;
    if (entryIds.has(entry.id)) {
      problems.push({ where, message: 'duplicate id' });
      continue;
    }
    const unknown = entry.places.filter((id) => !places.has(id));
    if (unknown.length > 0) {
      problems.push({
        where,
        message: `unknown place ${unknown
          .slice(0, 3)
          .map((id) => `"${id.slice(0, 60)}"`)
          .join(', ')} dropped`,
      });
    }
    entryIds.add(entry.id);
    entries.push({
      ...entry,
      // A place named twice in a post's list is still one place of that post.
      places: [...new Set(entry.places.filter((id) => places.has(id)))],
      mentions: entry.mentions.filter((m) => places.has(m.placeId)),
    });
  }
  if (given < entries.length) yield entries.slice(given);
  // Counts follow the entries that are shown, not the numbers the file claims.
  const counts = new Map<string, number>();
  for (const entry of entries)
    for (const id of new Set(entry.places)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const counted = [...places.values()].map((p) => ({ ...p, entryCount: counts.get(p.id) ?? 0 }));
  return { story: { schemaVersion: 1, story, entries, places: counted }, problems };
}

/** Finds and places every location a story's entries mention. Pure: the gazetteer is given. */
import type { Entry, Mention, Place } from '../core/types';
import { findCandidates, type Candidate } from './candidates';
import { entryFields, type TextField } from './fields';
import type { Gazetteer, GazetteerPlace } from './gazetteer';
import { normalizeName } from './names';
import { resolveCandidate, type Context } from './resolve';

/** "Donetsk, Luhansk and Zaporizhzhia regions": names in a list that ends in a plural region word. */
const REGION_LIST_TAIL =
  /^(?:(?:,\s*|\s+and\s+|\s+or\s+)[A-Z][\p{L}'’-]+)*\s+(?:regions|oblasts|provinces|states)\b/u;

function regionOf(candidate: Candidate, gazetteer: Gazetteer): GazetteerPlace | null {
  if (!REGION_LIST_TAIL.test(candidate.following)) return null;
  const key = normalizeName(candidate.text);
  const region = gazetteer.byName.get(`${key} region`) ?? gazetteer.byName.get(`${key} oblast`);
  return region?.find((p) => p.kind === 'region') ?? null;
}

/** A city so large that naming it places the story in its country (Los Angeles → US). */
const CONTEXT_CITY = 500_000;

function bigCity(candidate: Candidate): GazetteerPlace | undefined {
  const largest = candidate.options.reduce<GazetteerPlace | undefined>(
    (best, p) => (p.kind === 'city' && (p.population ?? 0) > (best?.population ?? 0) ? p : best),
    undefined,
  );
  return largest && (largest.population ?? 0) >= CONTEXT_CITY ? largest : undefined;
}

/** "Hurricane Milton", "Mr Jackson", "President Joe Biden": the last name is a storm's or a person's. */
const NAMED_AFTER =
  /\b(?:Hurricane|Storm|Typhoon|Cyclone|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|President|Senator|Governor|Mayor|Minister|Secretary|Chancellor|Judge|Coach)\.? (?:[A-Z][\p{L}'’-]+ ){0,2}([A-Z][\p{L}'’-]+)/gu;

function people(entry: Entry): string[] {
  const byline = entry.byline ? (Array.isArray(entry.byline) ? entry.byline : [entry.byline]) : [];
  return byline.flatMap((p) => p.name.split(' ').slice(1));
}

interface FieldCandidates {
  field: TextField;
  candidates: Candidate[];
}

/** Every field of every entry with the names found in it: found once, used by both passes. */
function candidatesOf(entries: Entry[], gazetteer: Gazetteer): FieldCandidates[][] {
  return entries.map((entry) =>
    entryFields(entry).map((field) => ({ field, candidates: findCandidates(field.text, gazetteer) })),
  );
}

function storyContext(entries: Entry[], found: FieldCandidates[][], gazetteer: Gazetteer): Context {
  const countries = new Set<string>();
  const lowercaseWords = new Set<string>();
  const namesOfOthers = new Set<string>();
  for (const entry of entries) for (const name of people(entry)) namesOfOthers.add(name);
  for (const fields of found) {
    for (const { field, candidates } of fields) {
      for (const word of field.text.match(/\b[a-z][a-z]+\b/g) ?? []) lowercaseWords.add(word);
      for (const m of field.text.matchAll(NAMED_AFTER)) if (m[1]) namesOfOthers.add(m[1]);
      for (const candidate of candidates) {
        const anchor =
          candidate.options.find((p) => p.kind === 'country' || (p.curated && p.kind !== 'city')) ??
          bigCity(candidate);
        if (anchor?.countryCode) countries.add(anchor.countryCode);
      }
    }
  }
  for (const name of namesOfOthers)
    if (gazetteer.byName.get(normalizeName(name))?.some((p) => p.kind === 'country'))
      namesOfOthers.delete(name);
  return { countries, lowercaseWords, namesOfOthers };
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'place'
  );
}

export interface Geocoded {
  entries: Entry[];
  places: Place[];
}

/** Adds `places` and `mentions` to each entry and lists the places, in order of first mention. */
export function geocodeEntries(entries: Entry[], gazetteer: Gazetteer): Geocoded {
  const found = candidatesOf(entries, gazetteer);
  const context = storyContext(entries, found, gazetteer);
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const places: Place[] = [];
  const idFor = (place: GazetteerPlace): string => {
    const known = ids.get(place.key);
    if (known) return known;
    let id = slug(place.name);
    if (used.has(id)) id = `${id}-${slug(place.countryCode ?? place.kind)}`;
    for (let n = 2; used.has(id); n++) id = `${slug(place.name)}-${n}`;
    used.add(id);
    ids.set(place.key, id);
    const { name, kind, lat, lon, countryCode, bbox, source } = place;
    places.push({
      id,
      name,
      kind,
      lat,
      lon,
      ...(countryCode ? { countryCode } : {}),
      ...(bbox ? { bbox } : {}),
      source,
      entryCount: 0,
    });
    return id;
  };

  const out = entries.map((entry, index) => {
    const mentions: Mention[] = [];
    for (const { field, candidates } of found[index] ?? []) {
      for (const candidate of candidates) {
        const place = regionOf(candidate, gazetteer) ?? resolveCandidate(candidate, gazetteer, context);
        if (!place) continue;
        mentions.push({ placeId: idFor(place), ...field.at, start: candidate.start, end: candidate.end });
      }
    }
    return { ...entry, places: [...new Set(mentions.map((m) => m.placeId))], mentions };
  });
  const counts = new Map<string, number>();
  for (const entry of out) for (const id of entry.places) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const place of places) place.entryCount = counts.get(place.id) ?? 0;
  return { entries: out, places };
}

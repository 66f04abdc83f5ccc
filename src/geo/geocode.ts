/** Finds and places every location a story's entries mention. Pure: the gazetteer is given. */
import type { Entry, Mention, Place } from '../core/types';
import { findCandidates, type Candidate } from './candidates';
import { entryFields } from './fields';
import type { Gazetteer, GazetteerPlace } from './gazetteer';
import { normalizeName } from './names';
import { resolveCandidate, type Context } from './resolve';

/** "Donetsk, Luhansk and Zaporizhzhia regions": names in a list that ends in a plural region word. */
const REGION_LIST_TAIL = /^(?:(?:,\s*|\s+and\s+|\s+or\s+)[A-Z][\p{L}'’-]+)*\s+(?:regions|oblasts|provinces|states)\b/u;

function regionOf(candidate: Candidate, gazetteer: Gazetteer): GazetteerPlace | null {
  if (!REGION_LIST_TAIL.test(candidate.following)) return null;
  const key = normalizeName(candidate.text);
  const region = gazetteer.byName.get(`${key} region`) ?? gazetteer.byName.get(`${key} oblast`);
  return region?.find((p) => p.kind === 'region') ?? null;
}

function storyContext(entries: Entry[], gazetteer: Gazetteer): Context {
  const countries = new Set<string>();
  const lowercaseWords = new Set<string>();
  for (const entry of entries) {
    for (const field of entryFields(entry)) {
      for (const word of field.text.match(/\b[a-z][a-z]+\b/g) ?? []) lowercaseWords.add(word);
      for (const candidate of findCandidates(field.text, gazetteer)) {
        const country = candidate.options.find((p) => p.kind === 'country' || (p.curated && p.kind !== 'city'));
        if (country?.countryCode) countries.add(country.countryCode);
      }
    }
  }
  return { countries, lowercaseWords };
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
  const context = storyContext(entries, gazetteer);
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
    places.push({ id, name, kind, lat, lon, ...(countryCode ? { countryCode } : {}), ...(bbox ? { bbox } : {}), source, entryCount: 0 });
    return id;
  };

  const out = entries.map((entry) => {
    const mentions: Mention[] = [];
    for (const field of entryFields(entry)) {
      for (const candidate of findCandidates(field.text, gazetteer)) {
        let place = regionOf(candidate, gazetteer) ?? resolveCandidate(candidate, gazetteer, context);
        if (place?.standsFor) place = gazetteer.byKey.get(place.standsFor) ?? place;
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

/** Finds and places every location a story's entries mention. Pure: the gazetteer is given. */
import type { Entry, Mention, Place } from '../core/types';
import { findCandidates, forEachCapitalisedWord, type Candidate } from './candidates';
import { entryFields, type TextField } from './fields';
import type { Gazetteer, GazetteerPlace } from './gazetteer';
import { foldWord, normalizeName } from './names';
import {
  countryOfDivision,
  rememberingResolver,
  within,
  type Context,
  type Local,
  type Resolution,
} from './resolve';

/** "Donetsk, Luhansk and Zaporizhzhia regions": names in a list that ends in a plural region word. */
const REGION_LIST_TAIL =
  /^(?:(?:,\s*|\s+and\s+|\s+or\s+)[A-Z][\p{L}'’-]+)*\s+(?:regions|oblasts|provinces|states)\b/u;

function regionOf(candidate: Candidate, gazetteer: Gazetteer): GazetteerPlace | null {
  if (!REGION_LIST_TAIL.test(candidate.following)) return null;
  const key = normalizeName(candidate.text);
  const region = gazetteer.byName.get(`${key} region`) ?? gazetteer.byName.get(`${key} oblast`);
  return region?.find((p) => p.kind === 'region') ?? null;
}

/** "Hillsborough, Pinellas and Manatee counties": names in a list that ends in `counties`. */
const COUNTY_LIST_TAIL = /^(?:(?:,\s*|\s+and\s+|\s+or\s+)[A-Z][\p{L}'’-]+)*\s+counties\b/u;

/** A name in a list of counties means the counties of that name (the story tells which one). */
function asCounty(candidate: Candidate, gazetteer: Gazetteer): Candidate {
  if (!COUNTY_LIST_TAIL.test(candidate.following)) return candidate;
  const counties = gazetteer.byName
    .get(`${normalizeName(candidate.text)} county`)
    ?.filter((p) => p.kind === 'region');
  return counties && counties.length > 0 ? { ...candidate, options: counties } : candidate;
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
/** Called as posts are read: how many of how many (the browser's import shows it as progress). */
export type OnPosts = (done: number, total: number) => void;

function candidatesOf(entries: Entry[], gazetteer: Gazetteer, onPosts?: OnPosts): FieldCandidates[][] {
  return entries.map((entry, i) => {
    const fields = entryFields(entry).map((field) => ({
      field,
      candidates: findCandidates(field.text, gazetteer).map((c) => asCounty(c, gazetteer)),
    }));
    onPosts?.(i + 1, entries.length);
    return fields;
  });
}

function storyContext(entries: Entry[], found: FieldCandidates[][], gazetteer: Gazetteer): Context {
  const countries = new Map<string, number>();
  const regions = new Set<string>();
  const lowercaseWords = new Set<string>();
  const namesOfOthers = new Set<string>();
  const count = (code: string | undefined, weight = 1) => {
    if (code) countries.set(code, (countries.get(code) ?? 0) + weight);
  };
  for (const entry of entries) for (const name of people(entry)) namesOfOthers.add(name);
  for (const fields of found) {
    for (const { field, candidates } of fields) {
      for (const word of field.text.match(/\b[a-z][a-z]+\b/g) ?? []) lowercaseWords.add(word);
      for (const m of field.text.matchAll(NAMED_AFTER)) if (m[1]) namesOfOthers.add(m[1]);
      for (const candidate of candidates) {
        // What the story is about, at first sight: the countries it names, and those of the big cities it
        // names; a name that is a country and a region elsewhere (`Georgia`) counts for neither.
        const country = candidate.options.find((p) => p.kind === 'country');
        const elsewhere = candidate.options.some(
          (p) => p.kind === 'region' && p.countryCode !== country?.countryCode,
        );
        const anchor =
          (country && !elsewhere ? country : undefined) ?? (country ? undefined : bigCity(candidate));
        count(anchor?.countryCode, anchor === country ? 1 : 0.5);
      }
    }
  }
  for (const name of namesOfOthers)
    if (gazetteer.byName.get(normalizeName(name))?.some((p) => p.kind === 'country'))
      namesOfOthers.delete(name);
  return {
    countries,
    regions,
    regionsByCountry: new Map(),
    countriesByName: new Map(),
    lowercaseWords,
    namesOfOthers,
  };
}

/**
 * What the story is about once its names are read (the first pass): each place counts for its country,
 * as surely as it was read; each first-order division the story names counts for its country too.
 */
function readContext(base: Context, first: (Resolution | null)[], all: Found[]): Context {
  const countries = new Map<string, number>();
  const regions = new Set<string>();
  const regionsByCountry = new Map<string, number>();
  const countriesByName = new Map<string, Map<string, number>>();
  const divisions = new Map<string, number>();
  const divisionsByName = new Map<string, Map<string, number>>();
  const divisionTotals = new Map<string, number>();
  const add = (byName: Map<string, Map<string, number>>, text: string, code: string, weight: number) => {
    const own = byName.get(text) ?? new Map<string, number>();
    own.set(code, (own.get(code) ?? 0) + weight);
    byName.set(text, own);
  };
  first.forEach((r, i) => {
    const cc = r?.place.countryCode;
    if (!r || !cc) return;
    countries.set(cc, (countries.get(cc) ?? 0) + r.confidence);
    const text = all[i]?.candidate.text ?? '';
    add(countriesByName, text, cc, r.confidence);
    const division = r.place.kind === 'country' ? undefined : r.place.admin1;
    if (division) {
      divisions.set(division, (divisions.get(division) ?? 0) + r.confidence);
      add(divisionsByName, text, division, r.confidence);
      const country = countryOfDivision(division);
      divisionTotals.set(country, (divisionTotals.get(country) ?? 0) + r.confidence);
    }
    if (
      r.place.kind === 'region' &&
      r.place.featureCode === 'ADM1' &&
      r.place.admin1 &&
      !regions.has(r.place.admin1)
    ) {
      regions.add(r.place.admin1);
      regionsByCountry.set(cc, (regionsByCountry.get(cc) ?? 0) + 1);
    }
  });
  return {
    ...base,
    countries,
    regions,
    regionsByCountry,
    countriesByName,
    divisions,
    divisionsByName,
    divisionTotals,
  };
}

/** A gap between two names that makes the second qualify the first: `London, Ontario`, `Perth in Scotland`. */
const QUALIFIER_GAP = /^(?:, ?| in )$/;
/** A gap between names of one list: `Nevada, Georgia, North Carolina`, `Madrid and Valencia`. */
const LIST_GAP = /^(?:, ?|,? and |,? or | & )$/;

interface Found {
  entry: number;
  field: TextField;
  candidate: Candidate;
}

/** The first pass's reading of each candidate: what the second pass looks at around each name. */
function firstPass(all: Found[], gazetteer: Gazetteer, context: Context): (Resolution | null)[] {
  const resolve = rememberingResolver(gazetteer, context);
  return all.map(({ candidate }) => regionResolution(candidate, gazetteer) ?? resolve(candidate));
}

function regionResolution(candidate: Candidate, gazetteer: Gazetteer): Resolution | null {
  const region = regionOf(candidate, gazetteer);
  return region
    ? { place: region, confidence: 0.9, alternatives: [], why: ['named in a list of regions'] }
    : null;
}

/** One mention's surroundings, from the first pass. */
function localOf(
  i: number,
  all: Found[],
  first: (Resolution | null)[],
  bylines: Map<number, GazetteerPlace | null>,
  sameEntry: readonly number[],
): Local {
  const here = all[i] as Found;
  const gap = (a: Found, b: Found) =>
    a.field === b.field ? a.field.text.slice(a.candidate.end, b.candidate.start) : null;
  const next = all[i + 1];
  // A country's name is never qualified (`Russia, US` is a list, not a Russia in the US).
  const qualifier =
    next &&
    next.field === here.field &&
    !here.candidate.options.some((p) => p.kind === 'country') &&
    QUALIFIER_GAP.test(gap(here, next) ?? '') &&
    first[i + 1]?.place &&
    (first[i + 1]?.place.kind === 'region' || first[i + 1]?.place.kind === 'country')
      ? (first[i + 1]?.place ?? null)
      : null;
  // The list around the name: neighbours joined to it by commas, `and` or `or`.
  const peers: GazetteerPlace[] = [];
  // The countries of which every other name of the list can be a first-order region (`Florida and
  // Georgia`: both can be US states), whatever each was read as on its own.
  let peerRegions: Set<string> | null = null;
  const regionsOf = (j: number) => {
    const codes = new Set<string>();
    for (const p of all[j]?.candidate.options ?? [])
      if (p.kind === 'region' && p.featureCode === 'ADM1' && p.countryCode) codes.add(p.countryCode);
    peerRegions = peerRegions ? new Set([...peerRegions].filter((c) => codes.has(c))) : codes;
  };
  for (
    let j = i - 1;
    j >= 0 && all[j]?.field === here.field && LIST_GAP.test(gap(all[j] as Found, all[j + 1] as Found) ?? '');
    j--
  ) {
    const p = first[j]?.place;
    if (p) peers.push(p);
    if (all[j]?.candidate.text !== here.candidate.text) regionsOf(j);
  }
  for (
    let j = i + 1;
    j < all.length &&
    all[j]?.field === here.field &&
    LIST_GAP.test(gap(all[j - 1] as Found, all[j] as Found) ?? '');
    j++
  ) {
    const p = first[j]?.place;
    if (p && p !== qualifier) peers.push(p);
    if (p !== qualifier && all[j]?.candidate.text !== here.candidate.text) regionsOf(j);
  }
  const nearby: GazetteerPlace[] = [];
  for (const j of sameEntry) {
    const p = first[j];
    if (j !== i && p && p.confidence >= 0.7) nearby.push(p.place);
  }
  return {
    qualifier,
    peers,
    peerRegions: peerRegions ?? new Set<string>(),
    // In a list of names, whatever each was read as (`between Preston and Carlisle`).
    listed: peerRegions !== null,
    nearby,
    byline: bylines.get(here.entry) ?? null,
  };
}

/** Why each place of the story was chosen, for `--explain`. */
export interface Explanation {
  entry: number;
  text: string;
  placeId: string;
  name: string;
  source: string;
  confidence: number;
  why: string[];
  alternatives: string[];
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

/**
 * The words a place name in these entries may start with, folded as the gazetteer's names are: what a
 * gazetteer loaded in buckets must hold to geocode them.
 */
export function nameWords(entries: Entry[]): Set<string> {
  // The same words come back on every post: each is folded once.
  const seen = new Set<string>();
  for (const entry of entries)
    for (const field of entryFields(entry)) {
      forEachCapitalisedWord(field.text, (word) => {
        seen.add(word);
      });
    }
  const words = new Set<string>();
  for (const raw of seen) {
    const word = foldWord(raw);
    words.add(word);
    if (POSSESSIVE_END.test(word)) words.add(word.replace(POSSESSIVE_END, ''));
  }
  return words;
}

const POSSESSIVE_END = /['’]s?$/;

export interface Geocoded {
  entries: Entry[];
  places: Place[];
  explanations: Explanation[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * One name, one place, in a story: mentions of a name that nothing around them qualifies take the
 * reading its mentions are surest of together (`Kyiv … Kyiv again` is one Kyiv).
 */
function consistent(resolved: (Resolution | null)[], all: Found[], locals: Local[]): (Resolution | null)[] {
  const byName = new Map<string, Map<GazetteerPlace, { total: number; best: Resolution }>>();
  resolved.forEach((r, i) => {
    if (!r || locals[i]?.qualifier) return;
    const name = normalizeName(all[i]?.candidate.text ?? '');
    const tally = byName.get(name) ?? new Map();
    const seen = tally.get(r.place) ?? { total: 0, best: r };
    seen.total += r.confidence;
    if (r.confidence > seen.best.confidence) seen.best = r;
    tally.set(r.place, seen);
    byName.set(name, tally);
  });
  return resolved.map((r, i) => {
    if (!r || locals[i]?.qualifier) return r;
    const tally = byName.get(normalizeName(all[i]?.candidate.text ?? ''));
    if (!tally || tally.size < 2) return r;
    const winner = [...tally.values()].sort((a, b) => b.total - a.total)[0];
    return winner && winner.best.place !== r.place ? winner.best : r;
  });
}

/**
 * `London, Ontario`: a region or country that qualifies the town before it, and holds it, is confirmed by
 * it (the two readings vouch for each other).
 */
function confirmQualifiers(resolved: (Resolution | null)[], locals: Local[]): (Resolution | null)[] {
  return resolved.map((r, i) => {
    const town = resolved[i - 1];
    const qualifier = locals[i - 1]?.qualifier;
    if (!r || !town || qualifier !== r.place || !within(town.place, qualifier) || r.confidence >= 0.9)
      return r;
    return { ...r, confidence: 0.9, why: [...r.why, `qualifies ${town.place.name}, which lies in it`] };
  });
}

/** Adds `places` and `mentions` to each entry and lists the places, in order of first mention. */
export function geocodeEntries(entries: Entry[], gazetteer: Gazetteer, onPosts?: OnPosts): Geocoded {
  const found = candidatesOf(entries, gazetteer, onPosts);
  const context = storyContext(entries, found, gazetteer);
  const all: Found[] = found.flatMap((fields, entry) =>
    fields.flatMap(({ field, candidates }) => candidates.map((candidate) => ({ entry, field, candidate }))),
  );
  const first = firstPass(all, gazetteer, context);
  // The byline's place (`Reporting from Tadcaster`) is read first: it helps read the rest of its post.
  const bylines = new Map<number, GazetteerPlace | null>();
  all.forEach((f, i) => {
    if (f.field.at.block === 'byline' && first[i]) bylines.set(f.entry, first[i]?.place ?? null);
  });
  const read = readContext(context, first, all);
  // The mentions of each post, so each mention looks only at its own post's.
  const byEntry = new Map<number, number[]>();
  all.forEach((f, i) => {
    const list = byEntry.get(f.entry);
    if (list) list.push(i);
    else byEntry.set(f.entry, [i]);
  });
  const locals = all.map((f, i) => localOf(i, all, first, bylines, byEntry.get(f.entry) ?? []));
  const resolve = rememberingResolver(gazetteer, read);
  const resolved = consistent(
    confirmQualifiers(
      all.map((f, i) => regionResolution(f.candidate, gazetteer) ?? resolve(f.candidate, locals[i] as Local)),
      locals,
    ),
    all,
    locals,
  );

  const ids = new Map<string, string>();
  const used = new Set<string>();
  const places: Place[] = [];
  const confidence = new Map<string, number>();
  const explanations: Explanation[] = [];
  const idFor = (resolution: Resolution): string => {
    const { place } = resolution;
    const known = ids.get(place.key);
    if (known) return known;
    let id = slug(place.name);
    if (used.has(id)) id = `${id}-${slug(place.countryCode ?? place.kind)}`;
    for (let n = 2; used.has(id); n++) id = `${slug(place.name)}-${n}`;
    used.add(id);
    ids.set(place.key, id);
    const { name, kind, lat, lon, countryCode, bbox, source } = place;
    const alternatives = resolution.alternatives.map((a) => ({
      name: a.name,
      lat: a.lat,
      lon: a.lon,
      ...(a.countryCode ? { countryCode: a.countryCode } : {}),
      kind: a.kind,
      source: a.source,
    }));
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
      ...(alternatives.length > 0 ? { alternatives } : {}),
    });
    return id;
  };

  const mentionsByEntry = entries.map((): Mention[] => []);
  all.forEach((f, i) => {
    const resolution = resolved[i];
    if (!resolution) return;
    const placeId = idFor(resolution);
    mentionsByEntry[f.entry]?.push({
      placeId,
      ...f.field.at,
      start: f.candidate.start,
      end: f.candidate.end,
    });
    // A place is as sure as its surest mention: one clear naming settles it for the story.
    confidence.set(placeId, Math.max(confidence.get(placeId) ?? 0, resolution.confidence));
    explanations.push({
      entry: f.entry,
      text: f.candidate.text,
      placeId,
      name: resolution.place.name,
      source: resolution.place.source,
      confidence: resolution.confidence,
      why: resolution.why,
      alternatives: resolution.alternatives.map((a) => `${a.name} (${a.countryCode ?? a.kind}, ${a.source})`),
    });
  });
  const out = entries.map((entry, index) => {
    const mentions = mentionsByEntry[index] ?? [];
    return { ...entry, places: [...new Set(mentions.map((m) => m.placeId))], mentions };
  });
  const counts = new Map<string, number>();
  for (const entry of out) for (const id of entry.places) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const place of places) {
    place.entryCount = counts.get(place.id) ?? 0;
    const surest = confidence.get(place.id);
    if (surest !== undefined) place.confidence = round2(surest);
  }
  return { entries: out, places, explanations };
}

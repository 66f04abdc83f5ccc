/**
 * Which place a name means, or none: deterministic and explained. A name's readings are first sifted
 * (a person, an organisation, a storm or a fire named after a place, a common word, a village nobody
 * would name without context), then scored by their importance (a country over a region over a capital
 * over a city over a village, by population) and their coherence with the story: the countries it is
 * about, the places listed beside the name (`Nevada, Georgia, North Carolina`), a qualifier after it
 * (`London, Ontario`, `Perth in Scotland`), words before it (`the US state of Georgia`), the places near
 * it in the same post, the byline's location. The best reading is kept with a confidence, the next ones
 * as alternatives, and the reasons (`why`) for anyone tracing a wrong pin. Pure.
 */
import type { Candidate } from './candidates';
import type { Gazetteer, GazetteerPlace } from './gazetteer';
import { isCapitalized } from './names';

export interface Context {
  /** How strongly the story is about each country (its mentions, and those of places in it). */
  countries: Map<string, number>;
  /** First-order divisions (`US.GA`) the story names or names places in. */
  regions: Set<string>;
  /** For each country, how many of its first-order divisions the story names (`Nevada`, `Ohio`: US 2). */
  regionsByCountry: Map<string, number>;
  /** What each name itself adds to `countries`: a name never makes the story about its own reading. */
  countriesByName: Map<string, Map<string, number>>;
  /**
   * How strongly the story is about each first-order division (`US.CA`): the places read in it, as surely
   * as they were read. Empty before the first pass.
   */
  divisions?: Map<string, number>;
  /** What each name itself adds to `divisions`. */
  divisionsByName?: Map<string, Map<string, number>>;
  /** The sum of `divisions` for each country (`US`), the whole a division's share is taken of. */
  divisionTotals?: Map<string, number>;
  /** Words the page also uses in lower case (`police`, `reading`): common words, not town names. */
  lowercaseWords: Set<string>;
  /** Names the story gives people and storms (`Mr Jackson`, `Hurricane Milton`): not towns when alone. */
  namesOfOthers: Set<string>;
}

/** What is known around one mention: from the first pass, the readings of its neighbours. */
export interface Local {
  /** A place named right after it as its qualifier (`London, Ontario`, `Perth in Scotland`). */
  qualifier: GazetteerPlace | null;
  /** The other names of a list it stands in (`Nevada, Georgia, North Carolina`). */
  peers: GazetteerPlace[];
  /** Countries of which every other name of the list can be a first-order region (US for `Florida and Georgia`). */
  peerRegions: ReadonlySet<string>;
  /** Whether it stands in a list of other names (`Preston and Carlisle`), read or not. */
  listed: boolean;
  /** Places of the same post that are not in doubt. */
  nearby: GazetteerPlace[];
  /** The byline's place, or its country. */
  byline: GazetteerPlace | null;
}

export const NO_LOCAL: Local = {
  qualifier: null,
  peers: [],
  peerRegions: new Set(),
  listed: false,
  nearby: [],
  byline: null,
};

export interface Reading {
  place: GazetteerPlace;
  score: number;
  why: string[];
}

export interface Resolution {
  place: GazetteerPlace;
  /** 0 to 1: how sure the choice is (close rivals, or thin evidence, lower it). */
  confidence: number;
  /** The next best readings, best first (at most three). */
  alternatives: GazetteerPlace[];
  why: string[];
}

/** A city this large is named on its own in the news; smaller ones need context to be believed. */
const BIG_CITY = 100_000;
/** A city this large keeps its name inside other names ("Munich Security Conference", "Moscow says"). */
const WORLD_CITY = 500_000;
const MAX_ALTERNATIVES = 3;
/** A town this large that shares its name with a common word is believed after `in` in its country. */
const LOCATIVE_TOWN = 10_000;
/** Two places of one post this close stand side by side (a district and its neighbour, a ground and its town). */
const NEIGHBOUR_KM = 10;
/** A country's own name outweighs any town or region that shares it, unless the story says otherwise. */
const COUNTRY_IMPORTANCE = 11;

/** Capitalised words that may stand before a place name without making it part of a person's name. */
const OPEN_BEFORE = new Set(
  (
    'a an the in at on of to from for near into onto across over under outside inside around through toward towards ' +
    'and or but nor as by with without via between beyond within while when where if after before since until ' +
    'north south east west northern southern eastern western central greater upper lower inner outer occupied ' +
    'downtown rural coastal neighbouring neighboring entire all both most much many this that these those ' +
    'meanwhile however also even only just why how what who which then there here so yet still ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight'
  ).split(' '),
);
/** Capitalised words after a town's name that keep it a place ("Manchester Airport", "Rhodes Town"). */
const PLACE_AFTER =
  /^(?:Airport|Station|Harbour|Harbor|Port|Bay|Town|Old|Valley|Hills|Mountains|County|Province|Region|Oblast|District|Island|Islands|Peninsula|Coast|Lake|Dam|Airbase|Base|State|Republic)$/;
/**
 * Capitalised words after a name that make it another thing named after the town (`Independence Square`,
 * `the Hillsborough River`).
 */
const FEATURE_AFTER =
  /^(?:River|Square|Bridge|Street|Road|Avenue|Park|Hall|Palace|Cathedral|Church|Stadium|Arena|Tower|House|Gate|Gardens|Market|Prison|Barracks|Memorial|Monument|Museum|Theatre|Theater|Centre|Center|Agreement|Accord|Accords|Protocol|Treaty|Convention|Declaration|Summit|Conference|Process|Format|Group)$/;
/** Lower-case nouns after a name that make it a facility's (`Central station`, `Market line`). */
const FACILITY_AFTER =
  /^(?:station|stations|line|street|road|avenue|square|bridge|park|hospital|bank|market|court|terminal|stadium|ground)$/;
/** Capitalised words after a name that make the whole an organisation, a team or a brand. */
const ORG_AFTER =
  /^(?:Airways|Airlines|Air|Aviation|United|City|Rovers|Wanderers|Athletic|Albion|Hotspur|FC|AFC|Water|Police|Constabulary|Council|Hospital|University|College|Academy|School|Fire|Ambulance|Times|Herald|Post|Gazette|Telegraph|News|Mail|Journal|Group|Bank|Energy|Telecom|Holdings|Motors|Stock|Exchange|Securities|Capital|Partners)$/;
/**
 * Words before a city's name that make the whole a football club (`Bayern Munich`, `Inter Milan`,
 * `Real Madrid`, `Dynamo Kyiv`): the club, not the city, whatever the city's size.
 */
const CLUB_BEFORE =
  /^(?:Bayern|Inter|AC|Real|Atletico|Atlético|Athletic|Dynamo|Dinamo|Sporting|Olympique|Borussia|Hertha|Eintracht|Partizan|Shakhtar|Zenit|Spartak|Lokomotiv|CSKA|Steaua|Racing|Deportivo|Hellas|Stade|Rapid|Austria|Slavia|Sparta|Legia|Lech|Ferencvaros|Galatasaray)$/;
/**
 * `joins Norwich`, `on loan from Chelsea`, `signed from Lecce`: a transfer's words before a town's name
 * (or `on loan` after it) make the name a club's.
 */
const TRANSFER_BEFORE =
  /\b(?:joins|joined|signs for|signed for|signed from|signing from|on loan (?:from|to|at)|loan move to|loan spell at)\s$/i;
const LOAN_AFTER = /^\s+on loan\b/;
const isTransfer = (candidate: Candidate) =>
  TRANSFER_BEFORE.test(candidate.preceding) || LOAN_AFTER.test(candidate.following);
/** Words before a name that make it a place ("from Manchester told me"). */
const LOCATIVE = new Set([
  'in',
  'at',
  'from',
  'near',
  'to',
  'into',
  'outside',
  'inside',
  'across',
  'around',
  'towards',
  'toward',
  'via',
]);
/** Words after a name that make it a person speaking ("Jackson said"). */
const SPEECH =
  /^(?:said|says|say|told|tells|tell|added|adds|wrote|writes|argued|argues|warned|warns|asked|asks|replied|replies|explained|explains|insisted|insists|claimed|claims|admitted|admits)$/;
/** Titles that make the next name a person ("President Vance", "Mr Jackson", "Judge Chester"). */
const HONORIFIC =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|President|Senator|Sen|Rep|Governor|Gov|Minister|Secretary|General|Gen|Judge|Justice|Prince|Princess|King|Queen|Pope|Saint|St|Captain|Capt|Colonel|Col|Chancellor|Mayor|Prof|Professor|Rev|Father|Sister|Brother|Coach|Officer|Sgt|Lt|Detective|Inspector|Constable|Chief)\.?$/;
/** Country names that are also given names; they need the person test too. */
const PERSON_COUNTRIES = new Set([
  'Jordan',
  'Chad',
  'Georgia',
  'Israel',
  'Kenya',
  'India',
  'China',
  'America',
]);
/** `the Eaton fire`, `Hurst fires`: a fire named after a place is not that place. */
const FIRE_AFTER = /^(?:fire|fires|wildfire|wildfires|blaze|blazes|complex)$/;
/** The endings of demonyms (`Polish`, `Canadian`, `Chinese`, `Iraqi`). */
const DEMONYM = /(?:ian|ean|ese|ish|ic|i)$/;
/** `the Eaton and Hurst fires`: names in a list that ends in fires. */
const FIRE_LIST_TAIL =
  /^(?:(?:,\s*|\s+and\s+)[A-Z][\p{L}'’-]+)*\s+(?:fire|fires|wildfire|wildfires|blaze|blazes)\b/u;
/** `the US state of Georgia`, `the state of Georgia`: a region, not a country. */
const STATE_OF = /\b(?:state|province|region|oblast|county) of (?:the )?$/i;

function isOpenWord(word: string | null): boolean {
  // A possessive (`Ukraine's Zaporizhzhia region`) names a place's owner, not a person's first name.
  return word === null || !isCapitalized(word) || OPEN_BEFORE.has(word.toLowerCase()) || /['’]s?$/.test(word);
}

const KM_PER_RADIAN = 6371;
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * KM_PER_RADIAN * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How much a place matters on its own: by kind, rank and population (a log scale, about 0 to 8). */
export function importance(place: GazetteerPlace): number {
  const people = Math.log10((place.population ?? 0) + 1);
  const code = place.featureCode ?? '';
  const byKind =
    place.kind === 'country'
      ? COUNTRY_IMPORTANCE
      : place.curated
        ? 6.5
        : code === 'ADM1'
          ? 5.5
          : code === 'PPLC'
            ? 7.5
            : code === 'AIRP'
              ? 5.5
              : code === 'AIRF'
                ? 4.5
                : code === 'PPLA'
                  ? 5
                  : code === 'ADM2'
                    ? 4
                    : code === 'PPLA2'
                      ? 4
                      : 0;
  return Math.max(people, byKind);
}

/** True when `place` lies within `area` (its country, its first-order division, or its box). */
export function within(place: GazetteerPlace, area: GazetteerPlace): boolean {
  if (place === area) return false;
  if (area.kind === 'country') return place.countryCode === area.countryCode;
  if (area.admin1 && place.admin1 === area.admin1) return true;
  const box = area.bbox;
  return Boolean(
    box &&
    place.countryCode === area.countryCode &&
    place.lon >= box[0] &&
    place.lon <= box[2] &&
    place.lat >= box[1] &&
    place.lat <= box[3],
  );
}

let stems: Set<string> | null = null;

/**
 * The first four letters of every country's English name (`pola`, `iraq`, `cana`): what a demonym
 * starts with. From the runtime's own country names (Intl.DisplayNames), not from the gazetteer's
 * buckets, which hold only the names a page contains.
 */
function countryStems(): Set<string> {
  if (stems) return stems;
  stems = new Set<string>();
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return stems;
  }
  const A = 65;
  for (let i = 0; i < 26; i++)
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code) stems.add(name.slice(0, 4).toLowerCase());
    }
  return stems;
}

const ACCENTED = /[\u0300-\u036f]/;
/** A name that is a bearing and nothing else (`South-west`, `North East`, `Central`). */
const COMPASS = /^(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west|central|centre|center)$/i;

/**
 * False when a name written with accents has them where the place's name has others (`Léon` is not
 * `León`): a writer who types accents types the place's. A name written without them matches any.
 */
function sameAccents(text: string, name: string): boolean {
  const written = text.normalize('NFD');
  const own = name.normalize('NFD');
  if (!ACCENTED.test(written) || !ACCENTED.test(own)) return true;
  const marks = (s: string) => s.replace(/[^\p{L}\u0300-\u036f]/gu, '').toLowerCase();
  return marks(own).includes(marks(written));
}

/** The readings a candidate may have, sifted: none for a person, an organisation or a named event. */
function sift(candidate: Candidate, gazetteer: Gazetteer, context: Context, local: Local): GazetteerPlace[] {
  const { text, before, options, following, preceding } = candidate;
  // `Toronto FC.`: the word after a name, without the full stop that ends its sentence.
  const after = candidate.after?.replace(/\.$/, '') ?? null;
  const single = !text.includes(' ') && !text.includes('-');
  const club = before !== null && CLUB_BEFORE.test(before);
  const transfer = isTransfer(candidate);
  const honorific = before !== null && HONORIFIC.test(before);
  const personBefore = before !== null && !isOpenWord(before);
  const speaking = after !== null && SPEECH.test(after);
  const orgAfter = after !== null && ORG_AFTER.test(after);
  const inNameAfter =
    after !== null &&
    isCapitalized(after) &&
    !OPEN_BEFORE.has(after.toLowerCase()) &&
    !PLACE_AFTER.test(after);
  const locative = before !== null && LOCATIVE.has(before.toLowerCase());
  const fire = FIRE_LIST_TAIL.test(following) || (after !== null && FIRE_AFTER.test(after));
  const otherName = single && !locative && context.namesOfOthers.has(text);
  // `The Bank` (a name GeoNames gives Portsmouth, New Hampshire) is as common as `Bank`.
  const bare = single ? text : /^The [^\s-]+$/.test(text) ? text.slice(4) : null;
  const common =
    bare !== null &&
    (gazetteer.notPlaces.has(bare.toLowerCase()) || context.lowercaseWords.has(bare.toLowerCase()));
  const qualified = local.qualifier !== null;
  const stateOf = STATE_OF.test(preceding);
  const featureAfter = after !== null && FEATURE_AFTER.test(after);
  // `at Central station`: a word before a facility's noun names the facility, not a town.
  const facilityAfter = after !== null && FACILITY_AFTER.test(after);
  // `Polish officials`, `the Canadian winger`, `Atlantic allies`: a word shaped like an adjective before
  // a noun is one. Names ending in a bare `i` are towns as often as demonyms (Miami, Delhi, Dubai): they
  // count only when a country's name begins the same way (Iraqi, Israeli); `in Miami said` never does.
  const demonym =
    single &&
    !locative &&
    DEMONYM.test(text) &&
    after !== null &&
    /^[a-z]/.test(after) &&
    (!/[^aeiou]i$/i.test(text) || countryStems().has(text.slice(0, 4).toLowerCase()));
  if (honorific || orgAfter || fire || club) return [];
  return options.filter((place) => {
    // `Luís Montenegro said`: a country's name between a first name and a verb of speech is a person's.
    if (place.kind === 'country')
      return PERSON_COUNTRIES.has(text) ? !(personBefore || speaking) : !(personBefore && speaking);
    if (stateOf) return place.kind === 'region';
    if (transfer && (place.kind === 'city' || place.kind === 'region')) return false;
    const population = place.population ?? 0;
    const big = population >= WORLD_CITY;
    if (featureAfter && !big) return false;
    if (demonym && place.kind === 'city' && !big) return false;
    if (personBefore && !big) return false;
    if (inNameAfter && !big) return false;
    // `Mr Preston told me` makes Preston a man's name, but not in `between Preston and Carlisle`.
    if (otherName && !local.listed) return false;
    if (!sameAccents(text, place.name)) return false;
    // `the Gulf Coast` is a coast named after the Gulf, not the sea.
    if (place.kind === 'sea' && after === 'Coast') return false;
    // The story is about the town's country, by other names than this one.
    const own = context.countriesByName.get(text)?.get(place.countryCode ?? '') ?? 0;
    const inContext =
      place.countryCode !== undefined && (context.countries.get(place.countryCode) ?? 0) - own >= 0.5;
    // `South-west of the city`: a region named by a bearing alone (Cameroon's Southwest) only in a story
    // about its country.
    if (COMPASS.test(text) && !inContext && !qualified) return false;

    // A word or surname that is also a town is the town after `in`, `from`, `near`: a big one anywhere
    // (`in Nice`), a fair-sized one in a country the story is about (`in Hayes`, `in Bath`).
    const placedTown =
      locative &&
      !facilityAfter &&
      place.kind === 'city' &&
      (population >= BIG_CITY || (inContext && population >= LOCATIVE_TOWN));
    // A landmark's own name stays one when it is also a word (`the Pentagon`, `the Ellipse`).
    if (common && !big && !qualified && !placedTown && !place.curated) return false;
    if (place.curated || place.kind !== 'city') return true;
    if (!locative && speaking && !big) return false;
    return population >= BIG_CITY || inContext || qualified || place.featureCode === 'PPLC';
  });
}

/** The readings of a candidate that survive the sifting, scored and explained, best first. */
export function readings(
  candidate: Candidate,
  gazetteer: Gazetteer,
  context: Context,
  local: Local,
): Reading[] {
  const top = Math.max(1, ...context.countries.values());
  const scoredOptions = sift(candidate, gazetteer, context, local);
  const scored = scoredOptions.map((place): Reading => {
    const why: string[] = [];
    let score = importance(place);
    why.push(
      place.population
        ? `${place.kind}, population ${thousands(place.population)}`
        : `${place.kind}${place.featureCode ? ` (${place.featureCode})` : ''}`,
    );
    const cc = place.countryCode;
    const own = context.countriesByName.get(candidate.text)?.get(cc ?? '') ?? 0;
    const focus = cc ? Math.max(0, (context.countries.get(cc) ?? 0) - own) : 0;
    if (focus > 0) {
      // A story about a country makes its towns likelier, the more so the more they matter on their own:
      // a village of Ohio does not win `Toronto` in an American story.
      const bonus = (0.5 + 2.5 * (focus / top)) * Math.min(1, Math.max(0.3, score / 6));
      score += bonus;
      why.push(`the story is about ${cc} (+${bonus.toFixed(1)})`);
    }
    const regionsNamed = cc
      ? (context.regionsByCountry.get(cc) ?? 0) -
        (place.kind === 'region' && context.regions.has(place.admin1 ?? '') ? 1 : 0)
      : 0;
    // A region named like a big town of its country (`Kyiv`) is the town, whatever regions the story names.
    const townRival = scoredOptions.some(
      (o) => o.kind === 'city' && o.countryCode === cc && importance(o) >= importance(place),
    );
    if (place.kind === 'region' && place.featureCode === 'ADM1' && regionsNamed >= 2 && !townRival) {
      score += 2.5;
      why.push(`the story names other regions of ${cc} (+2.5)`);
    }
    // Namesakes in one country (Pasadena, Texas and Pasadena, California) are told apart by the division
    // the story is about; between countries, the country's focus already speaks.
    const namesakeElsewhere = scoredOptions.some(
      (o) => o.countryCode === cc && o.admin1 !== undefined && o.admin1 !== place.admin1,
    );
    const division = namesakeElsewhere ? divisionFocus(place, candidate.text, context) : 0;
    if (division > 0) {
      score += division;
      why.push(`the story is about ${place.admin1} (+${division.toFixed(1)})`);
    }
    if (place.admin1 && context.regions.has(place.admin1) && place.kind !== 'region') {
      score += 1;
      why.push(`in ${place.admin1}, which the story names (+1)`);
    }
    if (local.qualifier && place.kind !== 'country' && within(place, local.qualifier)) {
      score += 8;
      why.push(`qualified by ${local.qualifier.name} (+8)`);
    }
    // A list of towns that are also their provinces' names (`Kahramanmaras and Diyarbakir`) stays towns.
    const provinceTown = scoredOptions.some(
      (o) => o.kind === 'city' && o.countryCode === cc && importance(o) >= importance(place) - 0.5,
    );
    if (
      place.kind === 'region' &&
      place.featureCode === 'ADM1' &&
      cc &&
      local.peerRegions.has(cc) &&
      !provinceTown
    ) {
      score += 6;
      why.push(`listed with names that are also regions of ${cc} (+6)`);
    }
    if (local.peers.length > 0) {
      // Peers of the same kind in the same country, and (for towns) not far apart: one list, one area.
      const sameKind = local.peers.filter(
        (p) =>
          p.kind === place.kind &&
          p.countryCode === cc &&
          (place.kind !== 'city' || distanceKm(p, place) < 500),
      ).length;
      const sameCountry = local.peers.filter(
        (p) => p.countryCode === cc || (p.kind === 'country' && p.countryCode === cc),
      ).length;
      // `Kingston and Surbiton`: a town listed with its neighbour (a constituency, a borough) is that neighbour's.
      const neighbour =
        place.kind === 'city' && local.peers.some((p) => p.kind === 'city' && distanceKm(p, place) < 25);
      if (sameKind > 0) {
        const bonus = neighbour ? 6 : 4;
        score += bonus;
        why.push(`listed with ${local.peers.map((p) => p.name).join(', ')} (+${bonus})`);
      } else if (sameCountry > 0) {
        score += 1.5;
        why.push(`listed with places in ${cc} (+1.5)`);
      }
    }
    const near = local.nearby
      // Another mention of the same name is no evidence for one of its readings.
      .filter((p) => p.kind !== 'country' && !candidate.options.includes(p))
      .map((p) => ({ p, km: distanceKm(p, place) }))
      .sort((a, b) => a.km - b.km)[0];
    if (near && near.km < 200) {
      // The closer, the surer: a post's places cluster, and a namesake a few kilometres from another of
      // its places is hardly a coincidence.
      const bonus = near.km < NEIGHBOUR_KM ? 3 : near.km < 50 ? 2 : 1;
      score += bonus;
      why.push(`near ${near.p.name} (+${bonus})`);
    }
    if (
      local.byline &&
      (within(place, local.byline) ||
        (local.byline.countryCode === cc && distanceKm(local.byline, place) < 300))
    ) {
      score += 1.5;
      why.push(`near the reporter in ${local.byline.name} (+1.5)`);
    }
    if (STATE_OF.test(candidate.preceding) && place.kind === 'region') why.push('after "state of"');
    return { place, score, why };
  });
  return scored.sort((a, b) => b.score - a.score || (b.place.population ?? 0) - (a.place.population ?? 0));
}

/** `US` for `US.CA`: a GeoNames first-order code starts with its country's. */
export const countryOfDivision = (code: string) => code.split('.', 1)[0] as string;

/** A first-order division the story keeps coming back to makes its towns likelier than namesakes elsewhere. */
const DIVISION_BONUS = 2;
/** Below this weight (about one sure mention by other names), a division is no focus. */
const DIVISION_MIN = 1;

/**
 * The bonus of a reading in a division the story is about (Pasadena in an LA fires story is California's):
 * the division's share of its country's mentions, by other names than this one, up to `DIVISION_BONUS`.
 */
function divisionFocus(place: GazetteerPlace, text: string, context: Context): number {
  const { divisions, divisionsByName, divisionTotals } = context;
  const code = place.admin1;
  if (!divisions || !divisionTotals || !code || place.kind === 'country') return 0;
  const own = divisionsByName?.get(text);
  const weight = (divisions.get(code) ?? 0) - (own?.get(code) ?? 0);
  if (weight < DIVISION_MIN) return 0;
  const country = countryOfDivision(code);
  let total = divisionTotals.get(country) ?? 0;
  for (const [other, w] of own ?? []) if (countryOfDivision(other) === country) total -= w;
  return total > 0 ? Math.round(DIVISION_BONUS * (weight / total) * 10) / 10 : 0;
}

/** `314,018`: as Intl would write it in English, without Intl's cost on every reading of every name. */
function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Turns scores into a confidence: the best reading's share (a softmax), times how well it stands alone. */
function confidenceOf(scored: Reading[]): number {
  const best = scored[0] as Reading;
  const total = scored.reduce((sum, r) => sum + Math.exp(r.score - best.score), 0);
  const share = 1 / total;
  const evidence = Math.min(1, Math.max(0.3, (best.score - 2) / 6));
  return Math.round(share * evidence * 100) / 100;
}

export function resolveCandidate(
  candidate: Candidate,
  gazetteer: Gazetteer,
  context: Context,
  local: Local = NO_LOCAL,
): Resolution | null {
  const scored = readings(candidate, gazetteer, context, local);
  const best = scored[0];
  if (!best) return null;
  return {
    place: best.place,
    confidence: confidenceOf(scored),
    alternatives: scored.slice(1, 1 + MAX_ALTERNATIVES).map((r) => r.place),
    why: best.why,
  };
}

const MEMO_CONTEXT_PLACES = 32;
const keysOf = (places: readonly GazetteerPlace[]) => places.map((p) => p.key).join(',');
// A name's options are the gazetteer's own list for it, the same array at every mention.
const optionKeys = new WeakMap<readonly GazetteerPlace[], string>();
function keysOfOptions(options: readonly GazetteerPlace[]): string {
  let keys = optionKeys.get(options);
  if (keys === undefined) {
    keys = keysOf(options);
    optionKeys.set(options, keys);
  }
  return keys;
}

/**
 * All that a candidate's reading depends on, as text: its name, its options, the words and cues around
 * it that `sift` and `readings` look at, and its local context (the story's context is the pass's own).
 * A cue `sift` or `readings` comes to read from the candidate must join it here.
 */
function readingKey(candidate: Candidate, local: Local): string {
  const { text, before, after, options, following, preceding } = candidate;
  return [
    text,
    before ?? '\u0001',
    after ?? '\u0001',
    FIRE_LIST_TAIL.test(following) ? 'fire' : '',
    STATE_OF.test(preceding) ? 'state-of' : '',
    isTransfer(candidate) ? 'transfer' : '',
    keysOfOptions(options),
    local.qualifier?.key ?? '',
    keysOf(local.peers),
    [...local.peerRegions].sort().join(','),
    local.listed ? 'listed' : '',
    keysOf(local.nearby),
    local.byline?.key ?? '',
  ].join('\u0000');
}

/**
 * `resolveCandidate` for one pass over a story, remembered: a name met again in the same surroundings
 * (a story names its places over and over) is read once. Resolutions are shared, never changed.
 */
export function rememberingResolver(
  gazetteer: Gazetteer,
  context: Context,
): (candidate: Candidate, local?: Local) => Resolution | null {
  const memo = new Map<string, Resolution | null>();
  return (candidate, local = NO_LOCAL) => {
    // A post naming hundreds of places gives each mention its own long context: not worth a key.
    if (local.nearby.length + local.peers.length > MEMO_CONTEXT_PLACES)
      return resolveCandidate(candidate, gazetteer, context, local);
    const key = readingKey(candidate, local);
    let resolution = memo.get(key);
    if (resolution === undefined) {
      resolution = resolveCandidate(candidate, gazetteer, context, local);
      memo.set(key, resolution);
    }
    return resolution;
  };
}

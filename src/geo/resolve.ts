/** Chooses which place a candidate names, or none: people, organisations and common words are not places. */
import type { Candidate } from './candidates';
import type { Gazetteer, GazetteerPlace } from './gazetteer';
import { isCapitalized } from './names';

export interface Context {
  /** Countries the entry (or the story) is about: they make small towns there plausible. */
  countries: Set<string>;
  /** Words the page also uses in lower case (`police`, `reading`): common words, not town names. */
  lowercaseWords: Set<string>;
  /** Names the story gives people and storms (`Mr Jackson`, `Hurricane Milton`): not towns when alone. */
  namesOfOthers: Set<string>;
}

/** A city this large is named on its own in the news; smaller ones need context to be believed. */
const BIG_CITY = 100_000;
/** A city this large keeps its name inside other names ("Munich Security Conference", "Moscow says"). */
const WORLD_CITY = 500_000;

/** Being in a country the story names counts like a population 30 times larger: enough to pick
 *  Warsaw, Poland over Warsaw, Indiana, not enough to pick a village over a capital. */
const CONTEXT_BONUS = 1.5;

/** Capitalised words that may stand before a place name without making it part of a person's name. */
const OPEN_BEFORE = new Set(
  (
    'a an the in at on of to from for near into onto across over under outside inside around through toward towards ' +
    'and or but nor as by with without via between beyond within while when where if after before since until ' +
    'north south east west northern southern eastern western central greater upper lower inner outer occupied ' +
    'downtown rural coastal neighbouring neighboring entire all both most much many this that these those ' +
    'meanwhile however also even only just why how what who which then there here so yet still'
  ).split(' '),
);
/** Capitalised words after a town's name that keep it a place ("Manchester Airport", "Rhodes Town"). */
const PLACE_AFTER =
  /^(?:Airport|Station|Harbour|Harbor|Port|Bay|Square|Bridge|Beach|Town|City|Old|Valley|Hills|Mountains|County|Province|Region|Oblast|District|Island|Islands|Peninsula|Coast|Lake|River|Dam|Airbase|Base)$/;
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
/** Titles that make the next name a person ("President Vance", "Mr Jackson"). */
const HONORIFIC =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|President|Senator|Sen|Rep|Governor|Gov|Minister|Secretary|General|Gen|Judge|Justice|Prince|Princess|King|Queen|Pope|Saint|St|Captain|Capt|Colonel|Col|Chancellor|Mayor|Prof|Professor|Rev|Father|Sister|Brother|Coach|Officer|Sgt|Lt)\.?$/;
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

function isOpenWord(word: string | null): boolean {
  return word === null || !isCapitalized(word) || OPEN_BEFORE.has(word.toLowerCase());
}

function isCity(place: GazetteerPlace): boolean {
  return place.kind === 'city' && !place.curated;
}

function score(place: GazetteerPlace, context: Context): number {
  const inContext = place.countryCode !== undefined && context.countries.has(place.countryCode);
  const rank = place.featureCode === 'PPLC' ? 2 : place.featureCode?.startsWith('PPLA') ? 1 : 0;
  const kindBonus = place.curated ? 1000 : place.kind === 'country' ? 500 : 0;
  return kindBonus + (inContext ? CONTEXT_BONUS : 0) + Math.log10((place.population ?? 0) + 1) + rank;
}

/** The place a candidate names in its sentence, or null when it names a person, an organisation or nothing. */
export function resolveCandidate(
  candidate: Candidate,
  gazetteer: Gazetteer,
  context: Context,
): GazetteerPlace | null {
  const { text, before, after, options } = candidate;
  const single = !text.includes(' ') && !text.includes('-');
  const personBefore = before !== null && (HONORIFIC.test(before) || !isOpenWord(before));
  const speaking = after !== null && SPEECH.test(after);
  const inNameAfter =
    after !== null &&
    isCapitalized(after) &&
    !OPEN_BEFORE.has(after.toLowerCase()) &&
    !PLACE_AFTER.test(after);
  const locative = before !== null && LOCATIVE.has(before.toLowerCase());
  const otherName = single && !locative && context.namesOfOthers.has(text);
  const commonWord =
    single && (gazetteer.notPlaces.has(text) || context.lowercaseWords.has(text.toLowerCase()));

  const kept = options.filter((place) => {
    if (place.kind === 'country') {
      if (!PERSON_COUNTRIES.has(text)) return true;
      return !(personBefore || speaking || (before !== null && HONORIFIC.test(before)));
    }
    if (!isCity(place)) return !(before !== null && HONORIFIC.test(before));
    const population = place.population ?? 0;
    if (commonWord && population < WORLD_CITY) return false;
    if (gazetteer.notPlaces.has(text)) return false;
    if (before !== null && HONORIFIC.test(before)) return false;
    if (otherName) return false;
    if (inNameAfter && population < WORLD_CITY) return false;
    if (!locative && (personBefore || speaking) && population < WORLD_CITY) return false;
    const inContext = place.countryCode !== undefined && context.countries.has(place.countryCode);
    return population >= BIG_CITY || inContext;
  });
  if (kept.length === 0) return null;
  return kept.reduce((best, place) => (score(place, context) > score(best, context) ? place : best));
}

/**
 * How sure the data is of each place, in words a reader can act on. The geocoder gives each place a
 * confidence (0 to 1) and the other places its name could mean; below {@link UNSURE_BELOW} a place is shown
 * as unsure ("?") beside those alternatives, so a wrong pin is seen as a question rather than a fact.
 */
import type { Place } from './types';

/** Under this confidence a place is marked "?" (in the evaluation, pins this unsure are right far less often). */
export const UNSURE_BELOW = 0.6;

export function isUnsure(place: Pick<Place, 'confidence'>): boolean {
  return place.confidence !== undefined && place.confidence < UNSURE_BELOW;
}

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** `Jamaica` for `JM`, in the reader's language; the code itself where the runtime has no name for it. */
export function countryName(code: string, language = 'en'): string {
  let names = regionNames.get(language);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([language, 'en'], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(language, names);
  }
  try {
    return names?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

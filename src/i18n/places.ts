/** Place kinds and alternative readings, in the interface's language. */
import { countryName } from '../core/confidence';
import { getDateLocale } from '../core/format';
import type { Place, PlaceAlternative, PlaceKind } from '../core/types';
import type { MessageId, MessageValues } from './i18n';

type T = (id: MessageId, values?: MessageValues) => string;

const KIND_IDS = {
  city: 'kind.city',
  site: 'kind.site',
  landmark: 'kind.landmark',
  region: 'kind.region',
  country: 'kind.country',
  river: 'kind.river',
  sea: 'kind.sea',
  continent: 'kind.continent',
} as const satisfies Record<PlaceKind, MessageId>;

const LOWER_IDS = {
  city: 'kind.lower.city',
  site: 'kind.lower.site',
  landmark: 'kind.lower.landmark',
  region: 'kind.lower.region',
  country: 'kind.lower.country',
  river: 'kind.lower.river',
  sea: 'kind.lower.sea',
  continent: 'kind.lower.continent',
} as const satisfies Record<PlaceKind, MessageId>;

/** `City`, `Stadt`, `Місто`, `مدينة`. */
export function kindName(t: T, kind: PlaceKind): string {
  return t(KIND_IDS[kind]);
}

/** The country's name in the interface's language (Intl), the code where it has none. */
export function localCountryName(code: string): string {
  // English names are Intl's `en` ones (St. Lucia), as they always were; dates stay British.
  const locale = getDateLocale();
  return countryName(code, locale.startsWith('en') ? 'en' : locale);
}

/** `Kingston (city, Jamaica)`. */
export function describeAlternative(t: T, alternative: PlaceAlternative): string {
  const kind = t(LOWER_IDS[alternative.kind]);
  return alternative.countryCode
    ? t('place.alternativeIn', {
        name: alternative.name,
        kind,
        country: localCountryName(alternative.countryCode),
      })
    : t('place.alternative', { name: alternative.name, kind });
}

/** `Could also be Georgia (country, Georgia) or Georgia (city, United States)`; empty without alternatives. */
export function alternativesSentence(t: T, place: Pick<Place, 'alternatives'>): string {
  const names = (place.alternatives ?? []).map((a) => describeAlternative(t, a));
  if (names.length === 0) return '';
  const list = new Intl.ListFormat(getDateLocale(), { type: 'disjunction' }).format(names);
  return t('place.couldBe', { list });
}

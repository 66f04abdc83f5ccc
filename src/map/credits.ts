/** Who the map builds on, credited on the live map and on its prerendered picture alike. */
import { translate } from '../i18n/i18n';

export interface Credit {
  before: string;
  name: string;
  href: string;
  after: string;
}

/** The credits, in the interface's language (the names and licences stay as their owners write them). */
export const mapCredits = (): readonly Credit[] => [
  { before: '', name: 'Leaflet', href: 'https://leafletjs.com', after: '' },
  {
    before: `${translate('map.creditBasemap')} `,
    name: 'Natural Earth',
    href: 'https://www.naturalearthdata.com/',
    after: '',
  },
  {
    before: `${translate('map.creditPlaces')} `,
    name: 'GeoNames',
    href: 'https://www.geonames.org/',
    // The gazetteer's other sources (see the README's data sources): airports and US counties.
    after: ' (CC BY 4.0), OurAirports, US Census',
  },
];

export const CREDIT_SEPARATOR = ' · ';

/** The credits as the HTML Leaflet's attribution control takes (the text is ours, not data). */
export function creditsHtml(): string {
  return mapCredits()
    .map((c) => `${c.before}<a href="${c.href}">${c.name}</a>${c.after}`)
    .join(CREDIT_SEPARATOR);
}

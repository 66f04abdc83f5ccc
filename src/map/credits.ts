/** Who the map builds on, credited on the live map and on its prerendered picture alike. */
export interface Credit {
  before: string;
  name: string;
  href: string;
  after: string;
}

export const MAP_CREDITS: readonly Credit[] = [
  { before: '', name: 'Leaflet', href: 'https://leafletjs.com', after: '' },
  { before: 'Basemap: ', name: 'Natural Earth', href: 'https://www.naturalearthdata.com/', after: '' },
  {
    before: 'Places: ',
    name: 'GeoNames',
    href: 'https://www.geonames.org/',
    // The gazetteer's other sources (see the README's data sources): airports and US counties.
    after: ' (CC BY 4.0), OurAirports, US Census',
  },
];

export const CREDIT_SEPARATOR = ' · ';

/** The credits as the HTML Leaflet's attribution control takes (the text is ours, not data). */
export function creditsHtml(): string {
  return MAP_CREDITS.map((c) => `${c.before}<a href="${c.href}">${c.name}</a>${c.after}`).join(
    CREDIT_SEPARATOR,
  );
}

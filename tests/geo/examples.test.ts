/**
 * The misreadings users reported on real live pages (issue 13), each as a small story: the map must put
 * each name where the story means it, or leave it off.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/types';
import { geocodeEntries } from '../../src/geo/geocode';
import { gazetteer } from '../support/gazetteer';

function entry(text: string, i: number): Entry {
  return {
    id: `e${i}`,
    title: null,
    publishedAt: null,
    labels: [],
    byline: null,
    blocks: [{ type: 'paragraph', text }],
    places: [],
    mentions: [],
  };
}

interface Pin {
  name: string;
  kind: string;
  countryCode: string | undefined;
  confidence: number | undefined;
}

/** Every post's places, in order. */
function story(...posts: string[]): Pin[][] {
  const { entries, places } = geocodeEntries(posts.map(entry), gazetteer());
  const byId = new Map(places.map((p) => [p.id, p]));
  return entries.map((e) =>
    e.places.map((id) => {
      const p = byId.get(id)!;
      return { name: p.name, kind: p.kind, countryCode: p.countryCode, confidence: p.confidence };
    }),
  );
}

const names = (pins: Pin[]) => pins.map((p) => `${p.name} (${p.kind}, ${p.countryCode ?? '-'})`);

describe('places as a newsroom means them', () => {
  it('reads Georgia among swing states as the US state, sure of it', () => {
    const [first] = story(
      'Trump leads in Nevada, Georgia, North Carolina and Arizona, according to early counts.',
    );
    const georgia = first!.find((p) => p.name.startsWith('Georgia'))!;
    expect([georgia.kind, georgia.countryCode]).toEqual(['region', 'US']);
    expect(georgia.confidence).toBeGreaterThanOrEqual(0.6);
    expect(first!.map((p) => p.countryCode)).toEqual(['US', 'US', 'US', 'US']);
  });

  it('reads "the US state of Georgia" as the state', () => {
    const [first] = story('The US state of Georgia has 16 electoral votes.');
    expect(first!.map((p) => [p.kind, p.countryCode])).toEqual([['region', 'US']]);
  });

  it('puts Heathrow at London’s airport, not in Florida', () => {
    const [first] = story(
      'Flights were cancelled after the closure of Heathrow following a fire at a substation.',
    );
    expect(names(first!)).toEqual(['London Heathrow Airport (site, GB)']);
  });

  it('puts Kingston of "Kingston and Surbiton" in London, not Jamaica or Hull', () => {
    const [first] = story(
      'The Liberal Democrats won Kingston and Surbiton, while Labour took seats across London.',
    );
    expect(names(first!)).toEqual([
      'Kingston upon Thames (city, GB)',
      'Surbiton (city, GB)',
      'London (city, GB)',
    ]);
  });

  it('puts "Police in Southport" in Merseyside, not New York', () => {
    const [first] = story(
      'Police in Southport said a boy had been arrested after the stabbings in Merseyside.',
    );
    expect(names(first!)[0]).toBe('Southport (city, GB)');
  });

  it('reads Valencia beside Madrid as the Spanish city', () => {
    const [first] = story(
      'Floods hit Valencia after torrential rain; the prime minister flew in from Madrid.',
    );
    expect(names(first!)).toEqual(['Valencia (city, ES)', 'Madrid (city, ES)']);
  });

  it('never maps an airline as the sea, gulf or country in its name', () => {
    const [first] = story('Cathay Pacific, Gulf Air and Qatar Airways suspended flights to Tel Aviv.');
    expect(names(first!)).toEqual(['Tel Aviv (city, IL)']);
  });

  it('finds airports by name: Gatwick, Charles de Gaulle, Schiphol', () => {
    const [first] = story(
      'Passengers at Gatwick Airport faced delays, and queues also formed at Charles de Gaulle and Schiphol.',
    );
    expect(first!.map((p) => [p.kind, p.countryCode])).toEqual([
      ['site', 'GB'],
      ['site', 'FR'],
      ['site', 'NL'],
    ]);
    expect(first![0]!.name).toMatch(/Gatwick/);
  });

  it('reads Britain and Great Britain as the United Kingdom', () => {
    const [first, second] = story('Britain sent aid on Monday.', 'Great Britain won three golds.');
    expect(names(first!)).toEqual(['United Kingdom (country, GB)']);
    expect(names(second!)).toEqual(['United Kingdom (country, GB)']);
  });

  it('does not map a person called Chester, or a football club', () => {
    expect(story('A judge called Chester Smith ruled on Monday.', 'Manchester United beat Arsenal.')).toEqual(
      [[], []],
    );
  });

  it('shows no city for a demonym: "Polish officials"', () => {
    const [first] = story('Polish officials met Canadian diplomats in Warsaw.');
    expect(names(first!)).toEqual(['Warsaw (city, PL)']);
  });

  it('does not pin the Eaton and Hurst fires to towns of that name', () => {
    const [first] = story('Firefighters battled the Eaton and Hurst fires near Los Angeles.');
    expect(names(first!)).toEqual(['Los Angeles (city, US)']);
  });

  it('follows qualifiers: Perth, Western Australia; London, Ontario; Perth in Scotland', () => {
    const [first] = story(
      'Perth, Western Australia, and London, Ontario, were hit by storms. So was Perth in Scotland.',
    );
    expect(names(first!)).toEqual([
      'Perth (city, AU)',
      'Western Australia (region, AU)',
      'London (city, CA)',
      'Ontario (region, CA)',
      'Perth (city, GB)',
      'Scotland (region, GB)',
    ]);
    expect(first!.every((p) => (p.confidence ?? 0) >= 0.6)).toBe(true);
  });

  it('finds small places the story needs: Holborn, Cumbernauld, Svitlodarsk', () => {
    const [first, second] = story(
      'Police in Holborn, central London, and officers in Cumbernauld in Scotland were called.',
      'Russian forces captured Svitlodarsk in the Donetsk region of Ukraine.',
    );
    expect(names(first!)).toEqual([
      'Holborn (city, GB)',
      'London (city, GB)',
      'Cumbernauld (city, GB)',
      'Scotland (region, GB)',
    ]);
    expect(second!.map((p) => [p.kind, p.countryCode])).toContainEqual(['city', 'UA']);
    expect(second![0]!.name).toMatch(/^Sv[ie]t?l[oa]dar?sk$/);
  });

  it('finds the Vatican’s landmarks, and Santa Maria Maggiore as the basilica, not a town', () => {
    const [first] = story(
      "Crowds gathered in St Peter's Square as the bells of St Peter's Basilica rang in Rome. The Pope will be buried at Santa Maria Maggiore.",
    );
    expect(names(first!)).toEqual([
      "St Peter's Square (landmark, VA)",
      "St Peter's Basilica (landmark, VA)",
      'Rome (city, IT)',
      'Santa Maria Maggiore (landmark, IT)',
    ]);
  });

  it('finds Runyon Canyon in Los Angeles', () => {
    const [first] = story('A brush fire broke out in Runyon Canyon, in the Hollywood Hills of Los Angeles.');
    expect(names(first!)).toContain('Runyon Canyon (site, US)');
  });

  it('reads US states listed together as US states, even on a Caribbean page', () => {
    const [, second] = story(
      'The storm crossed Jamaica and Cuba, where Santiago de Cuba was evacuated.',
      'Forecasters in Miami say Florida and Georgia emergency managers are watching its track.',
    );
    expect(names(second!)).toEqual([
      'Miami (city, US)',
      'Florida (region, US)',
      'Georgia (US state) (region, US)',
    ]);
  });

  it('never takes a town ending in "i" for a demonym, but still knows Iraqi and Israeli', () => {
    const [first, second] = story(
      'Officials in Miami said the storm was close.',
      'Iraqi troops and Israeli jets moved.',
    );
    expect(names(first!)).toEqual(['Miami (city, US)']);
    expect(names(second!)).toEqual([]);
  });

  it('tells namesakes in one country apart by the state the story is about: Pasadena', () => {
    const pasadena = (...posts: string[]) =>
      geocodeEntries(posts.map(entry), gazetteer()).places.find((p) => p.name === 'Pasadena');
    const california = pasadena(
      'Fires burn across Los Angeles; Santa Monica and Burbank are under warnings.',
      'Schools in Pasadena will stay closed.',
    );
    const texas = pasadena(
      'Floods hit Houston; Galveston and Baytown are under warnings.',
      'Schools in Pasadena will stay closed.',
    );
    // California's Pasadena lies some 23 degrees west of Texas's.
    expect(california?.lon).toBeLessThan(-117);
    expect(texas?.lon).toBeGreaterThan(-96);
  });

  it('puts a namesake beside the post’s other places: Brentwood by Pacific Palisades', () => {
    // Brentwood, New York, has sixty times the people on record of Brentwood, Los Angeles, 5 km from
    // the Palisades.
    const { places } = geocodeEntries(
      [
        entry(
          'Evacuations were ordered in Pacific Palisades. Residents of Brentwood were told to be ready to leave.',
          0,
        ),
      ],
      gazetteer(),
    );
    const brentwood = places.find((p) => p.name === 'Brentwood')!;
    expect(brentwood.lat).toBeCloseTo(34.05, 1);
    expect(brentwood.lon).toBeCloseTo(-118.47, 1);
  });

  it('takes no second mention of a name as evidence for one of its readings: Paris stays the city', () => {
    const [first] = story(
      'Fireworks lit up Paris and Berlin at midnight. In Paris, crowds filled the streets; in Berlin, the Brandenburg Gate.',
    );
    expect(names(first!)).toEqual([
      'Paris (city, FR)',
      'Berlin (city, DE)',
      'Brandenburg Gate (landmark, DE)',
    ]);
  });

  it('believes a town named like a surname after "in" in the story’s country, not before a facility’s noun', () => {
    const [fire, gates] = story(
      'The closure of Heathrow follows a fire at a substation in Hayes, west London.',
      'Ticket gates at stations in Sydney are refusing cards; officials opened the gates at Central station.',
      // A story about the US too: there are towns called Central there.
      'Cards also failed in New York, Chicago and Texas.',
    );
    expect(names(fire!)).toEqual([
      'London Heathrow Airport (site, GB)',
      'Hayes (city, GB)',
      'London (city, GB)',
    ]);
    expect(names(gates!)).toEqual(['Sydney (city, AU)']);
  });

  it('finds the landmarks a story names, a landmark named like a word too', () => {
    const [rally, travel, rome] = story(
      'Harris gave her closing argument on the Ellipse; Trump held a rally at Madison Square Garden.',
      'Trains out of Euston station were cancelled.',
      'The procession passed the Colosseum on its way to Santa Maria Maggiore.',
    );
    expect(names(rally!)).toEqual(['The Ellipse (site, US)', 'Madison Square Garden (landmark, US)']);
    expect(names(travel!)).toEqual(['Euston station (landmark, GB)']);
    expect(names(rome!)).toEqual(['Colosseum (landmark, IT)', 'Santa Maria Maggiore (landmark, IT)']);
  });

  it('maps no place for "The" and a common word, names GeoNames gives towns (The Bank, The city)', () => {
    expect(story('The Bank said rates would hold.', 'The city has closed these bridges.')).toEqual([[], []]);
  });

  it('maps no town for a club named by its town in a transfer (joins Norwich, on loan from Chelsea)', () => {
    const [deals, moves] = story(
      'Kessler joins Norwich from Toronto FC. Disasi joins Aston Villa on loan from Chelsea; Dorgu was signed from Lecce.',
      'Tel moved to Tottenham on loan. His family moved to London, and Britain joined France in welcoming the deal.',
    );
    expect(names(deals!)).toEqual([]);
    expect(names(moves!)).toEqual([
      'London (city, GB)',
      'United Kingdom (country, GB)',
      'France (country, FR)',
    ]);
  });

  it('reads a list of counties as counties, the state the story is about telling which', () => {
    const { places } = geocodeEntries(
      [
        entry('The storm is heading for Tampa, Orlando and Sarasota; Florida is bracing for it.', 0),
        entry('Evacuations were ordered in Hillsborough and Pinellas counties.', 1),
      ],
      gazetteer(),
    );
    const county = places.find((p) => p.name.startsWith('Hillsborough'));
    expect(county?.name).toBe('Hillsborough County');
    // Florida's Hillsborough County, not New Hampshire's.
    expect(county?.lat).toBeLessThan(30);
  });

  it('maps no town inside a river’s or a coast’s name, and no sea for "the Gulf Coast"', () => {
    const [river, coast] = story(
      'In Tampa, Florida, the Hillsborough River burst its banks overnight.',
      'Damage along the Gulf Coast is widespread.',
    );
    expect(names(river!)).toEqual(['Tampa (city, US)', 'Florida (region, US)']);
    expect(names(coast!)).toEqual([]);
  });

  it('takes no name written with other accents for a place (Léon is not León)', () => {
    const [swimmer, city] = story('Léon Marchand won gold again.', 'Flights to León were cancelled.');
    expect(names(swimmer!)).toEqual([]);
    expect(names(city!)).toEqual(['León de los Aldama (city, MX)']);
  });

  it('keeps a town that is also a man’s name in a list of places: between Preston and Carlisle', () => {
    const [man, line] = story(
      '"The water came fast," Mr Preston told me in Keswick, England.',
      'The line is closed between Preston and Carlisle.',
    );
    expect(names(man!)).not.toContain('Preston (city, GB)');
    expect(names(line!)).toEqual(['Preston (city, GB)', 'Carlisle (city, GB)']);
  });

  it('maps no region named by a bearing alone in a story about another country', () => {
    const [paris] = story('The riders left Paris. South-west of the city, the course runs through woods.');
    expect(names(paris!)).toEqual(['Paris (city, FR)']);
  });

  it('maps no city inside a club’s name (Bayern Munich, Toronto FC), nor a country as a person’s surname', () => {
    const [clubs, person, day] = story(
      'Mathys Tel moved on loan from Bayern Munich after a spell at Toronto FC.',
      "Portugal's Prime Minister Luís Montenegro said there was no cyber-attack.",
      'On Sunday Iran said talks would resume.',
    );
    expect(names(clubs!)).toEqual([]);
    expect(names(person!)).toEqual(['Portugal (country, PT)']);
    expect(names(day!)).toEqual(['Iran (country, IR)']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/types';
import { geocodeEntries, nameWords } from '../../src/geo/geocode';
import { foldWord, isCapitalized, tokenize } from '../../src/geo/names';
import { gazetteer } from '../support/gazetteer';

function entry(text: string, extra: Partial<Entry> = {}): Entry {
  return {
    id: `e-${text.length}-${text.slice(0, 8)}`,
    title: null,
    publishedAt: null,
    labels: [],
    byline: null,
    blocks: [{ type: 'paragraph', text }],
    places: [],
    mentions: [],
    ...extra,
  };
}

/** The places of each entry as "Name (kind, CC)". */
function placesOf(...texts: (string | Entry)[]): string[][] {
  const { entries, places } = geocodeEntries(
    texts.map((t) => (typeof t === 'string' ? entry(t) : t)),
    gazetteer(),
  );
  const byId = new Map(places.map((p) => [p.id, p]));
  return entries.map((e) =>
    e.places.map((id) => {
      const p = byId.get(id)!;
      return `${p.name} (${p.kind}${p.countryCode ? `, ${p.countryCode}` : ''})`;
    }),
  );
}

describe('geocodeEntries(entries, gazetteer)', () => {
  it('takes Warsaw for the Polish capital, not Warsaw, Indiana', () => {
    expect(placesOf('Talks were held in Warsaw on Friday.')[0]).toEqual(['Warsaw (city, PL)']);
  });

  it('tells the Zaporizhzhia nuclear plant, the region and the city apart', () => {
    expect(placesOf('Shelling near the Zaporizhzhia nuclear power plant worries the IAEA.')[0]).toEqual([
      'Zaporizhzhia nuclear power plant (site, UA)',
    ]);
    expect(placesOf('Villages in the Zaporizhzhia region were evacuated.')[0]).toEqual([
      'Zaporizhzhia region (region, UA)',
    ]);
    expect(placesOf('A drone hit a block of flats in Zaporizhzhia overnight.')[0]).toEqual([
      'Zaporizhzhia (city, UA)',
    ]);
  });

  it('reads "Donetsk, Luhansk and Zaporizhzhia regions" as three regions', () => {
    expect(placesOf('Russia holds parts of Donetsk, Luhansk and Zaporizhzhia regions.')[0]).toEqual([
      'Russia (country, RU)',
      'Donetsk region (region, UA)',
      'Luhansk region (region, UA)',
      'Zaporizhzhia region (region, UA)',
    ]);
  });

  it('does not take people, agencies or organisations for places', () => {
    expect(placesOf('Vance met Nato officials, Reuters and Tass report.')[0]).toEqual([]);
    expect(placesOf('The actor Florence Pugh said she was delighted.')[0]).toEqual([]);
    expect(
      placesOf('Mr Jackson said the vote was close. Jackson added that he would stand again.')[0],
    ).toEqual([]);
    expect(placesOf('Hurricane Milton made landfall. Milton is expected to weaken.')[0]).toEqual([]);
    expect(placesOf('She is an associate fellow at Chatham House.')[0]).toEqual([]);
    expect(placesOf('The EU has agreed new sanctions.')[0]).toEqual([]);
  });

  it('still finds a city named after a person when the text puts it on the map', () => {
    expect(placesOf('Tourists in Florence were told to stay indoors.')[0]).toEqual(['Florence (city, IT)']);
  });

  it('lists landmarks that stand for a city under their own names, beside the city', () => {
    expect(placesOf('The Kremlin and Downing Street both commented, as did the White House.')[0]).toEqual([
      'Kremlin (landmark, RU)',
      'Downing Street (landmark, GB)',
      'White House (landmark, US)',
    ]);
  });

  it('finds names with accents, possessives and old spellings', () => {
    expect(placesOf("Kiev's mayor spoke. Rescuers reached Kahramanmaras and Diyarbakir.")[0]).toEqual([
      'Kyiv (city, UA)',
      'Kahramanmaraş (city, TR)',
      'Diyarbakır (city, TR)',
    ]);
  });

  it('uses the countries a story names to accept its small towns', () => {
    const [first, second] = placesOf(
      'Fighting continues in Ukraine.',
      'Malokaterynivka sits near the front line.',
    );
    expect(first).toEqual(['Ukraine (country, UA)']);
    expect(second).toEqual(['Malokaterynivka (city, UA)']);
    expect(placesOf('Malokaterynivka sits near the front line.')[0]).toEqual([]);
  });

  it('puts a correspondent "Reporting from Warsaw" in Warsaw, first after the title', () => {
    const [places] = placesOf(
      entry('Officials met at the ministry.', {
        title: 'Hegseth arrives in Poland',
        byline: { name: 'Will Vernon', location: 'Warsaw' },
      }),
    );
    expect(places).toEqual(['Poland (country, PL)', 'Warsaw (city, PL)']);
  });

  it('records each mention with its block and offsets', () => {
    const { entries } = geocodeEntries([entry('From Kyiv to Lviv.')], gazetteer());
    expect(entries[0]?.mentions).toEqual([
      { placeId: 'kyiv', block: 0, start: 5, end: 9 },
      { placeId: 'lviv', block: 0, start: 13, end: 17 },
    ]);
  });

  it('counts the entries that mention each place', () => {
    const { places } = geocodeEntries(
      [entry('Kyiv and Kyiv again.'), entry('Kyiv.'), entry('Lviv.')],
      gazetteer(),
    );
    expect(places.map((p) => [p.id, p.entryCount])).toEqual([
      ['kyiv', 2],
      ['lviv', 1],
    ]);
  });
});

describe('nameWords(entries)', () => {
  it('lists the folded capitalised words exactly as the tokenizer cuts them, with possessives bare', () => {
    const text =
      "Kyiv's mayor met McDonald's staff in D.C. and São Paulo; iPhone sales, O'Neill, St. Petersburg – Zürich.";
    const expected = new Set<string>();
    for (const t of tokenize(text)) {
      if (!isCapitalized(t.text)) continue;
      const w = foldWord(t.text);
      expected.add(w);
      expected.add(w.replace(/['’]s?$/, ''));
    }
    expect(nameWords([entry(text)])).toEqual(expected);
  });
});

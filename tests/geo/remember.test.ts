/**
 * The geocoder reads a name once per pass for each set of surroundings it meets it in (a story names its
 * places over and over): what it remembers must be what it would have read, cue for cue.
 */
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../src/geo/candidates';
import { NO_LOCAL, rememberingResolver, resolveCandidate, type Context } from '../../src/geo/resolve';
import { gazetteer } from '../support/gazetteer';

const quiet = (): Context => ({
  countries: new Map(),
  regions: new Set(),
  regionsByCountry: new Map(),
  countriesByName: new Map(),
  lowercaseWords: new Set(),
  namesOfOthers: new Set(),
});

const TEXT =
  'The coast of Georgia has storms. Crews fought the Kingston and Hurst fires. The coast of Georgia has ports. ' +
  'Crews fought the Kingston and Hurst crews. Police in Paris said so. Paris Hilton said so. The US agrees.';

describe('a remembered reading', () => {
  const candidates = findCandidates(TEXT, gazetteer());

  it('is the reading itself, for every name, whatever was met before it', () => {
    const remembered = rememberingResolver(gazetteer(), quiet());
    const names = candidates.map((c) => c.text);
    expect(names.filter((n) => n === 'Georgia')).toHaveLength(2);
    expect(names.filter((n) => n === 'Kingston')).toHaveLength(2);
    for (const candidate of candidates) {
      const direct = resolveCandidate(candidate, gazetteer(), quiet());
      expect(remembered(candidate)?.place.key ?? null, candidate.text).toBe(direct?.place.key ?? null);
      expect(remembered(candidate)?.confidence).toBe(direct?.confidence);
    }
  });

  it('tells apart the same words in different cues: "the Kingston and Hurst fires" are fires, not towns', () => {
    const remembered = rememberingResolver(gazetteer(), quiet());
    const [fires, crews] = candidates.filter((c) => c.text === 'Kingston');
    expect([fires!.before, fires!.after]).toEqual([crews!.before, crews!.after]);
    expect(remembered(fires!)).toBeNull();
    expect(remembered(crews!)?.place.kind).toBe('city');
    const [coast, again] = candidates.filter((c) => c.text === 'Georgia');
    expect(remembered(again!)).toBe(remembered(coast!));
  });

  it('tells apart a transfer from a trip: "on loan from Norwich" is the club, "home from Norwich" the city', () => {
    const remembered = rememberingResolver(gazetteer(), quiet());
    const [club, city] = findCandidates(
      'He moved on loan from Norwich in May. He drove home from Norwich in May.',
      gazetteer(),
    ).filter((c) => c.text === 'Norwich');
    expect([club!.before, club!.after]).toEqual([city!.before, city!.after]);
    expect(remembered(club!)).toBeNull();
    expect(remembered(city!)?.place.name).toBe('Norwich');
  });

  it('tells apart a man’s name alone from the same name in a list of places', () => {
    const context: Context = {
      ...quiet(),
      namesOfOthers: new Set(['Preston']),
      countries: new Map([['GB', 2]]),
    };
    const remembered = rememberingResolver(gazetteer(), context);
    const [preston] = findCandidates('Police said Preston was closed.', gazetteer()).filter(
      (c) => c.text === 'Preston',
    );
    expect(remembered(preston!, NO_LOCAL)).toBeNull();
    expect(remembered(preston!, { ...NO_LOCAL, listed: true })?.place.countryCode).toBe('GB');
  });

  it('tells apart the same name in different local contexts', () => {
    const remembered = rememberingResolver(gazetteer(), quiet());
    const [coast] = candidates.filter((c) => c.text === 'Georgia');
    const us = resolveCandidate(
      candidates.find((c) => c.text === 'US')!,
      gazetteer(),
      quiet(),
    )!.place;
    const plain = remembered(coast!, NO_LOCAL);
    const qualified = remembered(coast!, { ...NO_LOCAL, qualifier: us });
    expect(qualified).toEqual(resolveCandidate(coast!, gazetteer(), quiet(), { ...NO_LOCAL, qualifier: us }));
    expect(qualified?.place.key).not.toBe(plain?.place.key);
  });
});

describe('where a name may start', () => {
  const names = (text: string) => findCandidates(text, gazetteer()).map((c) => c.text);

  it('at a capital that starts a word, never inside one', () => {
    expect(names('Flights to Paris (Paris) and “Paris”.')).toEqual(['Paris', 'Paris', 'Paris']);
    expect(names('iParis, 3Paris, see.Paris, d’Paris')).toEqual([]);
    // A letter outside the Basic Multilingual Plane (two UTF-16 units) is a letter too.
    expect(names('𝐀Paris and 𝐀.Paris')).toEqual([]);
    expect(names('… Paris. ’Paris')).toEqual(['Paris', 'Paris']);
  });
});

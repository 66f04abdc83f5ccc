/** Alternative readings of a place, as the table of places and the place fixer say them (in English). */
import { beforeEach, describe, expect, it } from 'vitest';
import { activateLanguage, translate } from '../../src/i18n/i18n';
import { alternativesSentence, describeAlternative } from '../../src/i18n/places';

beforeEach(() => activateLanguage('en'));

describe('alternative readings', () => {
  it('tells an alternative apart by kind and country', () => {
    expect(
      describeAlternative(translate, {
        name: 'Kingston',
        lat: 18,
        lon: -76.8,
        countryCode: 'JM',
        kind: 'city',
        source: 'geonames:3489854',
      }),
    ).toBe('Kingston (city, Jamaica)');
    expect(
      describeAlternative(translate, { name: 'North Sea', lat: 56, lon: 3, kind: 'sea', source: 'curated' }),
    ).toBe('North Sea (sea)');
  });

  it('lists one, two or three alternatives as a sentence', () => {
    const alt = (name: string) => ({ name, lat: 0, lon: 0, kind: 'city' as const, source: 's' });
    expect(alternativesSentence(translate, {})).toBe('');
    expect(alternativesSentence(translate, { alternatives: [alt('A')] })).toBe('Could also be A (city)');
    expect(alternativesSentence(translate, { alternatives: [alt('A'), alt('B'), alt('C')] })).toBe(
      'Could also be A (city), B (city) or C (city)',
    );
  });
});

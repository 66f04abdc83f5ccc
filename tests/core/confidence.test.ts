import { describe, expect, it } from 'vitest';
import {
  alternativesSentence,
  countryName,
  describeAlternative,
  isUnsure,
  UNSURE_BELOW,
} from '../../src/core/confidence';

describe('confidence', () => {
  it('calls a place unsure only below the line, and never one placed by hand', () => {
    expect(isUnsure({ confidence: UNSURE_BELOW - 0.01 })).toBe(true);
    expect(isUnsure({ confidence: UNSURE_BELOW })).toBe(false);
    expect(isUnsure({})).toBe(false);
  });

  it('names countries in the reader’s language, and keeps a code it cannot name', () => {
    expect(countryName('JM')).toBe('Jamaica');
    expect(countryName('gb')).toBe('United Kingdom');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('not a code')).toBe('not a code');
  });

  it('tells an alternative apart by kind and country', () => {
    expect(
      describeAlternative({
        name: 'Kingston',
        lat: 18,
        lon: -76.8,
        countryCode: 'JM',
        kind: 'city',
        source: 'geonames:3489854',
      }),
    ).toBe('Kingston (city, Jamaica)');
    expect(describeAlternative({ name: 'North Sea', lat: 56, lon: 3, kind: 'sea', source: 'curated' })).toBe(
      'North Sea (sea)',
    );
  });

  it('lists one, two or three alternatives as a sentence', () => {
    const alt = (name: string) => ({ name, lat: 0, lon: 0, kind: 'city' as const, source: 's' });
    expect(alternativesSentence({})).toBe('');
    expect(alternativesSentence({ alternatives: [alt('A')] })).toBe('Could also be A (city)');
    expect(alternativesSentence({ alternatives: [alt('A'), alt('B'), alt('C')] })).toBe(
      'Could also be A (city), B (city) or C (city)',
    );
  });
});

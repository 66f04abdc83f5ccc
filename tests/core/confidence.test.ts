import { describe, expect, it } from 'vitest';
import { countryName, isUnsure, UNSURE_BELOW } from '../../src/core/confidence';

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
});

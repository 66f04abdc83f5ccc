import { describe, expect, it } from 'vitest';
import { searchGazetteer, searchWords } from '../../src/geo/search';
import { gazetteer } from '../support/gazetteer';

describe('searchGazetteer: a reader looking for the right place', () => {
  const g = gazetteer();

  it('lists every place of the name, countries and regions before towns of the same name', () => {
    const found = searchGazetteer(g, 'Georgia');
    expect(found[0]?.key).toBe('natural-earth:GE');
    expect(found.map((p) => p.key)).toContain('natural-earth:admin1:US-GA');
    expect(found.findIndex((p) => p.kind === 'city')).toBeGreaterThan(1);
  });

  it('finds longer names that begin with the words typed, exact names first', () => {
    const found = searchGazetteer(g, 'kingston');
    expect(found[0]?.name).toMatch(/^Kingston/);
    expect(found.some((p) => p.name === 'Kingston upon Hull')).toBe(true);
    expect(found.findIndex((p) => p.name === 'Kingston upon Hull')).toBeGreaterThan(
      found.findIndex((p) => p.name === 'Kingston'),
    );
  });

  it('finds nothing for nothing, and at most the limit', () => {
    expect(searchGazetteer(g, '   ')).toEqual([]);
    expect(searchGazetteer(g, 'Zzyzxqq')).toEqual([]);
    expect(searchGazetteer(g, 'San', 5)).toHaveLength(5);
  });

  it('needs only the bucket of the first word', () => {
    expect(searchWords('  Santiago de Cuba ')).toEqual(['santiago']);
    expect(searchWords('')).toEqual([]);
  });
});

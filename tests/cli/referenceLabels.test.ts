/** The basemap's reference labels, built from Natural Earth, GeoNames and the curated seas. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { referenceLabels } from '../../cli/referenceLabels';

const require = createRequire(import.meta.url);
const labels = referenceLabels(require('i18n-iso-countries') as typeof import('i18n-iso-countries'));
const find = (kind: string, name: string) => labels.find((l) => l.kind === kind && l.name === name);

describe('referenceLabels()', () => {
  it('names countries inside their largest part, with their code (Norway, not in the sea; Russia in Siberia)', () => {
    const norway = find('country', 'Norway');
    expect(norway).toMatchObject({ code: 'NO' });
    expect(norway?.lat).toBeGreaterThan(58);
    expect(norway?.lat).toBeLessThan(71);
    expect(norway?.lon).toBeGreaterThan(5);
    expect(norway?.lon).toBeLessThan(31);
    const russia = find('country', 'Russia');
    expect(russia?.lon).toBeGreaterThan(40);
    expect(russia?.minZoom).toBe(2);
  });

  it('has the capitals GeoNames marks (PPLC), the bigger shown sooner', () => {
    expect(find('capital', 'Kyiv')).toMatchObject({ minZoom: 4 });
    expect(find('capital', 'Vaduz')?.minZoom).toBe(5);
    expect(labels.filter((l) => l.kind === 'capital').length).toBeGreaterThan(180);
  });

  it('has the curated seas and oceans, oceans from afar', () => {
    expect(find('sea', 'Pacific Ocean')?.minZoom).toBe(1);
    expect(find('sea', 'Black Sea')?.minZoom).toBeGreaterThan(1);
  });
});

import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/core/types';
import { clusterIcon, placeIcon } from '../../src/map/icons';

const place = (over: Partial<Place>): Place => ({
  id: 'georgia',
  name: 'Georgia',
  kind: 'region',
  lat: 32.6,
  lon: -83.4,
  source: 'natural-earth:admin1:US-GA',
  entryCount: 2,
  ...over,
});

describe('place icons', () => {
  it('draws an unsure pin with a dashed ring class and a “?” after its name', () => {
    const icon = placeIcon(place({ confidence: 0.4 }));
    expect(icon.options.className).toContain('is-unsure');
    expect(String(icon.options.html)).toContain('Georgia<span class="marker-unsure"> ?</span>');
  });

  it('draws a sure pin without them, even for the same place', () => {
    const icon = placeIcon(place({ confidence: 0.9 }));
    expect(icon.options.className).not.toContain('is-unsure');
    expect(String(icon.options.html)).not.toContain('?');
  });

  it('escapes the place’s name', () => {
    expect(String(placeIcon(place({ id: 'x', name: '<b>&' })).options.html)).toContain('&#60;b&#62;&#38;');
  });
});

describe('marker sizes', () => {
  const sizeOf = (icon: ReturnType<typeof placeIcon>) => (icon.options.iconSize as [number, number])[0];

  it('grow with the posts that name a place, but never past a size that would cover its region', () => {
    const sizes = [1, 2, 5, 20, 100, 5_000].map((n) => sizeOf(placeIcon(place({ entryCount: n }))));
    expect(sizes[0]).toBeLessThan(sizes[2] as number);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(48);
  });

  it('grow with the places a cluster holds, up to a limit, so that clusters of thousands do not pile up', () => {
    const sizes = [2, 5, 20, 1_000, 100_000].map((n) => sizeOf(clusterIcon(n)));
    expect(sizes[0]).toBeLessThan(sizes[1] as number);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(60);
  });
});

/** A post's framing: its places near where the story happens, and pointers at the edge to the far ones. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/core/types';
import { edgePoint } from '../../src/map/edgePointers';
import { framing, storyCentre } from '../../src/map/geometry';

const place = (id: string, kind: Place['kind'], lat: number, lon: number, entryCount = 1): Place =>
  ({ id, name: id, kind, lat, lon, entryCount }) as Place;

const KYIV = place('Kyiv', 'city', 50.45, 30.52, 6);
const MUNICH = place('Munich', 'city', 48.14, 11.58, 9);
const MOSCOW = place('Moscow', 'city', 55.75, 37.62, 2);
const WASHINGTON = place('Washington', 'city', 38.9, -77.04, 2);
const US = place('United States', 'country', 39.8, -98.6, 12);
const STORY = [KYIV, MUNICH, MOSCOW, WASHINGTON, US];

describe('framing(places, centre)', () => {
  const centre = storyCentre(STORY);

  it('takes the story’s centre from its points, weighted by posts (not from a country’s middle)', () => {
    expect(centre?.lat).toBeCloseTo(48.14);
    expect(centre?.lon).toBeCloseTo(11.58);
  });

  it('frames a post’s near places and points to its far one, instead of spanning the Atlantic', () => {
    expect(framing([US, MOSCOW, WASHINGTON], centre)).toEqual({ framed: [MOSCOW], far: [WASHINGTON] });
  });

  it('frames a post that happens only far away where it happens, with no pointer', () => {
    expect(framing([US, WASHINGTON], centre)).toEqual({ framed: [WASHINGTON], far: [] });
  });

  it('frames a post with no points by its areas', () => {
    expect(framing([US], centre)).toEqual({ framed: [US], far: [] });
  });
});

/** The weighted median the slow way: sorted, then the first value where half the weight is reached. */
function sortedMedian(values: number[], weights: number[]): number {
  const sorted = values.map((value, i) => ({ value, weight: weights[i] as number }));
  sorted.sort((a, b) => a.value - b.value);
  const half = sorted.reduce((sum, v) => sum + v.weight, 0) / 2;
  let acc = 0;
  for (const v of sorted) {
    acc += v.weight;
    if (acc >= half) return v.value;
  }
  return sorted[sorted.length - 1]?.value ?? 0;
}

describe('storyCentre(places)', () => {
  it('is the weighted median of the points, as sorting them would give, with ties and unmentioned places', () => {
    // Few distinct values (many ties) and weights of 0 are the cases a selection gets wrong.
    const points = fc.array(
      fc.record({
        lat: fc.integer({ min: -8, max: 8 }).map((v) => v * 10),
        lon: fc.integer({ min: -5, max: 5 }).map((v) => v * 30),
        weight: fc.integer({ min: 0, max: 4 }),
      }),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(points, (rows) => {
        const places = rows.map((r, i) => place(`p${i}`, 'city', r.lat, r.lon, r.weight));
        const weights = rows.map((r) => r.weight);
        expect(storyCentre(places)).toEqual({
          lat: sortedMedian(
            rows.map((r) => r.lat),
            weights,
          ),
          lon: sortedMedian(
            rows.map((r) => r.lon),
            weights,
          ),
        });
      }),
      { numRuns: 500 },
    );
  });

  it('finds the centre of 100,000 places at one spot, ties and all, as quickly as of a few', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => place(`p${i}`, 'city', 50, 30, 1));
    expect(storyCentre([...many, KYIV])).toEqual({ lat: 50, lon: 30 });
  });

  it('is null with no points', () => {
    expect(storyCentre([US])).toBeNull();
  });
});

describe('edgePoint(target, width, height, inset)', () => {
  it('is null for a place inside the map', () => {
    expect(edgePoint({ x: 500, y: 300 }, 800, 600, 50)).toBeNull();
  });

  it('puts a place far to the west on the left edge, level with it, named west', () => {
    const at = edgePoint({ x: -3000, y: 300 }, 800, 600, 50);
    expect(at).toMatchObject({ x: 50, y: 300, direction: 'w' });
  });

  it('follows the line from the centre to the place, stopping inside the inset', () => {
    const at = edgePoint({ x: 400 + 1000, y: 300 - 1000 }, 800, 600, 50);
    expect(at?.direction).toBe('ne');
    // The line leaves through the top edge (250 px of room up, 350 px to the right).
    expect(at?.y).toBeCloseTo(50);
    expect(at?.x).toBeCloseTo(650);
  });
});

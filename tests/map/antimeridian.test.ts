import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { decodeBasemap, type BasemapTopology } from '../../src/map/basemapQuery';
import { fixAntimeridian } from '../../src/map/antimeridian';

/** Natural Earth from the world-atlas package, as the app's basemap is made from it (cli/assets.ts). */
const basemap = (scale: string) =>
  decodeBasemap(createRequire(import.meta.url)(`world-atlas/countries-${scale}.json`) as BasemapTopology);
/** world-atlas keys countries by ISO 3166 numeric code (the app's files by alpha-2). */
const NUMERIC: Record<string, string> = { RU: '643', FJ: '242', US: '840' };

function polygonsOf(id: string, scale: string): Position[][][] {
  const f = basemap(scale).features.find((c) => c.id === NUMERIC[id]);
  const g = f?.geometry;
  if (!g) throw new Error(`no ${id}`);
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  throw new Error(g.type);
}

/** Even-odd ray casting on the flat (longitude, latitude) plane, as a flat map fills a path. */
function inside([x, y]: [number, number], rings: Position[][]): boolean {
  let hit = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  return hit;
}

const GREENLAND: [number, number] = [-42, 72];
const ATLANTIC: [number, number] = [-30, 66];
const CANADA: [number, number] = [-100, 66];
const CHUKOTKA_EAST: [number, number] = [-175, 66.5];
const CHUKOTKA_WEST: [number, number] = [175, 67];

describe('shapes across the 180° meridian', () => {
  for (const scale of ['110m', '50m']) {
    it(`Russia (${scale}) covers Chukotka on both sides of 180°, and not Greenland, Canada or the Atlantic`, () => {
      const russia = polygonsOf('RU', scale);
      const covers = (p: [number, number]) => russia.some((polygon) => inside(p, polygon));
      expect(covers(GREENLAND)).toBe(false);
      expect(covers(ATLANTIC)).toBe(false);
      expect(covers(CANADA)).toBe(false);
      expect(covers(CHUKOTKA_WEST)).toBe(true);
      // Drawn one world over too, so the map's view west of 180° shows it.
      expect(covers([CHUKOTKA_EAST[0] + 360, CHUKOTKA_EAST[1]]) || covers(CHUKOTKA_EAST)).toBe(true);
      expect(covers(CHUKOTKA_EAST)).toBe(true);
    });

    it(`no ring of Russia, Fiji or the US (${scale}) jumps across the world`, () => {
      for (const id of ['RU', 'FJ', 'US'])
        for (const polygon of polygonsOf(id, scale))
          for (const ring of polygon)
            for (let i = 1; i < ring.length; i++)
              expect(Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0))).toBeLessThan(180);
    });
  }

  it('leaves a shape that does not cross it as it is', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    expect(fixAntimeridian(square)).toBe(square);
  });

  it('closes a ring round the South Pole along the pole', () => {
    const ring = [
      [-170, -70],
      [170, -70],
      [90, -75],
      [0, -72],
      [-90, -75],
      [-170, -70],
    ];
    const fixed = fixAntimeridian({ type: 'Polygon', coordinates: [ring] });
    expect(fixed.type).toBe('MultiPolygon');
    if (fixed.type !== 'MultiPolygon') return;
    const outer = fixed.coordinates[0]?.[0] ?? [];
    expect(outer.filter((p) => p[1] === -90)).toHaveLength(2);
    // The continent is on the map: a point inland of the coast is inside, in one copy or the other.
    expect(fixed.coordinates.some((polygon) => inside([0, -80], polygon))).toBe(true);
  });
});

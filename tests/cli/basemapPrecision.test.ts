import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { coarsen } from '../../cli/basemapPrecision';

const atlas = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology<{
  countries: GeometryCollection;
}>;

/** Every point of every arc, in degrees. */
function points(topology: Topology): [number, number][][] {
  const { scale, translate } = topology.transform!;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx = 0, dy = 0]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as [number, number];
    });
  });
}

describe('the light basemap on a coarser grid', () => {
  const coarse = coarsen(atlas, 10);
  const [cellX, cellY] = coarse.transform!.scale;

  it('keeps every arc’s ends within half a grid cell of where they were', () => {
    const before = points(atlas);
    const after = points(coarse);
    expect(after).toHaveLength(before.length);
    before.forEach((arc, i) => {
      const ends = [arc[0]!, arc.at(-1)!];
      const moved = [after[i]![0]!, after[i]!.at(-1)!];
      ends.forEach(([x, y], j) => {
        expect(Math.abs(moved[j]![0] - x)).toBeLessThanOrEqual(cellX / 2 + 1e-9);
        expect(Math.abs(moved[j]![1] - y)).toBeLessThanOrEqual(cellY / 2 + 1e-9);
      });
    });
  });

  it('moves no point more than a fifth of a pixel at zoom 4, and drops the points that fall together', () => {
    const degreesPerPixel = 360 / (256 * 2 ** 4);
    expect(Math.max(cellX, cellY) / 2).toBeLessThan(degreesPerPixel / 4);
    const count = (t: Topology) => t.arcs.reduce((sum, arc) => sum + arc.length, 0);
    expect(count(coarse)).toBeLessThan(count(atlas));
    // No zero-length step is left inside an arc.
    for (const arc of coarse.arcs)
      for (const [dx, dy] of arc.slice(1, -1)) expect(dx !== 0 || dy !== 0).toBe(true);
  });

  it('still draws every country, with borders shared where they were', () => {
    const countries = feature(coarse, coarse.objects.countries);
    expect(countries.features).toHaveLength(atlas.objects.countries.geometries.length);
    const borders = mesh(coarse, coarse.objects.countries, (a, b) => a !== b);
    expect(borders.coordinates.length).toBe(
      mesh(atlas, atlas.objects.countries, (a, b) => a !== b).coordinates.length,
    );
    expect(JSON.stringify(coarse).length).toBeLessThan(JSON.stringify(atlas).length * 0.9);
  });

  it('refuses a topology without a grid, and a factor that is not a whole number', () => {
    const { transform: _, ...plain } = atlas;
    expect(() => coarsen(plain as Topology, 10)).toThrow(/not quantized/);
    expect(() => coarsen(atlas, 2.5)).toThrow(/whole number/);
  });
});

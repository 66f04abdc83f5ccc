import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geometryPath } from '../../src/map/svgPath';

const identity = (x: number, y: number): [number, number] => [x, y];
const square = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});
const points = (d: string) =>
  [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('country shapes as SVG paths', () => {
  it('draws a shape inside the picture as it is, rounded to the digits asked for', () => {
    const d = geometryPath(square(10.04, 10, 20, 20.06), identity, {
      digits: 1,
      frame: { width: 100, height: 100 },
    });
    expect(d).toBe('M10,10L20,10L20,20.1L10,20.1L10,10Z');
  });

  it('cuts a shape that runs out of the picture to the picture and a small hidden margin', () => {
    const d = geometryPath(square(-500, 50, 500, 60), identity, {
      digits: 0,
      frame: { width: 100, height: 100 },
    });
    const xs = points(d).map(([x]) => x ?? NaN);
    expect(Math.min(...xs)).toBe(-4);
    expect(Math.max(...xs)).toBe(104);
  });

  it('leaves out a shape wholly outside the picture, and keeps everything without a frame', () => {
    expect(
      geometryPath(square(200, 200, 300, 300), identity, { digits: 0, frame: { width: 100, height: 100 } }),
    ).toBe('');
    expect(geometryPath(square(200, 200, 300, 300), identity, { digits: 0 })).not.toBe('');
  });

  it('drops points that round onto the one before', () => {
    const d = geometryPath(square(0, 0, 0.2, 10), identity, { digits: 0 });
    expect(d).toBe('M0,0L0,10L0,0Z');
  });
});

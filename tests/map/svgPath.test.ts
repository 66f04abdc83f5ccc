import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geometryPath } from '../../src/map/svgPath';

const identity = ({ lon, lat }: { lon: number; lat: number }): [number, number] => [lon, lat];
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
/** The absolute points of one ring's path data (a first point, then steps). */
function points(d: string): [number, number][] {
  const numbers = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const [x, y] = [numbers[i] ?? NaN, numbers[i + 1] ?? NaN];
    const last = out[out.length - 1];
    const r = (v: number) => Math.round(v * 1e6) / 1e6;
    out.push(last ? [r(last[0] + x), r(last[1] + y)] : [x, y]);
  }
  return out;
}

describe('country shapes as SVG paths', () => {
  it('draws a shape inside the picture as it is, rounded to the digits asked for', () => {
    const d = geometryPath(square(10.04, 10, 20, 20.06), identity, {
      digits: 1,
      frame: { width: 100, height: 100 },
    });
    expect(d).toBe('M10,10l10,0 0,10.1-10,0 0-10.1z');
    expect(points(d)).toEqual([
      [10, 10],
      [20, 10],
      [20, 20.1],
      [10, 20.1],
      [10, 10],
    ]);
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
    expect(d).toBe('M0,0l0,10 0-10z');
  });
});

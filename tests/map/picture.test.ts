import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/core/types';
import { OPENING_FIT } from '../../src/map/layers';
import { fitView } from '../../src/map/mercator';
import { pictureLayouts } from '../../src/map/picture';

/** Boxes written in Leaflet's order, [[south, west], [north, east]]. */
type Bounds = [[number, number], [number, number]];
const toBox = ([[s, w], [n, e]]: Bounds): BBox => [w, s, e, n];

const STORIES: [string, Bounds][] = [
  [
    'the sample',
    [
      [47.5119, -0.1276],
      [55.75222, 37.6178],
    ],
  ],
  [
    'a tall story',
    [
      [-35, 18],
      [60, 30],
    ],
  ],
  [
    'one city',
    [
      [48.14, 11.58],
      [48.14, 11.58],
    ],
  ],
  [
    'the whole world',
    [
      [-50, -150],
      [70, 150],
    ],
  ],
];

describe('the map picture’s layouts', () => {
  it.each(STORIES)('pick the zoom Leaflet opens at, for maps of every size (%s)', (_, bounds) => {
    const layouts = pictureLayouts(toBox(bounds));
    expect(layouts[0]?.minWidth).toBe(0);
    for (let width = 280; width <= 2560; width += 37)
      for (let height = 280; height <= 1600; height += 41) {
        const chosen = layouts.filter((l) => width >= l.minWidth && height >= l.minHeight).at(-1);
        expect(chosen?.zoom, `${width} × ${height}`).toBe(
          fitView(toBox(bounds), width, height, OPENING_FIT).zoom,
        );
      }
  });
});

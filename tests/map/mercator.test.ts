import L from 'leaflet';
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/core/types';
import { OPENING_FIT } from '../../src/map/layers';
import { fitPicture, fitView, project } from '../../src/map/mercator';

/** Leaflet's own answer: a map of that size, fitted the way StoryMap fits its opening view. */
/** Cases are written in Leaflet's order, [[south, west], [north, east]]. */
type Bounds = [[number, number], [number, number]];
const toBox = ([[s, w], [n, e]]: Bounds): BBox => [w, s, e, n];

function leafletFit(bounds: Bounds, width: number, height: number) {
  const container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { value: width });
  Object.defineProperty(container, 'clientHeight', { value: height });
  document.body.append(container);
  const map = L.map(container, { minZoom: OPENING_FIT.minZoom, maxZoom: 12, zoomAnimation: false });
  map.fitBounds(bounds, {
    padding: [OPENING_FIT.padding, OPENING_FIT.padding],
    maxZoom: OPENING_FIT.maxZoom,
  });
  const zoom = map.getZoom();
  const centre = map.project(map.getCenter(), zoom);
  map.remove();
  container.remove();
  return { zoom, centre: [centre.x, centre.y] };
}

const CASES: [string, Bounds, number, number][] = [
  [
    'the sample on a desktop map',
    [
      [47.4, 11.5],
      [52.3, 35.2],
    ],
    711,
    646,
  ],
  [
    'the sample on a phone',
    [
      [47.4, 11.5],
      [52.3, 35.2],
    ],
    390,
    464,
  ],
  [
    'one city (maximum zoom)',
    [
      [48.14, 11.58],
      [48.14, 11.58],
    ],
    711,
    646,
  ],
  [
    'the whole world (minimum zoom)',
    [
      [-50, -150],
      [70, 150],
    ],
    711,
    646,
  ],
  [
    'a tall story',
    [
      [-35, 18],
      [60, 30],
    ],
    800,
    500,
  ],
  [
    'the southern hemisphere',
    [
      [-45, 110],
      [-10, 155],
    ],
    1067,
    963,
  ],
];

describe('the Web Mercator view the prerendered map is drawn at', () => {
  it.each(CASES)('matches Leaflet’s fitBounds for %s', (_, bounds, width, height) => {
    const ours = fitView(toBox(bounds), width, height, OPENING_FIT);
    const leaflet = leafletFit(bounds, width, height);
    expect(ours.zoom).toBe(leaflet.zoom);
    expect(ours.centre[0]).toBeCloseTo(leaflet.centre[0] ?? NaN, 3);
    expect(ours.centre[1]).toBeCloseTo(leaflet.centre[1] ?? NaN, 3);
  });

  it('projects like Leaflet at any zoom, poles clamped', () => {
    const map = L.map(document.createElement('div'));
    for (const [lat, lon, zoom] of [
      [48.14, 11.58, 5],
      [-33.9, 151.2, 3],
      [89.9, 0, 2],
      [0, -180, 0],
    ] as const) {
      const point = map.project([lat, lon], zoom);
      const [x, y] = project({ lat, lon }, zoom);
      expect(x).toBeCloseTo(point.x, 6);
      expect(y).toBeCloseTo(point.y, 6);
    }
    map.remove();
  });
});

describe('fitPicture(box, width, maxHeight)', () => {
  const box: BBox = [11.5, 47.4, 35.2, 52.3];

  it('puts the box inside the picture, with the margin on every side', () => {
    const picture = fitPicture(box, 1000, 700);
    const [left, top] = picture.project({ lat: 52.3, lon: 11.5 });
    const [right, bottom] = picture.project({ lat: 47.4, lon: 35.2 });
    expect(picture.width).toBe(1000);
    expect(picture.height).toBeLessThanOrEqual(700);
    for (const edge of [left, top, picture.width - right, picture.height - bottom])
      expect(edge).toBeGreaterThan(0);
    expect(left).toBeCloseTo(picture.width - right, 6);
  });

  it('keeps the proportions of Web Mercator (the same shape as Leaflet draws)', () => {
    const picture = fitPicture(box, 1000, 700);
    const [ax, ay] = picture.project({ lat: 52.3, lon: 11.5 });
    const [bx, by] = picture.project({ lat: 47.4, lon: 35.2 });
    const [cx, cy] = project({ lat: 52.3, lon: 11.5 }, 5);
    const [dx, dy] = project({ lat: 47.4, lon: 35.2 }, 5);
    expect((by - ay) / (bx - ax)).toBeCloseTo((dy - cy) / (dx - cx), 6);
  });

  it('caps the height for a tall box and centres it across', () => {
    const tall = fitPicture([18, -35, 30, 60], 1000, 700);
    expect(tall.height).toBe(700);
    const [x] = tall.project({ lat: 0, lon: 24 });
    expect(x).toBeCloseTo(500, 6);
  });
});

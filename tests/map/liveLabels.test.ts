import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/core/types';
import type { PointItem } from '../../src/map/clusters';
import { liveLabelSides } from '../../src/map/liveLabels';

const place = (id: string, lat: number, lon: number, entryCount = 1): PointItem => ({
  type: 'place',
  place: { id, name: id, kind: 'city', lat, lon, entryCount } as Place,
});
// A flat screen: one degree is ten pixels, lat up.
const toScreen = (lat: number, lon: number) => ({ x: lon * 10, y: 500 - lat * 10 });
const frame = { width: 800, height: 500, fontSize: 14 };

describe('liveLabelSides', () => {
  it('puts a name on its right when that covers nothing', () => {
    expect(liveLabelSides([place('Kyiv', 25, 30)], new Set(), toScreen, frame)).toEqual(
      new Map([['Kyiv', 'right']]),
    );
  });

  it('moves the name of a neighbour to the right off the first one, the current place first', () => {
    const sides = liveLabelSides(
      [place('Brussels', 25, 30, 5), place('Bruges', 25, 33)],
      new Set(['Bruges']),
      toScreen,
      frame,
    );
    expect(sides.get('Bruges')).toBe('right');
    expect(sides.get('Brussels')).not.toBe('right');
  });

  it('keeps names inside the map: one at its right edge goes on the left', () => {
    expect(liveLabelSides([place('Edge', 25, 79)], new Set(), toScreen, frame).get('Edge')).toBe('left');
  });

  it('leaves out a name with no room, and treats a cluster bubble as in the way', () => {
    const crowd: PointItem[] = [
      { type: 'cluster', id: 1, lat: 25, lon: 30, places: [] as Place[] },
      place('Hidden', 25, 30.5),
    ];
    const sides = liveLabelSides(
      [
        ...crowd,
        ...[-2, 2].flatMap((d) => [place(`a${d}`, 25 + d, 30.5, 9), place(`b${d}`, 25, 30.5 + d * 2, 9)]),
      ],
      new Set(),
      toScreen,
      frame,
    );
    expect(sides.has('Hidden')).toBe(false);
    expect(sides.has('cluster-1')).toBe(false);
  });
});

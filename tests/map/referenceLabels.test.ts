/** Where the basemap's reference labels go: by priority, each where it fits and covers nothing. */
import { describe, expect, it } from 'vitest';
import {
  encodeReferenceLabels,
  placeReferenceLabels,
  readReferenceLabels,
  type LabelCandidate,
  type ReferenceLabel,
} from '../../src/map/referenceLabels';

const label = (kind: ReferenceLabel['kind'], name: string, rank: number): ReferenceLabel => ({
  kind,
  name,
  lat: 0,
  lon: 0,
  minZoom: 2,
  rank,
});
const at = (l: ReferenceLabel, x: number, y: number, width = 60, height = 14): LabelCandidate => ({
  label: l,
  box: { x, y, width, height },
});
const FRAME = { width: 400, height: 300 };
const names = (placed: LabelCandidate[]) => placed.map((p) => p.label.name);

describe('readReferenceLabels(data)', () => {
  it('reads the compact rows it writes, and gives none for a file that is not a list', () => {
    const labels: ReferenceLabel[] = [
      { kind: 'sea', name: 'North Sea', lat: 56.4, lon: 3.1, minZoom: 4, rank: 60 },
      { kind: 'country', name: 'France', code: 'FR', lat: 46.6, lon: 2.4, minZoom: 3, rank: 65 },
    ];
    expect(readReferenceLabels(JSON.parse(JSON.stringify(encodeReferenceLabels(labels))))).toEqual(labels);
    expect(readReferenceLabels({ type: 'Topology' })).toEqual([]);
  });

  it('leaves out rows that are not labels', () => {
    const rows = [
      ['s', 'North Sea', 56.4, 3.1, 4, 60],
      ['v', 'Etna', 37.7, 15, 5, 1],
      null,
      ['c', 'X', 'x', 0, 3, 1],
    ];
    expect(readReferenceLabels(rows).map((l) => l.name)).toEqual(['North Sea']);
  });
});

describe('placeReferenceLabels(candidates, obstacles, frame)', () => {
  it('places seas, then countries by size, then capitals by population', () => {
    const placed = placeReferenceLabels(
      [
        at(label('capital', 'Berlin', 3_600_000), 10, 10),
        at(label('country', 'Poland', 30), 100, 10),
        at(label('sea', 'Baltic Sea', 40), 200, 10),
        at(label('country', 'Russia', 2800), 300, 10),
      ],
      [],
      FRAME,
    );
    expect(names(placed)).toEqual(['Baltic Sea', 'Russia', 'Poland', 'Berlin']);
  });

  it('never covers the story’s markers and names, and the bigger of two that collide wins', () => {
    const placed = placeReferenceLabels(
      [
        at(label('country', 'Germany', 40), 100, 100),
        at(label('capital', 'Berlin', 3_600_000), 120, 105),
        at(label('country', 'Poland', 30), 200, 100),
      ],
      [{ x: 210, y: 95, width: 20, height: 20 }],
      FRAME,
    );
    expect(names(placed)).toEqual(['Germany']);
  });

  it('takes the first box of a label that fits, and places the label once', () => {
    const donetsk = label('region', 'Donetsk region', 3);
    const placed = placeReferenceLabels(
      [at(donetsk, 100, 100), at(donetsk, 100, 120), at(donetsk, 100, 80)],
      [{ x: 120, y: 100, width: 10, height: 10 }],
      FRAME,
    );
    expect(placed.map((p) => p.box.y)).toEqual([120]);
  });

  it('leaves out a label cut by the map’s edge', () => {
    const placed = placeReferenceLabels(
      [at(label('country', 'Norway', 60), 370, 50), at(label('country', 'Spain', 50), 2, 280)],
      [],
      FRAME,
    );
    expect(placed).toEqual([]);
  });
});

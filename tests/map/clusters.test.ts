import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/core/types';
import { validateStory } from '../../src/core/validate';
import { clusterPlaces, type PointItem } from '../../src/map/clusters';
import { isPoint } from '../../src/map/geometry';

const { story } = validateStory(
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8')),
);
/** The sample’s 13 cities, sites and landmarks. */
const POINTS = story.places.filter(isPoint);

const city = (id: string, lat: number, lon: number): Place => ({
  id,
  name: id,
  kind: 'city',
  lat,
  lon,
  source: 'test',
  entryCount: 1,
});

/** Each item as a place id, or the sorted ids of a cluster’s places in brackets. */
const shown = (items: PointItem[]) =>
  items
    .map((item) =>
      item.type === 'place'
        ? item.place.id
        : `[${item.places
            .map((p) => p.id)
            .sort()
            .join(' + ')}]`,
    )
    .sort();
const everyPlace = (items: PointItem[]) =>
  items.flatMap((item) => (item.type === 'place' ? [item.place.id] : item.places.map((p) => p.id))).sort();

describe('clusterPlaces(places, zoom, box)', () => {
  it('gives nothing for no places, and one marker for one place', () => {
    expect(clusterPlaces([], 3)).toEqual([]);
    const kyiv = city('kyiv', 50.45, 30.52);
    expect(clusterPlaces([kyiv], 3)).toEqual([{ type: 'place', place: kyiv }]);
  });

  it('groups places that would overlap at a world zoom, and keeps far ones apart', () => {
    // 24 screen pixels at zoom 2 are about 850 km: London with Brussels, the Ukrainian places together.
    expect(shown(clusterPlaces(POINTS, 2))).toEqual([
      '[brussels + downing-street]',
      '[chernobyl-nuclear-power-plant + kyiv + malokaterynivka + zaporizhzhia-nuclear-power-plant]',
      '[kremlin + moscow]',
      '[washington-d-c + white-house]',
      'munich',
      'pokrovsk',
      'warsaw',
    ]);
  });

  it('splits the groups as the map zooms in', () => {
    expect(shown(clusterPlaces(POINTS, 5))).toEqual([
      '[kremlin + moscow]',
      '[malokaterynivka + zaporizhzhia-nuclear-power-plant]',
      '[washington-d-c + white-house]',
      'brussels',
      'chernobyl-nuclear-power-plant',
      'downing-street',
      'kyiv',
      'munich',
      'pokrovsk',
      'warsaw',
    ]);
    expect(shown(clusterPlaces(POINTS, 6))).toContain('malokaterynivka');
  });

  it('keeps places a street apart grouped up to zoom 12, and shows each one beyond it', () => {
    expect(shown(clusterPlaces(POINTS, 12))).toContain('[kremlin + moscow]');
    expect(shown(clusterPlaces(POINTS, 13))).toEqual(POINTS.map((p) => p.id).sort());
    // Two doors on one street, 50 m apart: a few pixels even at zoom 13, yet shown apart from there.
    const street = [city('door-1', 48.137, 11.575), city('door-2', 48.137, 11.5757)];
    expect(shown(clusterPlaces(street, 12))).toEqual(['[door-1 + door-2]']);
    expect(shown(clusterPlaces(street, 13))).toEqual(['door-1', 'door-2']);
    expect(shown(clusterPlaces(street, 18))).toEqual(['door-1', 'door-2']);
  });

  it('reaches every place exactly once at every zoom', () => {
    for (let zoom = 0; zoom <= 14; zoom++)
      expect(everyPlace(clusterPlaces(POINTS, zoom)), `zoom ${zoom}`).toEqual(POINTS.map((p) => p.id).sort());
  });

  it('rounds a fractional zoom', () => {
    expect(shown(clusterPlaces(POINTS, 4.6))).toEqual(shown(clusterPlaces(POINTS, 5)));
    expect(shown(clusterPlaces(POINTS, 2.4))).toEqual(shown(clusterPlaces(POINTS, 2)));
  });

  it('gives a group its places and where it stands; a closer zoom splits it', () => {
    const cluster = clusterPlaces(POINTS, 5).find(
      (item) => item.type === 'cluster' && item.places.some((p) => p.id === 'kremlin'),
    );
    expect(cluster?.type).toBe('cluster');
    if (cluster?.type !== 'cluster') return;
    expect(cluster.places.map((p) => p.id).sort()).toEqual(['kremlin', 'moscow']);
    // The places themselves, not copies: markers and lists can compare them.
    expect(cluster.places).toContain(POINTS.find((p) => p.id === 'kremlin'));
    expect(cluster.lat).toBeCloseTo(55.752, 2);
    expect(cluster.lon).toBeCloseTo(37.617, 2);
    expect(shown(clusterPlaces(POINTS, 13))).toEqual(expect.arrayContaining(['kremlin', 'moscow']));
    const split = clusterPlaces(POINTS, 2).find(
      (item) => item.type === 'cluster' && item.places.some((p) => p.id === 'kyiv'),
    );
    expect(split?.type).toBe('cluster');
    expect(shown(clusterPlaces(POINTS, 5))).toContain('kyiv');
  });

  it('gives only the markers inside the box', () => {
    // Around Ukraine: [west, south, east, north].
    const items = clusterPlaces(POINTS, 5, [28, 46, 41, 53]);
    expect(everyPlace(items)).toEqual([
      'chernobyl-nuclear-power-plant',
      'kyiv',
      'malokaterynivka',
      'pokrovsk',
      'zaporizhzhia-nuclear-power-plant',
    ]);
  });

  it('gives the same answer for the same places in a new array', () => {
    const first = shown(clusterPlaces(POINTS, 3));
    expect(shown(clusterPlaces([...POINTS], 3))).toEqual(first);
  });

  it('groups another set of places anew, even one that starts with the same place', () => {
    const near = [city('start', 10, 10), city('near', 10, 10.001)];
    const far = [city('start', 10, 10), city('far', -40, 100)];
    expect(shown(clusterPlaces(near, 3))).toEqual(['[near + start]']);
    expect(shown(clusterPlaces(far, 3))).toEqual(['far', 'start']);
  });

  it('uses the places it is given when a set of ids comes back with other details', () => {
    const a = [city('a', 10, 10), city('b', 10, 10.001)];
    clusterPlaces(a, 3);
    const renamed = a.map((p) => ({ ...p, name: `${p.name}!` }));
    const [item] = clusterPlaces(renamed, 3);
    expect(item?.type === 'cluster' && item.places.map((p) => p.name).sort()).toEqual(['a!', 'b!']);
  });
});

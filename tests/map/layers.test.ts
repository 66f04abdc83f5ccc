import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/core/chronology';
import { deriveView } from '../../src/core/explore';
import type { Place } from '../../src/core/types';
import { validateStory } from '../../src/core/validate';
import type { ViewState } from '../../src/core/viewState';
import type { Highlight } from '../../src/data/highlightStore';
import { currentPlacesOf, isLabelOnly, mapLayers, openingBounds, WORLD } from '../../src/map/layers';

const { story } = validateStory(
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8')),
);
const sample = buildChronology(story);
const NONE: Highlight = { places: [], place: null };
const ids = (places: Place[]) => places.map((p) => p.id);
const place = (id: string) => sample.placeById.get(id) as Place;

const ID_0707 = '20250214-0707-06pf6g';
const ID_0758 = '20250214-0758-124nfu';
const ID_0847 = '20250214-0847-092w4s';

/** The map's layers for the view a URL state gives, with a highlight. */
function layersAt(state: ViewState, highlight: Highlight = NONE) {
  const view = deriveView(sample, state);
  return mapLayers(view.shownPlaces, view.currentPlaces, highlight);
}

describe('mapLayers(shownPlaces, currentPlaces, highlight)', () => {
  it('draws the first post’s city as a marker and its countries as areas', () => {
    const layers = layersAt({ entry: ID_0707 });
    expect(ids(layers.points)).toEqual(['munich']);
    expect(ids(layers.areas)).toEqual(['united-states', 'russia', 'ukraine']);
    expect(layers.labels).toEqual([]);
  });

  it('adds the places of every post up to the current one, each in one layer', () => {
    const layers = layersAt({ entry: ID_0758 });
    expect(ids(layers.points)).toEqual(['munich', 'pokrovsk', 'white-house', 'kyiv', 'malokaterynivka']);
    expect(ids(layers.areas)).toEqual([
      'united-states',
      'russia',
      'ukraine',
      'slovakia',
      'hungary',
      'estonia',
      'donetsk-region',
      'luhansk-region',
      'zaporizhzhia-region',
      'crimea',
      'kursk-region',
      'afghanistan',
    ]);
    expect(ids(layers.labels)).toEqual(['europe', 'dnipro-river']);
  });

  it('names seas, rivers and continents with labels, never shapes or markers', () => {
    const layers = layersAt({ entry: ID_0847 });
    expect(ids(layers.labels)).toEqual(['europe', 'dnipro-river', 'atlantic-ocean']);
    for (const id of ['europe', 'dnipro-river', 'atlantic-ocean']) {
      expect(ids(layers.areas)).not.toContain(id);
      expect(ids(layers.points)).not.toContain(id);
    }
  });

  it('shows every mentioned place at the last post', () => {
    const layers = layersAt({});
    const all = [...layers.points, ...layers.areas, ...layers.labels];
    expect(all).toHaveLength(30);
    expect(new Set(ids(all)).size).toBe(30);
  });

  it('styles the current post’s areas as current and the others as past', () => {
    const layers = layersAt({ entry: ID_0758 });
    expect(layers.areaState(place('ukraine'))).toBe('current');
    expect(layers.areaState(place('zaporizhzhia-region'))).toBe('current');
    expect(layers.areaState(place('russia'))).toBe('past');
    expect(layers.highlighted.size).toBe(0);
  });

  it('lights up the places of a hovered post, over their current style', () => {
    const layers = layersAt(
      { entry: ID_0758 },
      {
        places: ['ukraine', 'russia'],
        place: null,
      },
    );
    expect([...layers.highlighted].sort()).toEqual(['russia', 'ukraine']);
    expect(layers.areaState(place('ukraine'))).toBe('highlighted');
    expect(layers.areaState(place('russia'))).toBe('highlighted');
    expect(layers.areaState(place('crimea'))).toBe('past');
  });

  it('lights up a place pointed at on the map or in the table', () => {
    const layers = layersAt({ entry: ID_0758 }, { places: [], place: 'crimea' });
    expect([...layers.highlighted]).toEqual(['crimea']);
    expect(layers.areaState(place('crimea'))).toBe('highlighted');
  });
});

describe('currentPlacesOf(chronology, view)', () => {
  it('gives the current post’s places in the order it names them', () => {
    expect(ids(currentPlacesOf(sample, deriveView(sample, { entry: ID_0758 })))).toEqual([
      'kyiv',
      'munich',
      'dnipro-river',
      'ukraine',
      'malokaterynivka',
      'zaporizhzhia-region',
      'united-states',
    ]);
  });

  it('follows the time when no post is named', () => {
    expect(ids(currentPlacesOf(sample, deriveView(sample, { t: '2025-02-14T07:10:00Z' })))).toEqual([
      'munich',
      'united-states',
      'russia',
      'ukraine',
    ]);
  });

  it('leaves out place ids the story does not know', () => {
    const entry = { ...story.entries[0], places: ['atlantis', 'kyiv'] } as (typeof story.entries)[number];
    const odd = buildChronology({ ...story, entries: [entry] });
    expect(ids(currentPlacesOf(odd, deriveView(odd, {})))).toEqual(['kyiv']);
  });

  it('gives no places in an empty story', () => {
    const empty = buildChronology({ schemaVersion: 1, story: {}, entries: [], places: [] });
    expect(currentPlacesOf(empty, deriveView(empty, {}))).toEqual([]);
  });
});

describe('openingBounds(chronology) and isLabelOnly(place)', () => {
  it('opens on where the sample mostly happens, from London to Moscow', () => {
    expect(openingBounds(sample)).toEqual([-0.1276, 47.5122, 37.6178, 55.7522]);
  });

  it('opens on the world when the story has no places', () => {
    expect(openingBounds(buildChronology({ schemaVersion: 1, story: {}, entries: [], places: [] }))).toBe(
      WORLD,
    );
  });

  it('takes seas, rivers and continents as labels only', () => {
    expect(story.places.filter(isLabelOnly).map((p) => p.kind)).toEqual(['continent', 'sea', 'river']);
  });
});

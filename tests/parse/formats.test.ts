import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/pipeline/story';
import { formatFixtures, structureOf } from '../support/fixtures';
import { gazetteer } from '../support/gazetteer';
import { scorePlaces } from '../support/placeScore';

const fixtures = formatFixtures();
const built = fixtures.map((fixture) => {
  const { year, sourceTimeZone } = fixture.expected;
  return { fixture, ...buildStory(fixture.text, { year, timeZone: sourceTimeZone }, {}, gazetteer()) };
});

describe('parsePage on the shapes FORMAT.md lists (hand-labelled fixtures)', () => {
  describe.each(built)('$fixture.name', ({ fixture, story }) => {
    it(`finds ${fixture.expected.posts} posts`, () => {
      expect(story.entries).toHaveLength(fixture.expected.posts);
    });

    it.each(fixture.expected.entries.map((want, i) => ({ want, i })))(
      'reads post $i exactly as labelled',
      ({ want, i }) => {
        const entry = story.entries[i];
        expect(entry).toBeDefined();
        if (!entry) return;
        const { places: _places, ...structure } = want;
        expect(structureOf(entry)).toEqual(structure);
      },
    );
  });

  it('finds the labelled places with F1 of at least 0.9 over all fixtures', () => {
    let truePositives = 0;
    let found = 0;
    let expected = 0;
    for (const { fixture, story } of built) {
      fixture.expected.entries.forEach((want, i) => {
        const entry = story.entries[i];
        const places = (entry?.places ?? []).map((id) => story.places.find((p) => p.id === id)!);
        const score = scorePlaces(want.places, places, gazetteer());
        truePositives += score.truePositives;
        found += score.found;
        expected += score.expected;
      });
    }
    const precision = truePositives / found;
    const recall = truePositives / expected;
    const f1 = (2 * precision * recall) / (precision + recall);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });
});

import { describe, expect, it } from 'vitest';
import { choosePlace, recount, removePlace, retitle } from '../../src/core/edits';
import type { Entry, Place, Story } from '../../src/core/types';
import { validateStory } from '../../src/core/validate';

const place = (id: string, over: Partial<Place> = {}): Place => ({
  id,
  name: id,
  kind: 'city',
  lat: 0,
  lon: 0,
  source: `test:${id}`,
  entryCount: 0,
  ...over,
});

const entry = (id: string, places: string[]): Entry => ({
  id,
  title: id,
  publishedAt: null,
  labels: [],
  byline: null,
  blocks: [{ type: 'paragraph', text: places.join(' and ') }],
  places,
  mentions: places.map((placeId) => ({ placeId, block: 0, start: 0, end: 1 })),
});

const georgiaCountry = place('georgia', {
  name: 'Georgia',
  kind: 'country',
  lat: 42.2,
  lon: 43.5,
  countryCode: 'GE',
  source: 'natural-earth:GE',
  confidence: 0.4,
  alternatives: [
    {
      name: 'Georgia',
      kind: 'region',
      lat: 32.6,
      lon: -83.4,
      countryCode: 'US',
      source: 'natural-earth:admin1:US-GA',
    },
  ],
});

const story: Story = recount({
  schemaVersion: 1,
  story: { title: 'Election night' },
  entries: [entry('a', ['georgia', 'nevada']), entry('b', ['georgia']), entry('c', ['atlanta'])],
  places: [georgiaCountry, place('nevada'), place('atlanta', { source: 'natural-earth:admin1:US-GA' })],
});

const valid = (s: Story) => validateStory(JSON.parse(JSON.stringify(s))).problems;

describe('story edits', () => {
  it('counts posts per place', () => {
    expect(story.places.map((p) => [p.id, p.entryCount])).toEqual([
      ['georgia', 2],
      ['nevada', 1],
      ['atlanta', 1],
    ]);
  });

  it('picks an alternative: the place moves, sure, and the old reading becomes an alternative', () => {
    const alt = georgiaCountry.alternatives![0]!;
    const fixed = choosePlace(
      {
        ...story,
        places: story.places.filter((p) => p.id !== 'atlanta'),
        entries: story.entries.slice(0, 2),
      },
      'georgia',
      alt,
    );
    const georgia = fixed.places.find((p) => p.id === 'georgia')!;
    expect(georgia).toMatchObject({
      name: 'Georgia',
      kind: 'region',
      countryCode: 'US',
      lat: 32.6,
      confidence: 1,
      entryCount: 2,
    });
    expect(georgia.alternatives).toEqual([
      {
        name: 'Georgia',
        kind: 'country',
        lat: 42.2,
        lon: 43.5,
        countryCode: 'GE',
        source: 'natural-earth:GE',
      },
    ]);
    expect(valid(fixed)).toEqual([]);
    // The original is untouched.
    expect(story.places[0]!.kind).toBe('country');
  });

  it('merges a choice with the same place already in the story', () => {
    const alt = georgiaCountry.alternatives![0]!;
    const fixed = choosePlace(story, 'georgia', alt);
    expect(fixed.places.map((p) => p.id)).toEqual(['nevada', 'atlanta']);
    expect(fixed.entries.map((e) => e.places)).toEqual([['atlanta', 'nevada'], ['atlanta'], ['atlanta']]);
    expect(fixed.entries[0]!.mentions.map((m) => m.placeId)).toEqual(['atlanta', 'nevada']);
    expect(fixed.places.find((p) => p.id === 'atlanta')!.entryCount).toBe(3);
    expect(valid(fixed)).toEqual([]);
  });

  it('removes a place from one post, keeping it where else it is named', () => {
    const fixed = removePlace(story, 'georgia', 'a');
    expect(fixed.entries.map((e) => e.places)).toEqual([['nevada'], ['georgia'], ['atlanta']]);
    expect(fixed.entries[0]!.mentions.map((m) => m.placeId)).toEqual(['nevada']);
    expect(fixed.places.find((p) => p.id === 'georgia')!.entryCount).toBe(1);
  });

  it('removes a place from the whole story', () => {
    const fixed = removePlace(story, 'georgia');
    expect(fixed.places.map((p) => p.id)).toEqual(['nevada', 'atlanta']);
    expect(fixed.entries.flatMap((e) => e.mentions).some((m) => m.placeId === 'georgia')).toBe(false);
    expect(valid(fixed)).toEqual([]);
  });

  it('drops a place once its last post lets it go', () => {
    expect(removePlace(story, 'nevada', 'a').places.map((p) => p.id)).toEqual(['georgia', 'atlanta']);
  });

  it('renames the story, and a blank name removes the title', () => {
    expect(retitle(story, '  Results   night ').story.title).toBe('Results night');
    expect('title' in retitle(story, '   ').story).toBe(false);
  });

  it('leaves the story alone for a place it does not have', () => {
    expect(choosePlace(story, 'nowhere', georgiaCountry.alternatives![0]!)).toBe(story);
  });
});

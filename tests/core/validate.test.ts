import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../src/core/validate';

const SAMPLE_PATH = fileURLToPath(new URL('../fixtures/sample/expected.json', import.meta.url));
const SAMPLE_TEXT = readFileSync(SAMPLE_PATH, 'utf8');

/** A fresh copy of the sample as plain JSON, to break. */
function sampleData(): {
  schemaVersion: unknown;
  story: Record<string, unknown>;
  entries: Record<string, unknown>[];
  places: Record<string, unknown>[];
} {
  return JSON.parse(SAMPLE_TEXT);
}

function entry(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    title: `Post ${id}`,
    publishedAt: '2025-02-14T07:00:00Z',
    labels: [],
    byline: null,
    blocks: [{ type: 'paragraph', text: 'Kyiv today.' }],
    places: [],
    mentions: [],
    ...extra,
  };
}

const KYIV = {
  id: 'kyiv',
  name: 'Kyiv',
  kind: 'city',
  lat: 50.45,
  lon: 30.52,
  source: 'test',
  entryCount: 1,
};

describe('validateStory(data)', () => {
  it('accepts the sample with no problems', () => {
    const { story, problems } = validateStory(sampleData());
    expect(problems).toEqual([]);
    expect(story.entries).toHaveLength(20);
    expect(story.places).toHaveLength(30);
    expect(story.story.sourceTimeZone).toBe('Europe/London');
  });

  it('rejects a document that is not an object', () => {
    for (const data of [null, 'text', 42, [1, 2]]) {
      const { story, problems } = validateStory(data);
      expect(story.entries).toEqual([]);
      expect(problems).toEqual([{ where: 'document', message: expect.stringMatching(/JSON object/) }]);
    }
  });

  it('reports a wrong schemaVersion but keeps the data', () => {
    const data = sampleData();
    data.schemaVersion = 2;
    const { story, problems } = validateStory(data);
    expect(problems).toEqual([{ where: 'schemaVersion', message: 'expected 1, got 2' }]);
    expect(story.entries).toHaveLength(20);
  });

  it('reports a missing schemaVersion', () => {
    const data = sampleData();
    delete (data as { schemaVersion?: unknown }).schemaVersion;
    expect(validateStory(data).problems).toEqual([
      { where: 'schemaVersion', message: 'expected 1, got nothing' },
    ]);
  });

  it('reports entries and places that are not arrays', () => {
    const { story, problems } = validateStory({ schemaVersion: 1, story: {}, entries: {}, places: 'none' });
    expect(story.entries).toEqual([]);
    expect(problems.map((p) => p.where).sort()).toEqual(['entries', 'places']);
  });

  it('says which entry is wrong (1-based, with its id) and why, and keeps the others', () => {
    const data = sampleData();
    const broken = data.entries[2] as Record<string, unknown>;
    broken.title = 42;
    const { story, problems } = validateStory(data);
    expect(story.entries).toHaveLength(19);
    expect(story.entries.map((e) => e.id)).not.toContain('20250214-0952-16oz2h');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toBe('Entry 3 "20250214-0952-16oz2h"');
    expect(problems[0]?.message).toMatch(/^title: /);
  });

  it('names an entry without an id by its position', () => {
    const data = sampleData();
    data.entries.push({ title: 'No id' });
    const { problems } = validateStory(data);
    expect(problems[0]?.where).toBe('Entry 21');
  });

  it('reports a publishedAt that is not an ISO time', () => {
    const { story, problems } = validateStory({
      schemaVersion: 1,
      story: {},
      entries: [entry('a', { publishedAt: 'this morning' }), entry('b')],
      places: [],
    });
    expect(story.entries.map((e) => e.id)).toEqual(['b']);
    expect(problems[0]?.message).toMatch(/publishedAt/);
  });

  it('reports a bad block inside an entry', () => {
    const { problems } = validateStory({
      schemaVersion: 1,
      story: {},
      entries: [entry('a', { blocks: [{ type: 'video', src: 'x' }] })],
      places: [],
    });
    expect(problems[0]?.where).toBe('Entry 1 "a"');
    expect(problems[0]?.message).toMatch(/blocks\.0/);
  });

  it('says at most three things about one entry', () => {
    const { problems } = validateStory({
      schemaVersion: 1,
      story: {},
      entries: [
        { id: 'a', title: 1, publishedAt: 2, labels: 3, byline: 4, blocks: 5, places: 6, mentions: 7 },
      ],
      places: [],
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message.split('; ')).toHaveLength(3);
  });

  it('cuts a long id in the message', () => {
    const id = 'x'.repeat(150);
    const { problems } = validateStory({ schemaVersion: 1, story: {}, entries: [{ id }], places: [] });
    expect(problems[0]?.where).toBe(`Entry 1 "${'x'.repeat(60)}"`);
  });

  it('drops a second entry with the same id', () => {
    const { story, problems } = validateStory({
      schemaVersion: 1,
      story: {},
      entries: [entry('a'), entry('a', { title: 'Second' })],
      places: [],
    });
    expect(story.entries).toHaveLength(1);
    expect(story.entries[0]?.title).toBe('Post a');
    expect(problems).toEqual([{ where: 'Entry 2 "a"', message: 'duplicate id' }]);
  });

  it('drops unknown places from an entry and its mentions, keeping the entry', () => {
    const { story, problems } = validateStory({
      schemaVersion: 1,
      story: {},
      entries: [
        entry('a', {
          places: ['kyiv', 'atlantis'],
          mentions: [
            { placeId: 'kyiv', block: 0, start: 0, end: 4 },
            { placeId: 'atlantis', block: 0, start: 5, end: 10 },
          ],
        }),
      ],
      places: [KYIV],
    });
    expect(story.entries[0]?.places).toEqual(['kyiv']);
    expect(story.entries[0]?.mentions.map((m) => m.placeId)).toEqual(['kyiv']);
    expect(problems).toEqual([{ where: 'Entry 1 "a"', message: 'unknown place "atlantis" dropped' }]);
  });

  it('reports an invalid place, and the entries that then point nowhere', () => {
    const { story, problems } = validateStory({
      schemaVersion: 1,
      story: {},
      entries: [entry('a', { places: ['kyiv'] })],
      places: [{ ...KYIV, lat: 200 }],
    });
    expect(story.places).toEqual([]);
    expect(story.entries[0]?.places).toEqual([]);
    expect(problems[0]).toEqual({ where: 'Place 1 "kyiv"', message: expect.stringMatching(/^lat: /) });
    expect(problems[1]?.where).toBe('Entry 1 "a"');
  });

  it('requires a country code for a country', () => {
    const { problems } = validateStory({
      schemaVersion: 1,
      story: {},
      entries: [],
      places: [{ ...KYIV, id: 'ukraine', name: 'Ukraine', kind: 'country' }],
    });
    expect(problems[0]?.message).toMatch(/countryCode/);
  });

  it('drops a second place with the same id', () => {
    const { story, problems } = validateStory({
      schemaVersion: 1,
      story: {},
      entries: [],
      places: [KYIV, { ...KYIV, name: 'Kiev' }],
    });
    expect(story.places.map((p) => p.name)).toEqual(['Kyiv']);
    expect(problems).toEqual([{ where: 'Place 2 "kyiv"', message: 'duplicate id' }]);
  });

  it('reports bad story metadata and keeps the entries', () => {
    const data = sampleData();
    data.story = { title: 7 };
    const { story, problems } = validateStory(data);
    expect(problems[0]?.where).toBe('story');
    expect(story.story).toEqual({});
    expect(story.entries).toHaveLength(20);
  });

  it('rejects a publishedAt the app cannot read ("+01" offset)', () => {
    const { story, problems } = validateStory({
      schemaVersion: 1,
      story: {},
      entries: [entry('a', { publishedAt: '2025-02-14T10:25:00+01' })],
      places: [],
    });
    expect(story.entries).toEqual([]);
    expect(problems).toHaveLength(1);
  });

  it('rejects an impossible calendar date', () => {
    const { problems } = validateStory({
      schemaVersion: 1,
      story: {},
      entries: [entry('a', { publishedAt: '2025-02-30T10:25:00Z' })],
      places: [],
    });
    expect(problems).toHaveLength(1);
  });
});

describe('validateStory(data) on what the schema bounds and reports', () => {
  it('reports an unknown sourceTimeZone among the problems and leaves it out (times show in UTC)', () => {
    const { story, problems } = validateStory({
      schemaVersion: 1,
      story: { sourceTimeZone: 'Mars/Olympus_Mons' },
      entries: [],
      places: [],
    });
    expect(story.story.sourceTimeZone).toBeUndefined();
    expect(problems).toEqual([
      {
        where: 'story.sourceTimeZone',
        message: 'unknown time zone "Mars/Olympus_Mons"; times are shown in UTC',
      },
    ]);
  });

  it('lists a place a post names twice once, and counts the post once for it', () => {
    const { story } = validateStory({
      schemaVersion: 1,
      story: {},
      entries: [entry('twice', { places: ['kyiv', 'kyiv'] })],
      places: [KYIV],
    });
    expect(story.entries[0]?.places).toEqual(['kyiv']);
    expect(story.places[0]?.entryCount).toBe(1);
  });

  it('refuses a post with more places, mentions or links than any page has, keeping the rest', () => {
    const many = Array.from({ length: 50_000 }, () => 'kyiv');
    const links = Array.from({ length: 40_000 }, (_, i) => ({ start: i, end: i + 1 }));
    const { story, problems } = validateStory({
      schemaVersion: 1,
      story: {},
      entries: [
        entry('crowded', { places: many }),
        entry('linked', { blocks: [{ type: 'paragraph', text: 'x'.repeat(40_001), links }] }),
        entry('fine'),
      ],
      places: [KYIV],
    });
    expect(story.entries.map((e) => e.id)).toEqual(['fine']);
    expect(problems.map((p) => p.where)).toEqual(['Entry 1 "crowded"', 'Entry 2 "linked"']);
  });
});

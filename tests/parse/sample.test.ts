import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/pipeline/story';
import { validateStory } from '../../src/core/validate';
import { gazetteer } from '../support/gazetteer';

const TEXT = readFileSync(
  new URL('../../data/bbc-2025-02-14-munich-security-conference.txt', import.meta.url),
  'utf8',
);
const SIDECAR = JSON.parse(
  readFileSync(
    new URL('../../data/bbc-2025-02-14-munich-security-conference.meta.json', import.meta.url),
    'utf8',
  ),
);
const GOLDEN = JSON.parse(readFileSync(new URL('../fixtures/sample/expected.json', import.meta.url), 'utf8'));

const built = buildStory(TEXT, { year: 2025, timeZone: 'Europe/London' }, SIDECAR, gazetteer());
const { entries, places } = built.story;
const placeOf = (id: string) => places.find((p) => p.id === id);

describe('the sample page (BBC, 14 February 2025)', () => {
  it('equals the hand-reviewed golden file', () => {
    expect(built.story).toEqual(GOLDEN);
  });

  it('finds all 20 posts in page order, newest first, with no warnings', () => {
    expect(entries.map((e) => e.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(built.warnings).toEqual([]);
  });

  it('turns every GMT stamp into UTC', () => {
    expect(entries[0]?.publishedAt).toBe('2025-02-14T10:25:00Z');
    expect(entries[14]?.publishedAt).toBe('2025-02-14T07:58:00Z');
    expect(entries[19]?.publishedAt).toBe('2025-02-14T07:07:00Z');
  });

  it('reads titles without the glued "published at" phrase', () => {
    expect(entries[1]?.title).toBe("Ukraine on 'irreversible path' to Nato, Downing Street says");
    expect(entries[7]?.title).toBe('How did we get here?');
  });

  it('reads the five bylines, with role and location apart', () => {
    const bylines = entries.map((e) => e.byline).filter(Boolean);
    expect(bylines).toEqual([
      { name: 'Will Vernon', location: 'Warsaw' },
      { name: 'Anthony Zurcher', role: 'North America correspondent' },
      { name: 'Lyse Doucet', role: 'Chief international correspondent' },
      { name: 'Frank Gardner', role: 'Security correspondent', location: 'Munich' },
      { name: 'James Waterhouse', role: 'Ukraine correspondent', location: 'Kyiv' },
      { name: 'Frank Gardner', role: 'Security correspondent' },
    ]);
  });

  it('counts every image, including the map with no credit line', () => {
    const images = entries.map((e) => e.blocks.filter((b) => b.type === 'image').length);
    expect(images).toEqual([0, 1, 4, 1, 1, 2, 0, 1, 1, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 0]);
    expect(entries[17]?.blocks[0]).toMatchObject({
      type: 'image',
      alt: expect.stringMatching(/^A map of Ukraine/),
    });
  });

  it('keeps captions and credits with their images', () => {
    expect(entries[2]?.blocks[3]).toEqual({
      type: 'image',
      alt: 'A domed structure over the power plant with a darkened mark where something has struck it',
      credit: 'Reuters/State Emergency Service Of Ukraine',
      caption: 'Damage on a protective shield over the remains of a reactor at Chernobyl',
    });
  });

  it('turns ", external" into a link annotation, not text', () => {
    const paragraph = entries[16]?.blocks[2];
    expect(paragraph).toMatchObject({ type: 'paragraph' });
    if (paragraph?.type !== 'paragraph') return;
    expect(paragraph.text).toContain('Macron tells the Financial Times that only');
    expect(paragraph.links?.map((l) => paragraph.text.slice(l.start, l.end))).toEqual(['Financial Times']);
  });

  it('puts Munich, Warsaw, Chernobyl, Kyiv and Malokaterynivka in the right entries, within a few km', () => {
    const at = (id: string) => entries.flatMap((e, i) => (e.places.includes(id) ? [i + 1] : []));
    expect(at('munich')).toEqual([4, 6, 8, 10, 13, 15, 19, 20]);
    expect(at('warsaw')).toEqual([5, 6]);
    expect(at('chernobyl-nuclear-power-plant')).toEqual([3, 4, 9, 14]);
    expect(at('kyiv')).toEqual([8, 15]);
    expect(at('malokaterynivka')).toEqual([15]);
    expect(placeOf('warsaw')).toMatchObject({
      countryCode: 'PL',
      lat: expect.closeTo(52.23, 1),
      lon: expect.closeTo(21.01, 1),
    });
    expect(placeOf('malokaterynivka')).toMatchObject({
      countryCode: 'UA',
      lat: expect.closeTo(47.66, 1),
      lon: expect.closeTo(35.26, 1),
    });
  });

  it('does not take people, agencies or organisations for places', () => {
    const names = places.map((p) => p.name);
    for (const notPlace of ['Vance', 'Tass', 'Nato', 'Reuters', 'Chatham', 'Kemp', 'Eu'])
      expect(names).not.toContain(notPlace);
  });

  it('writes data that passes the app validation with no problems', () => {
    expect(validateStory(JSON.parse(JSON.stringify(built.story))).problems).toEqual([]);
  });
});

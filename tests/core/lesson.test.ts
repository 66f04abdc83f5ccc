import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { limitStory } from '../../src/core/lesson';
import type { Story } from '../../src/core/types';
import { validateStory } from '../../src/core/validate';

const { story } = validateStory(
  JSON.parse(readFileSync(new URL('../fixtures/sample/expected.json', import.meta.url), 'utf8')),
);
const times = (s: Story) => s.entries.map((e) => e.publishedAt?.slice(11, 16));
const counts = (s: Story) => Object.fromEntries(s.places.map((p) => [p.id, p.entryCount]));

// Only timed posts here: the rule for untimed posts and for stamps with seconds is about to change.
describe('limitStory(story, from, to)', () => {
  it('returns the same story object when no range is given', () => {
    expect(limitStory(story)).toBe(story);
    expect(limitStory(story, undefined, undefined)).toBe(story);
    expect(limitStory(story, '', '')).toBe(story);
  });

  it('keeps the entries inside the range, both ends included, in the page’s order', () => {
    const lesson = limitStory(story, '2025-02-14T07:14:00Z', '2025-02-14T07:58:00Z');
    expect(times(lesson)).toEqual(['07:58', '07:45', '07:30', '07:23', '07:14']);
  });

  it('keeps everything from `from` on when there is no `to`', () => {
    expect(times(limitStory(story, '2025-02-14T09:50:00Z'))).toEqual(['10:25', '10:09', '09:52']);
  });

  it('keeps everything up to `to` when there is no `from`', () => {
    expect(times(limitStory(story, undefined, '2025-02-14T07:14:00Z'))).toEqual(['07:14', '07:07']);
  });

  it('reads times with an offset', () => {
    expect(times(limitStory(story, '2025-02-14T11:20:00+01:00', '2025-02-14T11:25:00+01:00'))).toEqual([
      '10:25',
    ]);
  });

  it('recounts each place’s posts within the range and drops places no longer mentioned', () => {
    // 10:09 mentions Ukraine, Downing Street, the UK, Washington, the US and Brussels; 10:25 the US,
    // the Kremlin, Moscow and Washington.
    const lesson = limitStory(story, '2025-02-14T10:00:00Z', '2025-02-14T11:00:00Z');
    expect(counts(lesson)).toEqual({
      'united-states': 2,
      kremlin: 1,
      moscow: 1,
      'washington-d-c': 2,
      ukraine: 1,
      'downing-street': 1,
      'united-kingdom': 1,
      brussels: 1,
    });
  });

  it('keeps the places’ other fields and the story’s metadata', () => {
    const lesson = limitStory(story, '2025-02-14T10:20:00Z');
    const { entryCount: _count, ...kremlin } = story.places.find((p) => p.id === 'kremlin') ?? {};
    expect(lesson.places.find((p) => p.id === 'kremlin')).toEqual({ ...kremlin, entryCount: 1 });
    expect(lesson.story).toEqual(story.story);
    expect(lesson.schemaVersion).toBe(1);
  });

  it('leaves the story it was given unchanged', () => {
    const before = structuredClone(story);
    limitStory(story, '2025-02-14T10:00:00Z', '2025-02-14T11:00:00Z');
    expect(story).toEqual(before);
  });

  it('gives an empty story when the range holds no entry', () => {
    const lesson = limitStory(story, '2025-02-14T07:08:00Z', '2025-02-14T07:13:00Z');
    expect(lesson.entries).toEqual([]);
    expect(lesson.places).toEqual([]);
  });
});

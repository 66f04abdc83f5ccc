import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonOf, limitStory } from '../../src/core/lesson';
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

  it('shows the whole story, and says why, when the range holds no post', () => {
    const lesson = lessonOf(story, '2025-02-14T07:08:00Z', '2025-02-14T07:13:00Z');
    expect(lesson.story).toBe(story);
    expect(lesson.range).toBeNull();
    expect(lesson.notice).toMatch(/No post .* falls inside .* the whole story is shown/);
  });
});

describe('lessonOf(story, from, to)', () => {
  it('shows the whole story, and says why, for an inverted range', () => {
    const lesson = lessonOf(story, '2025-02-14T09:00:00Z', '2025-02-14T08:00:00Z');
    expect(lesson.story).toBe(story);
    expect(lesson.notice).toBe(
      'This lesson link starts (2025-02-14T09:00:00Z) after it ends (2025-02-14T08:00:00Z), so the whole story is shown.',
    );
  });

  it('counts a `to` given to the minute to the end of that minute (a post stamped 08:25:40 is in)', () => {
    const withSeconds: Story = {
      ...story,
      entries: story.entries.map((e) =>
        e.publishedAt === '2025-02-14T08:25:00Z' ? { ...e, publishedAt: '2025-02-14T08:25:40Z' } : e,
      ),
    };
    expect(times(limitStory(withSeconds, '2025-02-14T08:12:00Z', '2025-02-14T08:25Z'))).toEqual([
      '08:25',
      '08:12',
    ]);
    // With seconds, a bound is exact.
    expect(times(limitStory(withSeconds, '2025-02-14T08:12:00Z', '2025-02-14T08:25:00Z'))).toEqual(['08:12']);
  });

  it('keeps an untimed post that the timeline places inside the range (after the post before it)', () => {
    const untimed: Story = {
      ...story,
      entries: story.entries.map((e) =>
        e.publishedAt === '2025-02-14T08:25:00Z' ? { ...e, publishedAt: null } : e,
      ),
    };
    // On the timeline the untimed post takes 08:12, the time of the post before it.
    const lesson = lessonOf(untimed, '2025-02-14T08:10:00Z', '2025-02-14T08:20:00Z');
    expect(lesson.story.entries.map((e) => e.publishedAt)).toEqual([null, '2025-02-14T08:12:00Z']);
    expect(lesson.range).toEqual({
      from: Date.parse('2025-02-14T08:10:00Z'),
      to: Date.parse('2025-02-14T08:20:00Z'),
      total: 20,
    });
  });

  it('counts a place named twice in a post once', () => {
    const twice: Story = {
      ...story,
      entries: story.entries.map((e, i) => (i === 0 ? { ...e, places: [...e.places, ...e.places] } : e)),
    };
    const lesson = lessonOf(twice, '2025-02-14T10:00:00Z');
    expect(Object.fromEntries(lesson.story.places.map((p) => [p.id, p.entryCount]))).toMatchObject({
      kremlin: 1,
    });
  });
});

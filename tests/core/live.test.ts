import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/core/chronology';
import { pinnedView, storyChanges, unchanged } from '../../src/core/live';
import type { Entry, Story } from '../../src/core/types';
import { validateStory } from '../../src/core/validate';

const { story } = validateStory(
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8')),
);
const latest = story.entries[0] as Entry;
const post = (id: string, at: string | null): Entry => ({ ...latest, id, publishedAt: at, title: id });

describe('a live page fetched again', () => {
  it('finds the posts that arrived, newest first, whatever their place in the file', () => {
    const next: Story = {
      ...story,
      entries: [post('b', '2025-02-14T10:40:00Z'), ...story.entries, post('c', '2025-02-14T10:50:00Z')],
    };
    expect(storyChanges(story, next)).toEqual({ added: ['c', 'b'], changed: [], removed: [] });
  });

  it('finds posts edited in place and posts taken down', () => {
    const [first, second, ...rest] = story.entries as Entry[];
    const next: Story = { ...story, entries: [{ ...(first as Entry), title: 'Corrected' }, ...rest] };
    expect(storyChanges(story, next)).toEqual({ added: [], changed: [first?.id], removed: [second?.id] });
  });

  it('says when nothing a reader sees changed, and when only the story’s details did', () => {
    const copy: Story = JSON.parse(JSON.stringify(story));
    expect(unchanged(storyChanges(story, copy), story, copy)).toBe(true);
    const retitled: Story = { ...copy, story: { ...copy.story, title: 'New title' } };
    expect(unchanged(storyChanges(story, retitled), story, retitled)).toBe(false);
  });
});

describe('keeping the reader in place', () => {
  const chronology = buildChronology(story);

  it('pins a view that follows the latest post to the post it shows', () => {
    expect(pinnedView(chronology, {})).toEqual({ entry: latest.id });
    const kyivLatest = chronology.entries[chronology.entriesByPlace.get('kyiv')?.at(-1) as number];
    expect(pinnedView(chronology, { place: 'kyiv' })).toEqual({ entry: kyivLatest?.id });
  });

  it('leaves a view that names its post or moment as it is', () => {
    expect(pinnedView(chronology, { entry: 'x' })).toBeNull();
    expect(pinnedView(chronology, { t: '2025-02-14T08:00:00Z' })).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/core/chronology';
import { deriveView, latestEntryFor } from '../../src/core/explore';
import type { Entry, Story } from '../../src/core/types';
import { validateStory } from '../../src/core/validate';

const SAMPLE_PATH = fileURLToPath(new URL('../fixtures/sample/expected.json', import.meta.url));
const sample = buildChronology(validateStory(JSON.parse(readFileSync(SAMPLE_PATH, 'utf8'))).story);

const at = (iso: string) => Date.parse(iso);
const titleOf = (index: number) => sample.entries[index]?.title;
const timesOf = (indexes: number[]) => indexes.map((i) => sample.entries[i]?.publishedAt?.slice(11, 16));

const ID_0714 = '20250214-0714-0tf2wx';
const ID_0758 = '20250214-0758-124nfu';

function entry(id: string, publishedAt: string | null, extra: Partial<Entry> = {}): Entry {
  return {
    id,
    title: id,
    publishedAt,
    labels: [],
    byline: null,
    blocks: [],
    places: [],
    mentions: [],
    ...extra,
  };
}

describe('deriveView(chronology, state)', () => {
  describe('with no state', () => {
    const view = deriveView(sample, {});

    it('puts the time at the latest entry', () => {
      expect(view.moment).toBe(sample.end);
      expect(view.current).toBe(19);
      expect(titleOf(view.current)).toBe('No contact between US and Russian officials - Kremlin');
    });

    it('shows every entry newest first', () => {
      expect(view.order).toBe('newest');
      expect(view.visible).toEqual(Array.from({ length: 20 }, (_, i) => 19 - i));
    });

    it('has no place filter and no search', () => {
      expect(view.place).toBeNull();
      expect(view.query).toBe('');
    });

    it('shows every mentioned place, and marks the current entry’s places', () => {
      expect(view.shownPlaces).toHaveLength(sample.firstMention.size);
      expect([...view.currentPlaces].sort()).toEqual([
        'kremlin',
        'moscow',
        'united-states',
        'washington-d-c',
      ]);
    });
  });

  describe('time', () => {
    it('makes the latest entry at or before `t` current, keeping the moment', () => {
      const view = deriveView(sample, { t: '2025-02-14T07:20:00Z' });
      expect(view.moment).toBe(at('2025-02-14T07:20:00Z'));
      expect(titleOf(view.current)).toBe('Why this meeting of world leaders matters');
    });

    it('reads `t` with an offset', () => {
      const view = deriveView(sample, { t: '2025-02-14T08:58:00+01:00' });
      expect(sample.entries[view.current]?.publishedAt).toBe('2025-02-14T07:58:00Z');
    });

    it('lets `entry` win over `t` and moves the moment to it', () => {
      const view = deriveView(sample, { t: '2025-02-14T10:00:00Z', entry: ID_0714 });
      expect(titleOf(view.current)).toBe('Why this meeting of world leaders matters');
      expect(view.moment).toBe(at('2025-02-14T07:14:00Z'));
    });

    it('ignores an unknown entry id and an unreadable time', () => {
      const view = deriveView(sample, { entry: 'no-such-entry', t: 'yesterday' });
      expect(view.current).toBe(19);
      expect(view.moment).toBe(sample.end);
    });

    it('keeps a time before the first entry within the story’s span', () => {
      const view = deriveView(sample, { t: '2025-02-14T06:00:00Z' });
      expect(view.moment).toBeGreaterThanOrEqual(sample.start);
    });

    it('keeps a time after the last entry within the story’s span', () => {
      const view = deriveView(sample, { t: '2025-03-01T00:00:00Z' });
      expect(view.current).toBe(19);
      expect(view.moment).toBeLessThanOrEqual(sample.end);
    });

    it('ignores `t` when the story has no times, stepping by position', () => {
      const untimed: Story = {
        schemaVersion: 1,
        story: {},
        entries: [entry('c', null), entry('b', null), entry('a', null)],
        places: [],
      };
      const c = buildChronology(untimed);
      expect(deriveView(c, { t: '2025-02-14T07:20:00Z' }).current).toBe(2);
      const byEntry = deriveView(c, { entry: 'b' });
      expect(byEntry.current).toBe(1);
      expect(byEntry.moment).toBe(1);
    });

    it('has no current entry in an empty story', () => {
      const empty = buildChronology({ schemaVersion: 1, story: {}, entries: [], places: [] });
      const view = deriveView(empty, {});
      expect(view.current).toBe(-1);
      expect(view.visible).toEqual([]);
      expect(view.shownPlaces).toEqual([]);
    });
  });

  describe('place filter', () => {
    it('shows only the entries that mention the place', () => {
      const view = deriveView(sample, { place: 'kyiv' });
      expect(view.place?.name).toBe('Kyiv');
      expect(timesOf(view.visible)).toEqual(['09:05', '07:58']);
    });

    it('ignores an unknown place', () => {
      const view = deriveView(sample, { place: 'atlantis' });
      expect(view.place).toBeNull();
      expect(view.visible).toHaveLength(20);
    });

    it('opens on the latest entry of the place when the URL gives no time or entry', () => {
      const latest = sample.entriesByPlace.get('kyiv')?.at(-1);
      expect(deriveView(sample, { place: 'kyiv' }).current).toBe(latest);
      expect(deriveView(sample, { place: 'kyiv', t: '2025-02-14T10:25:00Z' }).current).toBe(19);
    });
  });

  describe('search', () => {
    it('filters by the title and text, ignoring case', () => {
      expect(timesOf(deriveView(sample, { q: 'MALOKATERYNIVKA' }).visible)).toEqual(['07:58']);
      expect(timesOf(deriveView(sample, { q: 'fisherman' }).visible)).toEqual(['07:58']);
    });

    it('ignores spaces around the search text but reports it as typed', () => {
      const view = deriveView(sample, { q: '  Fisherman ' });
      expect(view.query).toBe('  Fisherman ');
      expect(view.visible).toHaveLength(1);
    });

    it('searches list items, image descriptions and captions', () => {
      expect(timesOf(deriveView(sample, { q: 'phone call to begin talks' }).visible)).toEqual(['09:05']);
      expect(timesOf(deriveView(sample, { q: 'independence square' }).visible)).toEqual(['09:05']);
      expect(timesOf(deriveView(sample, { q: 'firefighters at the scene' }).visible)).toEqual(['09:52']);
    });

    it('combines with the place filter', () => {
      const view = deriveView(sample, { place: 'munich', q: 'chernobyl' });
      expect(timesOf(view.visible)).toEqual(['09:42']);
    });

    it('shows nothing when nothing matches', () => {
      expect(deriveView(sample, { q: 'zzzz-no-match' }).visible).toEqual([]);
    });

    it('finds entries by their byline', () => {
      expect(deriveView(sample, { q: 'Frank Gardner' }).visible.length).toBeGreaterThan(0);
    });

    it('matches a typographic apostrophe when the search uses a straight one', () => {
      expect(timesOf(deriveView(sample, { q: "Putin's favour" }).visible)).toEqual(['07:45']);
    });
  });

  describe('order', () => {
    it('shows oldest first when asked', () => {
      const view = deriveView(sample, { order: 'oldest' });
      expect(view.visible).toEqual(Array.from({ length: 20 }, (_, i) => i));
    });

    it('orders a filtered list too', () => {
      expect(timesOf(deriveView(sample, { place: 'kyiv', order: 'oldest' }).visible)).toEqual([
        '07:58',
        '09:05',
      ]);
    });
  });

  describe('places on the map', () => {
    it('shows only places mentioned up to the current entry', () => {
      const view = deriveView(sample, { entry: ID_0714 });
      const shown = view.shownPlaces.map((p) => p.id).sort();
      expect(shown).toEqual(
        ['estonia', 'hungary', 'munich', 'russia', 'slovakia', 'ukraine', 'united-states'].sort(),
      );
      expect(shown).not.toContain('kyiv');
    });

    it('adds a place once its first entry is current', () => {
      const before = deriveView(sample, { t: '2025-02-14T07:57:00Z' });
      const after = deriveView(sample, { entry: ID_0758 });
      expect(before.shownPlaces.map((p) => p.id)).not.toContain('malokaterynivka');
      expect(after.shownPlaces.map((p) => p.id)).toContain('malokaterynivka');
      expect(after.currentPlaces.has('malokaterynivka')).toBe(true);
      expect(after.currentPlaces.has('estonia')).toBe(false);
    });
  });
});

describe('latestEntryFor(chronology, placeId)', () => {
  it('returns the latest entry that mentions the place', () => {
    expect(latestEntryFor(sample, 'kyiv')?.publishedAt).toBe('2025-02-14T09:05:00Z');
    expect(latestEntryFor(sample, 'malokaterynivka')?.id).toBe(ID_0758);
    expect(latestEntryFor(sample, 'munich')?.publishedAt).toBe('2025-02-14T09:42:00Z');
  });

  it('returns null for a place no entry mentions', () => {
    expect(latestEntryFor(sample, 'atlantis')).toBeNull();
  });
});

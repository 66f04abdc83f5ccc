import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildChronology, chronologySteps, indexAt, type Chronology } from '../../src/core/chronology';
import type { Entry, Place, Story } from '../../src/core/types';
import { validateStory } from '../../src/core/validate';

const SAMPLE_PATH = fileURLToPath(new URL('../fixtures/sample/expected.json', import.meta.url));
const sample = buildChronology(validateStory(JSON.parse(readFileSync(SAMPLE_PATH, 'utf8'))).story);

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);

function entry(id: string, publishedAt: string | null, places: string[] = []): Entry {
  return {
    id,
    title: `Post ${id}`,
    publishedAt,
    labels: [],
    byline: null,
    blocks: [],
    places,
    mentions: [],
  };
}

function place(id: string): Place {
  return { id, name: id.toUpperCase(), kind: 'city', lat: 0, lon: 0, source: 'test', entryCount: 1 };
}

function story(entries: Entry[], places: Place[] = []): Story {
  return { schemaVersion: 1, story: {}, entries, places };
}

const ids = (c: Chronology) => c.entries.map((e) => e.id);

describe('buildChronology(story)', () => {
  describe('with the sample (a newest-first page)', () => {
    it('orders the 20 entries oldest first', () => {
      expect(sample.entries).toHaveLength(20);
      expect(sample.entries[0]?.title).toBe(
        "'Don't lecture or ignore each other': What is the Munich Security Conference?",
      );
      expect(sample.entries[1]?.title).toBe('Why this meeting of world leaders matters');
      expect(sample.entries[19]?.title).toBe('No contact between US and Russian officials - Kremlin');
    });

    it('gives each entry its moment in UTC milliseconds, ascending', () => {
      expect(sample.moments).toHaveLength(20);
      expect(sample.moments[0]).toBe(at('2025-02-14T07:07:00Z'));
      expect(sample.moments[19]).toBe(at('2025-02-14T10:25:00Z'));
      for (let i = 1; i < sample.moments.length; i++)
        expect(sample.moments[i]).toBeGreaterThanOrEqual(sample.moments[i - 1] as number);
    });

    it('spans the first to the last entry and is not ordinal', () => {
      expect(sample.ordinal).toBe(false);
      expect(sample.start).toBe(at('2025-02-14T07:07:00Z'));
      expect(sample.end).toBe(at('2025-02-14T10:25:00Z'));
    });

    it('indexes entries by id', () => {
      expect(sample.indexById.get('20250214-0707-06pf6g')).toBe(0);
      expect(sample.indexById.get('20250214-1025-1ggb5w')).toBe(19);
      expect(sample.indexById.size).toBe(20);
    });

    it('indexes places by id', () => {
      expect(sample.placeById.get('kyiv')?.name).toBe('Kyiv');
      expect(sample.placeById.get('malokaterynivka')?.kind).toBe('city');
    });

    it('lists the chronological indexes of the entries that mention each place', () => {
      const kyiv = sample.entriesByPlace.get('kyiv') ?? [];
      expect(kyiv.map((i) => sample.entries[i]?.publishedAt)).toEqual([
        '2025-02-14T07:58:00Z',
        '2025-02-14T09:05:00Z',
      ]);
      expect(sample.entriesByPlace.get('munich')?.[0]).toBe(0);
      expect(sample.entriesByPlace.get('ukraine')).toHaveLength(18);
    });

    it('records the first entry that mentions each place', () => {
      const first = sample.firstMention.get('malokaterynivka') as number;
      expect(sample.entries[first]?.title).toMatch(/^Life on the front line/);
      expect(sample.firstMention.get('kyiv')).toBe(first);
      expect(sample.firstMention.get('munich')).toBe(0);
    });
  });

  it('keeps an oldest-first page in page order', () => {
    const c = buildChronology(
      story([
        entry('a', '2025-01-01T09:00:00Z'),
        entry('b', '2025-01-01T10:00:00Z'),
        entry('c', '2025-01-01T11:00:00Z'),
      ]),
    );
    expect(ids(c)).toEqual(['a', 'b', 'c']);
  });

  it('sorts entries by time even when the page is not in order', () => {
    const c = buildChronology(
      story([
        entry('pinned', '2025-01-01T09:30:00Z'),
        entry('newest', '2025-01-01T11:00:00Z'),
        entry('middle', '2025-01-01T10:00:00Z'),
        entry('oldest', '2025-01-01T09:00:00Z'),
      ]),
    );
    expect(ids(c)).toEqual(['oldest', 'pinned', 'middle', 'newest']);
  });

  it('keeps same-minute posts of a newest-first page in reverse page order (lower on the page is older)', () => {
    const c = buildChronology(
      story([
        entry('newest', '2025-01-01T11:00:00Z'),
        entry('upper', '2025-01-01T10:00:00Z'),
        entry('lower', '2025-01-01T10:00:00Z'),
        entry('oldest', '2025-01-01T09:00:00Z'),
      ]),
    );
    expect(ids(c)).toEqual(['oldest', 'lower', 'upper', 'newest']);
  });

  it('gives an untimed entry the time of the post before it', () => {
    const c = buildChronology(
      story([
        entry('newest', '2025-01-01T11:00:00Z'),
        entry('untimed', null),
        entry('oldest', '2025-01-01T09:00:00Z'),
      ]),
    );
    expect(ids(c)).toEqual(['oldest', 'untimed', 'newest']);
    expect(c.moments).toEqual([
      at('2025-01-01T09:00:00Z'),
      at('2025-01-01T09:00:00Z'),
      at('2025-01-01T11:00:00Z'),
    ]);
    expect(c.ordinal).toBe(false);
  });

  it('gives untimed entries before any timed one the first time', () => {
    const c = buildChronology(
      story([entry('a', '2025-01-01T09:00:00Z'), entry('b', '2025-01-01T10:00:00Z'), entry('c', null)]),
    );
    // An oldest-first page: the untimed post at the bottom follows 10:00.
    expect(ids(c)).toEqual(['a', 'b', 'c']);
    expect(c.moments[2]).toBe(at('2025-01-01T10:00:00Z'));

    const leading = buildChronology(
      story([entry('x', null), entry('y', '2025-01-01T09:00:00Z'), entry('z', '2025-01-01T10:00:00Z')]),
    );
    expect(leading.moments[0]).toBe(at('2025-01-01T09:00:00Z'));
    expect(leading.start).toBe(at('2025-01-01T09:00:00Z'));
  });

  it('steps through positions when no entry has a time (oldest at the bottom of the page)', () => {
    const c = buildChronology(story([entry('top', null), entry('middle', null), entry('bottom', null)]));
    expect(c.ordinal).toBe(true);
    expect(ids(c)).toEqual(['bottom', 'middle', 'top']);
    expect(c.moments).toEqual([0, 1, 2]);
    expect(c.start).toBe(0);
    expect(c.end).toBe(2);
  });

  it('handles an empty story', () => {
    const c = buildChronology(story([]));
    expect(c.entries).toEqual([]);
    expect(c.start).toBe(0);
    expect(c.end).toBe(0);
    expect(c.entriesByPlace.size).toBe(0);
  });

  it('counts each entry once per place it lists', () => {
    const c = buildChronology(
      story(
        [entry('b', '2025-01-01T10:00:00Z', ['p', 'q']), entry('a', '2025-01-01T09:00:00Z', ['p'])],
        [place('p'), place('q')],
      ),
    );
    expect(c.entriesByPlace.get('p')).toEqual([0, 1]);
    expect(c.entriesByPlace.get('q')).toEqual([1]);
    expect(c.firstMention.get('q')).toBe(1);
  });
});

/** The order the slow way: an object per post, sorted by time and then by place on the page. */
function referenceOrder(page: Entry[]): { ids: string[]; moments: number[] } {
  const times = page.map((e) => (e.publishedAt ? Date.parse(e.publishedAt) : null));
  const ordinal = times.every((t) => t === null);
  const timed = times.filter((t): t is number => t !== null);
  const newestFirst = timed.length < 2 || (timed[0] as number) >= (timed[timed.length - 1] as number);
  const order = page.map((_, i) => i);
  if (newestFirst) order.reverse();
  let last = -Infinity;
  const rows = order.map((i, position) => {
    const t = ordinal ? position : (times[i] ?? (Number.isFinite(last) ? last : null));
    if (t !== null) last = Math.max(last, t);
    return { id: (page[i] as Entry).id, t, position };
  });
  const first = rows.find((r) => r.t !== null)?.t ?? 0;
  const filled = rows.map((r) => ({ ...r, t: r.t ?? first }));
  filled.sort((a, b) => a.t - b.t || a.position - b.position);
  return { ids: filled.map((r) => r.id), moments: filled.map((r) => r.t) };
}

describe('chronologySteps(story)', () => {
  it('orders any page as sorting an object per post would: untimed posts, ties, any order', () => {
    const minute = fc.option(fc.integer({ min: 0, max: 6 }), { nil: null });
    fc.assert(
      fc.property(fc.array(minute, { maxLength: 40 }), (minutes) => {
        const page = minutes.map((m, i) =>
          entry(`e${i}`, m === null ? null : new Date(at('2025-01-01T09:00:00Z') + m * MIN).toISOString()),
        );
        const built = buildChronology(story(page));
        expect({ ids: ids(built), moments: built.moments }).toEqual(referenceOrder(page));
      }),
      { numRuns: 500 },
    );
  });

  it('pauses between its passes and ends with what buildChronology gives', () => {
    const whole: Story = story(sample.entries, [...sample.placeById.values()]);
    const steps = chronologySteps(whole);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(step.value).toEqual(buildChronology(whole));
    expect(ids(step.value)).toEqual(ids(sample));
  });
});

describe('indexAt(chronology, moment)', () => {
  it('returns the latest entry at or before the moment', () => {
    const i = indexAt(sample, at('2025-02-14T07:20:00Z'));
    expect(sample.entries[i]?.title).toBe('Why this meeting of world leaders matters');
  });

  it('returns the entry published exactly at the moment', () => {
    const i = indexAt(sample, at('2025-02-14T07:58:00Z'));
    expect(sample.entries[i]?.publishedAt).toBe('2025-02-14T07:58:00Z');
    expect(indexAt(sample, at('2025-02-14T07:58:00Z') - 1)).toBe(i - 1);
  });

  it('returns -1 before the first entry', () => {
    expect(indexAt(sample, sample.start - MIN)).toBe(-1);
  });

  it('returns the last entry at and after the end', () => {
    expect(indexAt(sample, sample.end)).toBe(19);
    expect(indexAt(sample, sample.end + 24 * 60 * MIN)).toBe(19);
  });

  it('returns the last of several entries in the same minute', () => {
    const c = buildChronology(
      story([
        entry('c', '2025-01-01T10:00:00Z'),
        entry('b', '2025-01-01T10:00:00Z'),
        entry('a', '2025-01-01T09:00:00Z'),
      ]),
    );
    expect(indexAt(c, at('2025-01-01T10:00:00Z'))).toBe(2);
    expect(c.entries[2]?.id).toBe('c');
  });

  it('returns -1 for an empty story', () => {
    expect(indexAt(buildChronology(story([])), 0)).toBe(-1);
  });

  it('agrees with a linear scan', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 40 }),
        fc.integer({ min: -10, max: 1010 }),
        (raw, moment) => {
          const moments = [...raw].sort((a, b) => a - b);
          const c = { moments } as unknown as Chronology;
          let expected = -1;
          moments.forEach((m, i) => {
            if (m <= moment) expected = i;
          });
          expect(indexAt(c, moment)).toBe(expected);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readViewState, writeViewState, type ViewState } from '../../src/core/viewState';

describe('readViewState(search)', () => {
  it('reads every key the URL may hold', () => {
    expect(
      readViewState(
        '?t=2025-02-14T07:14:00Z&entry=20250214-0714-0tf2wx&place=kyiv&q=front+line&order=oldest',
      ),
    ).toEqual({
      t: '2025-02-14T07:14:00Z',
      entry: '20250214-0714-0tf2wx',
      place: 'kyiv',
      q: 'front line',
      order: 'oldest',
    });
  });

  it('reads a search string without the leading "?"', () => {
    expect(readViewState('place=munich')).toEqual({ place: 'munich' });
  });

  it('returns an empty state for an empty search', () => {
    expect(readViewState('')).toEqual({});
  });

  it('accepts times with minutes only, fractions and offsets', () => {
    expect(readViewState('?t=2025-02-14T07:14Z').t).toBe('2025-02-14T07:14Z');
    expect(readViewState('?t=2025-02-14T07:14:30.5Z').t).toBe('2025-02-14T07:14:30.5Z');
    expect(readViewState('?t=2025-02-14T08:14:00%2B01:00').t).toBe('2025-02-14T08:14:00+01:00');
  });

  it('leaves out a time that is not an ISO time with a zone', () => {
    for (const t of ['yesterday', '2025-02-14', '2025-02-14T07:14:00', '2025-02-14T25:99Z', '1739517240000'])
      expect(readViewState(`?t=${encodeURIComponent(t)}`)).toEqual({});
  });

  it('leaves out ids with characters an id never has, or too long', () => {
    expect(readViewState('?entry=%3Cscript%3E')).toEqual({});
    expect(readViewState('?place=new%20york')).toEqual({});
    expect(readViewState(`?place=${'a'.repeat(201)}`)).toEqual({});
    expect(readViewState(`?place=${'a'.repeat(200)}`).place).toHaveLength(200);
  });

  it('replaces control characters in the search with spaces', () => {
    expect(readViewState('?q=front%0Aline%00x').q).toBe('front line x');
  });

  it('cuts the search to 200 characters', () => {
    expect(readViewState(`?q=${'k'.repeat(500)}`).q).toHaveLength(200);
  });

  it('leaves out an empty or blank search', () => {
    expect(readViewState('?q=')).toEqual({});
    expect(readViewState('?q=%20%20%09')).toEqual({});
  });

  it('reads only the two orders', () => {
    expect(readViewState('?order=newest').order).toBe('newest');
    expect(readViewState('?order=random')).toEqual({});
    expect(readViewState('?order=OLDEST')).toEqual({});
  });

  it('ignores parameters it does not own', () => {
    expect(readViewState('?embed=1&tiles=osm&place=kyiv')).toEqual({ place: 'kyiv' });
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        expect(() => readViewState(search)).not.toThrow();
      }),
    );
  });
});

describe('writeViewState(search, state)', () => {
  it('writes the state as query parameters', () => {
    const search = writeViewState('', { t: '2025-02-14T07:14:00Z', place: 'kyiv', order: 'oldest' });
    const params = new URLSearchParams(search);
    expect(search.startsWith('?')).toBe(true);
    expect(params.get('t')).toBe('2025-02-14T07:14:00Z');
    expect(params.get('place')).toBe('kyiv');
    expect(params.get('order')).toBe('oldest');
    expect(params.has('entry')).toBe(false);
  });

  it('keeps parameters it does not own', () => {
    const params = new URLSearchParams(writeViewState('?embed=1&tiles=osm&place=munich', { place: 'kyiv' }));
    expect(params.get('embed')).toBe('1');
    expect(params.get('tiles')).toBe('osm');
    expect(params.get('place')).toBe('kyiv');
  });

  it('removes keys the state no longer has', () => {
    expect(writeViewState('?place=kyiv&q=front', {})).toBe('');
    expect(writeViewState('?place=kyiv&q=front&embed=1', { q: 'front' })).toBe('?q=front&embed=1');
  });

  it('returns an empty string for an empty state', () => {
    expect(writeViewState('', {})).toBe('');
  });

  it('encodes search text so that it reads back the same', () => {
    const q = 'Putin’s "peace" & 50% = ?#';
    expect(readViewState(writeViewState('', { q })).q).toBe(q);
  });

  it('round-trips any valid state through read', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_.:-]{1,40}$/);
    const state = fc.record(
      {
        t: fc
          .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) })
          .map((ms) => new Date(ms).toISOString()),
        entry: id,
        place: id,
        q: fc
          .string({ minLength: 1, maxLength: 50 })
          .filter((s) => s.trim() !== '' && Array.from(s).every((c) => c.charCodeAt(0) >= 32)),
        order: fc.constantFrom('newest' as const, 'oldest' as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(state, (s: ViewState) => {
        expect(readViewState(writeViewState('?embed=1', s))).toEqual(s);
      }),
    );
  });
});

describe('readViewState(search) on long searches', () => {
  it('cuts a search at 200 characters, never inside a character (a surrogate pair)', () => {
    const q = `${'a'.repeat(199)}😀😀`;
    const read = readViewState(`?q=${encodeURIComponent(q)}`).q ?? '';
    expect(read).toBe(`${'a'.repeat(199)}😀`);
    expect(encodeURIComponent(read)).toBeTruthy(); // throws on a lone surrogate
  });
});

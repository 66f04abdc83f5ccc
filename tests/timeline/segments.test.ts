import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/core/types';
import { segmentText, type Segment } from '../../src/timeline/segments';

const mention = (placeId: string, start: number, end: number): Mention => ({ placeId, block: 0, start, end });
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe('segmentText(text, mentions, links)', () => {
  it('returns the whole text as one run when nothing is marked', () => {
    expect(segmentText('Kyiv today.', [])).toEqual([{ kind: 'text', text: 'Kyiv today.' }]);
  });

  it('returns nothing for an empty text', () => {
    expect(segmentText('', [])).toEqual([]);
  });

  it('marks a place name inside the text', () => {
    expect(segmentText('Talks in Munich today.', [mention('munich', 9, 15)])).toEqual([
      { kind: 'text', text: 'Talks in ' },
      { kind: 'place', text: 'Munich', placeId: 'munich' },
      { kind: 'text', text: ' today.' },
    ]);
  });

  it('marks place names at the very start and end', () => {
    expect(segmentText('Kyiv and Munich', [mention('kyiv', 0, 4), mention('munich', 9, 15)])).toEqual([
      { kind: 'place', text: 'Kyiv', placeId: 'kyiv' },
      { kind: 'text', text: ' and ' },
      { kind: 'place', text: 'Munich', placeId: 'munich' },
    ]);
  });

  it('accepts mentions in any order', () => {
    const segments = segmentText('Kyiv and Munich', [mention('munich', 9, 15), mention('kyiv', 0, 4)]);
    expect(segments.filter((s) => s.kind === 'place').map((s) => s.text)).toEqual(['Kyiv', 'Munich']);
  });

  it('marks links', () => {
    expect(segmentText('Read the report here.', [], [{ start: 9, end: 15 }])).toEqual([
      { kind: 'text', text: 'Read the ' },
      { kind: 'link', text: 'report' },
      { kind: 'text', text: ' here.' },
    ]);
  });

  it('prefers a place over a link over the same range', () => {
    const expected = [
      { kind: 'text', text: 'See ' },
      { kind: 'place', text: 'Kyiv', placeId: 'kyiv' },
      { kind: 'text', text: ' now' },
    ];
    expect(segmentText('See Kyiv now', [mention('kyiv', 4, 8)], [{ start: 4, end: 8 }])).toEqual(expected);
  });

  it('keeps one of two overlapping mentions and never repeats text', () => {
    const segments = segmentText('Zaporizhzhia region', [
      mention('zaporizhzhia-region', 0, 19),
      mention('zaporizhzhia', 0, 12),
    ]);
    expect(joined(segments)).toBe('Zaporizhzhia region');
    expect(segments.filter((s) => s.kind === 'place')).toHaveLength(1);
  });

  it('prefers a place over a link that starts earlier and overlaps it', () => {
    const segments = segmentText(
      'Reports from Kyiv today',
      [mention('kyiv', 13, 17)],
      [{ start: 0, end: 17 }],
    );
    expect(segments).toContainEqual({ kind: 'place', text: 'Kyiv', placeId: 'kyiv' });
  });

  it('ignores ranges outside the text, empty or reversed', () => {
    expect(
      segmentText('Kyiv', [mention('a', 2, 10), mention('b', -1, 2), mention('c', 2, 2), mention('d', 3, 1)]),
    ).toEqual([{ kind: 'text', text: 'Kyiv' }]);
  });

  it('always gives back the text unchanged, each place run being its mention’s text', () => {
    const range = fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }));
    fc.assert(
      fc.property(
        fc.string({ maxLength: 50 }),
        fc.array(range, { maxLength: 6 }),
        fc.array(range, { maxLength: 3 }),
        (text, mentionRanges, linkRanges) => {
          const mentions = mentionRanges.map(([start, end], i) => mention(`p${i}`, start, end));
          const links = linkRanges.map(([start, end]) => ({ start, end }));
          const segments = segmentText(text, mentions, links);
          expect(joined(segments)).toBe(text);
          for (const s of segments) {
            expect(s.text.length).toBeGreaterThan(0);
            if (s.kind !== 'place') continue;
            const m = mentions.find((x) => x.placeId === s.placeId);
            expect(m && text.slice(m.start, m.end)).toBe(s.text);
          }
        },
      ),
    );
  });
});

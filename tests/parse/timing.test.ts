import { describe, expect, it } from 'vitest';
import { warningText } from '../../src/core/warnings';
import { parsePage } from '../../src/parse/page';

const LONDON = { year: 2024, timeZone: 'Europe/London' };
const post = (n: number, title: string, stamp: string) =>
  `  ${n}. ${title}published at ${stamp}\n\n    Body of ${title}.\n`;
const times = (text: string, options = LONDON) => parsePage(text, options).entries.map((e) => e.publishedAt);

describe('parsePage(text) times', () => {
  it('reads British Summer Time as UTC+1 and GMT as UTC', () => {
    const page =
      post(1, 'A', '09:52 British Summer Time 14 July') +
      post(2, 'B', '08:00 BST 14 July') +
      post(3, 'C', '07:00 GMT 14 July');
    expect(times(page)).toEqual(['2024-07-14T08:52:00Z', '2024-07-14T07:00:00Z', '2024-07-14T07:00:00Z']);
  });

  it('takes a stamp with no zone in the source time zone, with the clock change', () => {
    const page = post(1, 'A', '10:00 28 October') + post(2, 'B', '10:00 26 October');
    expect(times(page)).toEqual(['2024-10-28T10:00:00Z', '2024-10-26T09:00:00Z']);
    expect(times(post(1, 'A', '10:00 14 July'), { year: 2024, timeZone: 'America/New_York' })).toEqual([
      '2024-07-14T14:00:00Z',
    ]);
  });

  it('uses a year printed in the date over the given one', () => {
    expect(times(post(1, 'A', '21:40 Greenwich Mean Time 12 December 2019'))).toEqual([
      '2019-12-12T21:40:00Z',
    ]);
  });

  it('gives a bare time the day of its neighbour and moves past midnight to the next day', () => {
    const page = post(1, 'C', '00:11') + post(2, 'B', '23:50') + post(3, 'A', '21:35 BST 22 July');
    expect(times(page)).toEqual(['2024-07-22T23:11:00Z', '2024-07-22T22:50:00Z', '2024-07-22T20:35:00Z']);
  });

  it('runs a page from 31 December into 1 January across two years', () => {
    const page = post(1, 'B', '00:05 GMT 1 January') + post(2, 'A', '23:55 GMT 31 December');
    expect(times(page)).toEqual(['2025-01-01T00:05:00Z', '2024-12-31T23:55:00Z']);
  });

  it('keeps same-minute neighbours apart as two entries', () => {
    const page = post(1, 'B', '10:00 GMT 5 March') + post(2, 'A', '10:00 GMT 5 March');
    const { entries } = parsePage(page, LONDON);
    expect(entries.map((e) => e.title)).toEqual(['B', 'A']);
    expect(new Set(entries.map((e) => e.id)).size).toBe(2);
  });

  it('reads a title that itself ends in a time', () => {
    const { entries } = parsePage(
      post(1, 'Vote count starts at 22:00', '21:40 GMT 12 December 2019'),
      LONDON,
    );
    expect(entries[0]).toMatchObject({
      title: 'Vote count starts at 22:00',
      publishedAt: '2019-12-12T21:40:00Z',
    });
  });

  it("takes the zoned stamp of a dual stamp and reports the reader's local one", () => {
    const page = `  1. Titlepublished at 09:52 Greenwich Mean Time 14 February\npublished at 10:52 14 February\n\n    Body.\n`;
    const result = parsePage(page, LONDON);
    expect(result.entries.map((e) => e.publishedAt)).toEqual(['2024-02-14T09:52:00Z']);
    expect(result.warnings.map(warningText)).toEqual([
      expect.stringMatching(/^line 2: skipped "published at 10:52 14 February": second time stamp/),
    ]);
  });

  it('leaves the time empty, with a warning, when no date is known at all', () => {
    const result = parsePage(post(1, 'A', '10:00') + post(2, 'B', '09:00'), LONDON);
    expect(result.entries.map((e) => e.publishedAt)).toEqual([null, null]);
    expect(result.warnings).toHaveLength(2);
    expect(warningText(result.warnings[0]!)).toMatch(/^line 1: the time 10:00 has no date on the page/);
  });

  it('takes the day from --date when the stamps carry no date', () => {
    expect(
      times(post(1, 'A', '00:10') + post(2, 'B', '23:00'), { ...LONDON, startDate: '2024-01-05' } as never),
    ).toEqual(['2024-01-06T00:10:00Z', '2024-01-05T23:00:00Z']);
  });
});

import { describe, expect, it } from 'vitest';
import { axisLabels } from '../../src/timeline/ticks';
import { formatShortDay } from '../../src/core/format';

const texts = (start: string, end: string, zone: string) =>
  axisLabels(Date.parse(start), Date.parse(end), zone).map((l) => l.text);

describe("the scrubber's hour labels", () => {
  it('name the time zone on the first label only, while it does not change', () => {
    expect(texts('2025-02-14T07:07:00Z', '2025-02-14T10:25:00Z', 'Europe/London')).toEqual([
      '08:00 GMT',
      '09:00',
      '10:00',
    ]);
  });

  it('name it again where summer time begins', () => {
    // Clocks in London go forward at 01:00 UTC on 30 March 2025: 00:00 GMT, then 02:00 BST.
    expect(texts('2025-03-29T23:30:00Z', '2025-03-30T02:30:00Z', 'Europe/London')).toEqual([
      '00:00 GMT',
      '02:00 BST',
      '03:00',
    ]);
  });

  it('follow the zone they are given', () => {
    expect(texts('2025-02-14T07:07:00Z', '2025-02-14T10:25:00Z', 'UTC')[0]).toBe('08:00 UTC');
  });
});

describe('axisLabels over weeks', () => {
  const DAY = 86_400_000;
  const start = Date.parse('2025-03-01T06:00:00Z');

  it('labels a few days, evenly, not every day: a month of posts keeps its labels apart', () => {
    const labels = axisLabels(start, start + 34 * DAY, 'Europe/London');
    expect(labels.length).toBeGreaterThanOrEqual(4);
    expect(labels.length).toBeLessThanOrEqual(8);
    const gaps = labels.slice(1).map((l, i) => l.at - (labels[i] as { at: number }).at);
    // Summer time begins on 30 March: the days still fall a week apart, to within an hour.
    for (const gap of gaps) expect(gap * 34).toBeCloseTo(7, 1);
    expect(labels[0]?.text).toBe(formatShortDay(Date.parse('2025-03-02T00:00:00Z'), 'Europe/London'));
  });

  it('still labels each day of a story of five days, at its midnights, summer time or not', () => {
    const from = Date.parse('2025-03-28T06:00:00Z');
    const labels = axisLabels(from, from + 5 * DAY, 'Europe/London');
    expect(labels).toHaveLength(5);
    // Midnight in London: 00:00 GMT on the 29th and 30th, 23:00 UTC (BST) from the 31st.
    expect(labels.map((l) => new Date(from + l.at * 5 * DAY).toISOString().slice(5, 16))).toEqual([
      '03-29T00:00',
      '03-30T00:00',
      '03-30T23:00',
      '03-31T23:00',
      '04-01T23:00',
    ]);
  });
});

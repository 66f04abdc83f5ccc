import { describe, expect, it } from 'vitest';
import { axisLabels } from '../../src/timeline/ticks';

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

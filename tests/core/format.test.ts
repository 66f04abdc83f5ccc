import { describe, expect, it } from 'vitest';
import { formatClock, formatDay, formatMoment, hourOf } from '../../src/core/format';

const utc = (iso: string) => Date.parse(iso);
const LONDON = 'Europe/London';

describe('formatClock(ms, timeZone)', () => {
  it('gives the 24-hour time with the zone’s short name', () => {
    expect(formatClock(utc('2025-02-14T07:14:00Z'), LONDON)).toBe('07:14 GMT');
  });

  it('says BST in the British summer', () => {
    expect(formatClock(utc('2025-07-01T12:05:00Z'), LONDON)).toBe('13:05 BST');
  });

  it('writes midnight as 00, never 24', () => {
    expect(formatClock(utc('2025-02-14T00:05:00Z'), LONDON)).toBe('00:05 GMT');
  });

  it('names UTC', () => {
    expect(formatClock(utc('2025-02-14T07:14:00Z'), 'UTC')).toBe('07:14 UTC');
  });

  it('falls back to UTC for an unknown zone instead of throwing', () => {
    expect(formatClock(utc('2025-02-14T07:14:00Z'), 'Mars/Olympus_Mons')).toBe('07:14 UTC');
  });

  it('shows the time in the story’s zone, not the reader’s', () => {
    expect(formatClock(utc('2025-02-14T07:14:00Z'), 'Asia/Kolkata')).toMatch(/^12:44 /);
  });
});

describe('formatDay(ms, timeZone, withYear)', () => {
  it('gives the day and month', () => {
    expect(formatDay(utc('2025-02-14T07:14:00Z'), LONDON)).toBe('14 February');
  });

  it('adds the year when asked', () => {
    expect(formatDay(utc('2025-02-14T07:14:00Z'), LONDON, true)).toBe('14 February 2025');
  });

  it('uses the zone’s date near midnight', () => {
    expect(formatDay(utc('2025-06-30T23:30:00Z'), LONDON)).toBe('1 July');
    expect(formatDay(utc('2025-06-30T23:30:00Z'), 'UTC')).toBe('30 June');
  });
});

describe('formatMoment(ms, timeZone)', () => {
  it('joins time, zone and day as the scrubber says them', () => {
    expect(formatMoment(utc('2025-02-14T07:14:00Z'), LONDON)).toBe('07:14 GMT, 14 February');
  });

  it('gives the local day with the local time', () => {
    expect(formatMoment(utc('2025-06-30T23:30:00Z'), LONDON)).toBe('00:30 BST, 1 July');
  });
});

describe('hourOf(ms, timeZone)', () => {
  it('gives the hour of day in the zone', () => {
    expect(hourOf(utc('2025-02-14T07:14:00Z'), LONDON)).toBe(7);
    expect(hourOf(utc('2025-07-01T07:14:00Z'), LONDON)).toBe(8);
  });

  it('gives 0 at midnight', () => {
    expect(hourOf(utc('2025-02-14T00:00:00Z'), LONDON)).toBe(0);
    expect(hourOf(utc('2025-06-30T23:00:00Z'), LONDON)).toBe(0);
  });
});

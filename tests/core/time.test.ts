import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, toIsoMinute, zonedToUtc, zoneOffsetMinutes } from '../../src/core/time';

const utc = (iso: string) => Date.parse(iso);

/** The wall clock of a UTC instant in a zone, as zonedToUtc takes it. */
function wallOf(ms: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

describe('isKnownTimeZone(timeZone)', () => {
  it('knows IANA zone names', () => {
    expect(isKnownTimeZone('Europe/London')).toBe(true);
    expect(isKnownTimeZone('America/New_York')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
  });

  it('rejects names that are not zones', () => {
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
    expect(isKnownTimeZone('GMT+25')).toBe(false);
  });
});

describe('zoneOffsetMinutes(timeZone, utcMs)', () => {
  it('gives 0 for London in winter and 60 in summer', () => {
    expect(zoneOffsetMinutes('Europe/London', utc('2025-02-14T07:14:00Z'))).toBe(0);
    expect(zoneOffsetMinutes('Europe/London', utc('2025-07-01T12:00:00Z'))).toBe(60);
  });

  it('changes at the instant the clocks change', () => {
    expect(zoneOffsetMinutes('Europe/London', utc('2025-03-30T00:59:00Z'))).toBe(0);
    expect(zoneOffsetMinutes('Europe/London', utc('2025-03-30T01:00:00Z'))).toBe(60);
    expect(zoneOffsetMinutes('Europe/London', utc('2025-10-26T00:59:00Z'))).toBe(60);
    expect(zoneOffsetMinutes('Europe/London', utc('2025-10-26T01:00:00Z'))).toBe(0);
  });

  it('gives negative offsets west of Greenwich', () => {
    expect(zoneOffsetMinutes('America/New_York', utc('2025-01-15T12:00:00Z'))).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', utc('2025-07-15T12:00:00Z'))).toBe(-240);
  });

  it('gives offsets that are not whole hours', () => {
    expect(zoneOffsetMinutes('Asia/Kolkata', utc('2025-02-14T07:14:00Z'))).toBe(330);
    expect(zoneOffsetMinutes('America/St_Johns', utc('2025-01-15T12:00:00Z'))).toBe(-210);
    expect(zoneOffsetMinutes('Asia/Kathmandu', utc('2025-01-15T12:00:00Z'))).toBe(345);
  });

  it('is not thrown off by seconds within the minute', () => {
    expect(zoneOffsetMinutes('Asia/Kolkata', utc('2025-02-14T07:14:59.999Z'))).toBe(330);
    expect(zoneOffsetMinutes('Europe/London', utc('2025-07-01T12:00:30Z'))).toBe(60);
  });
});

describe('zonedToUtc(wall, timeZone)', () => {
  it('turns a GMT wall time into the same UTC time', () => {
    expect(zonedToUtc({ year: 2025, month: 2, day: 14, hour: 7, minute: 14 }, 'Europe/London')).toBe(
      utc('2025-02-14T07:14:00Z'),
    );
  });

  it('subtracts the summer hour in BST', () => {
    expect(zonedToUtc({ year: 2025, month: 7, day: 1, hour: 0, minute: 30 }, 'Europe/London')).toBe(
      utc('2025-06-30T23:30:00Z'),
    );
  });

  it('takes month 1-12', () => {
    expect(zonedToUtc({ year: 2024, month: 12, day: 31, hour: 23, minute: 59 }, 'UTC')).toBe(
      utc('2024-12-31T23:59:00Z'),
    );
  });

  it('handles the hour after the spring change', () => {
    expect(zonedToUtc({ year: 2025, month: 3, day: 30, hour: 2, minute: 0 }, 'Europe/London')).toBe(
      utc('2025-03-30T01:00:00Z'),
    );
    expect(zonedToUtc({ year: 2025, month: 3, day: 30, hour: 0, minute: 59 }, 'Europe/London')).toBe(
      utc('2025-03-30T00:59:00Z'),
    );
  });

  it('moves a wall time in London’s spring gap forward (01:30 reads as 02:30 BST)', () => {
    expect(zonedToUtc({ year: 2025, month: 3, day: 30, hour: 1, minute: 30 }, 'Europe/London')).toBe(
      utc('2025-03-30T01:30:00Z'),
    );
  });

  it('moves a wall time in New York’s spring gap forward too', () => {
    expect(zonedToUtc({ year: 2025, month: 3, day: 9, hour: 2, minute: 30 }, 'America/New_York')).toBe(
      utc('2025-03-09T07:30:00Z'),
    );
  });

  it('gives one of the two instants of a wall time repeated in autumn', () => {
    const result = zonedToUtc({ year: 2025, month: 10, day: 26, hour: 1, minute: 30 }, 'Europe/London');
    expect([utc('2025-10-26T00:30:00Z'), utc('2025-10-26T01:30:00Z')]).toContain(result);
  });

  it('gives back the wall time of any instant, in several zones', () => {
    const zones = [
      'Europe/London',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'Pacific/Chatham',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }),
        fc.constantFrom(...zones),
        (minutes, zone) => {
          const wall = wallOf(minutes * 60_000, zone);
          expect(wallOf(zonedToUtc(wall, zone), zone)).toEqual(wall);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('toIsoMinute(utcMs)', () => {
  it('writes the contract’s ISO string without milliseconds', () => {
    expect(toIsoMinute(utc('2025-02-14T10:25:00Z'))).toBe('2025-02-14T10:25:00Z');
  });

  it('drops milliseconds but keeps seconds', () => {
    expect(toIsoMinute(utc('2025-02-14T10:25:30.250Z'))).toBe('2025-02-14T10:25:30Z');
  });
});

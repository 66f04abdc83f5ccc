/** Time math over IANA zones, with no dependency beyond the ECMAScript Intl API. */

const MINUTE_MS = 60_000;

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone name this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The offset of `timeZone` from UTC at the instant `utcMs`, in minutes (BST gives 60). */
export function zoneOffsetMinutes(timeZone: string, utcMs: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(utcMs / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/** Further than any zone offset (at most 14 h), nearer than any two clock changes. */
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * A wall-clock time in a zone (month 1-12) as UTC milliseconds. Like Temporal's "compatible" rule, a time
 * skipped by a spring clock change moves forward, and a time that happens twice in autumn takes the earlier.
 */
export function zonedToUtc(
  wall: { year: number; month: number; day: number; hour: number; minute: number },
  timeZone: string,
): number {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const before = naive - zoneOffsetMinutes(timeZone, naive - DAY_MS) * MINUTE_MS;
  const after = naive - zoneOffsetMinutes(timeZone, naive + DAY_MS) * MINUTE_MS;
  const valid = [before, after].filter((utc) => utc + zoneOffsetMinutes(timeZone, utc) * MINUTE_MS === naive);
  return valid.length > 0 ? Math.min(...valid) : before;
}

/** UTC milliseconds as the contract's ISO string, e.g. `2025-02-14T10:25:00Z`. */
export function toIsoMinute(utcMs: number): string {
  return new Date(utcMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

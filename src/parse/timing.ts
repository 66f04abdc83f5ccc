/** Turns each post's printed stamp into a UTC time, filling in missing dates and years from its neighbours. */
import { zonedToUtc } from '../core/time';
import type { Stamp } from './clock';

export interface TimingOptions {
  /** Year for dates printed without one: the year of the oldest post. */
  year: number;
  /** IANA zone for stamps printed without a zone word. */
  timeZone: string;
  /** Day of the oldest post, for pages whose stamps carry no date at all (`YYYY-MM-DD`). */
  startDate?: string;
  /** When the page was copied (UTC ms): what relative stamps (`14 min ago`) count back from. */
  captured?: number;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

/** A later post stamped this many hours "earlier" in the day has crossed midnight. */
const MIDNIGHT_GAP_MINUTES = 6 * 60;

function addDays(d: Day, n: number): Day {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function parseDay(iso: string | undefined): Day | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** True when no stamp on the page carries a date, so the day must come from outside the text. */
export function needsStartDate(stamps: (Stamp | null)[]): boolean {
  const clocks = stamps.filter((s) => s !== null && s.instant === undefined && s.ago === undefined);
  return clocks.length > 0 && !clocks.some((s) => s?.month !== undefined);
}

/** A stamp that gives its instant itself, or through the capture time: no day to work out. */
const placed = (s: Stamp | null): boolean => s !== null && (s.instant !== undefined || s.ago !== undefined);

const minuteOfDay = (s: Stamp) => s.hour * 60 + s.minute;

/** The shorter way round a cycle: 23:00 → 00:10 is 70 minutes on, not 22 hours back. */
function circular(diff: number, cycle: number): number {
  const d = ((diff % cycle) + cycle) % cycle;
  return d > cycle / 2 ? d - cycle : d;
}

const DAYS_PER_YEAR = 366;

/** True when the page lists posts oldest first (most neighbours rise in time). */
function isOldestFirst(stamps: (Stamp | null)[]): boolean {
  let rising = 0;
  let falling = 0;
  const timed = stamps.filter((s): s is Stamp => s !== null);
  for (let i = 1; i < timed.length; i++) {
    const a = timed[i - 1] as Stamp;
    const b = timed[i] as Stamp;
    const dated = a.month !== undefined && b.month !== undefined;
    const days = dated ? circular(dayOfYear(b) - dayOfYear(a), DAYS_PER_YEAR) : 0;
    const order = days !== 0 ? days : circular(minuteOfDay(b) - minuteOfDay(a), 1440);
    if (order > 0) rising++;
    else if (order < 0) falling++;
  }
  return rising > falling;
}

function dayOfYear(s: Stamp): number {
  return Math.round((Date.UTC(2001, (s.month ?? 1) - 1, s.day ?? 1) - Date.UTC(2001, 0, 1)) / 86_400_000);
}

/** The calendar day of each stamp, walking the posts from oldest to newest. */
function resolveDays(chrono: (Stamp | null)[], year: number, start: Day | null): (Day | null)[] {
  const firstDated = chrono.find((s) => s?.month !== undefined);
  let current: Day | null = firstDated?.month
    ? { year: firstDated.year ?? year, month: firstDated.month, day: firstDated.day ?? 1 }
    : start;
  let previous: Stamp | null = null;
  const days = chrono.map((stamp): Day | null => {
    if (!stamp) return null;
    if (stamp.month !== undefined && stamp.day !== undefined) {
      let y = stamp.year ?? current?.year ?? year;
      if (stamp.year === undefined && current && stamp.month < current.month) y = current.year + 1;
      current = { year: y, month: stamp.month, day: stamp.day };
    } else if (current && previous && minuteOfDay(previous) - minuteOfDay(stamp) > MIDNIGHT_GAP_MINUTES) {
      current = addDays(current, 1);
    }
    previous = stamp;
    return current;
  });
  return backfill(chrono, days);
}

/** Undated posts older than the first dated one take its day, stepping back a day across midnight. */
function backfill(chrono: (Stamp | null)[], days: (Day | null)[]): (Day | null)[] {
  const firstIndex = days.findIndex((d) => d !== null);
  if (firstIndex <= 0) return days;
  let day = days[firstIndex] as Day;
  let later = chrono[firstIndex] as Stamp;
  for (let i = firstIndex - 1; i >= 0; i--) {
    const stamp = chrono[i];
    if (!stamp) continue;
    if (minuteOfDay(stamp) - minuteOfDay(later) > MIDNIGHT_GAP_MINUTES) day = addDays(day, -1);
    days[i] = day;
    later = stamp;
  }
  return days;
}

/**
 * Each stamp as an ISO UTC string (null where the post has no time, or no date can be known).
 * Stamps come in page order; the page may run newest first (BBC) or oldest first.
 */
export function resolveTimes(stamps: (Stamp | null)[], options: TimingOptions): (string | null)[] {
  const clocks = stamps.map((s) => (placed(s) ? null : s));
  const oldestFirst = isOldestFirst(clocks);
  const chrono = oldestFirst ? clocks : [...clocks].reverse();
  const days = resolveDays(chrono, options.year, parseDay(options.startDate));
  const times = chrono.map((stamp, i) => {
    const day = days[i];
    if (!stamp || !day) return null;
    const wall = { ...day, hour: stamp.hour, minute: stamp.minute };
    const zone = stamp.zone;
    const local = Date.UTC(day.year, day.month - 1, day.day, stamp.hour, stamp.minute);
    const utc =
      zone && 'offset' in zone
        ? local - zone.offset * 60_000
        : zonedToUtc(wall, zone && 'iana' in zone ? zone.iana : options.timeZone);
    return utc + (stamp.second ?? 0) * 1000;
  });
  const ordered = oldestFirst ? times : times.reverse();
  return stamps.map((stamp, i) => {
    if (stamp?.instant !== undefined) return toIso(stamp.instant);
    if (stamp?.ago !== undefined)
      return options.captured === undefined
        ? null
        : toIso(Math.floor(options.captured / 60_000) * 60_000 - stamp.ago * 60_000);
    const ms = ordered[i];
    return ms === null || ms === undefined ? null : toIso(ms);
  });
}

/** UTC milliseconds as the contract's ISO string, to the second: `2025-02-14T10:25:00Z`. */
function toIso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

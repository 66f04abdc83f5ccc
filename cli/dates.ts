/** Checks of the dates a reader gives (`--year`, `--date`, `--captured`, a sidecar's): what is wrong, or null. */
import { isReadableTime } from '../src/core/schema';

/** Years a live page can be from; `Date.UTC` also reads 0 to 99 as 1900 to 1999, so those are refused. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

export function checkYear(year: unknown): string | null {
  if (typeof year !== 'number' || !Number.isInteger(year))
    return `must be a whole number like 2025, not ${JSON.stringify(year)}`;
  if (year < FIRST_YEAR || year > LAST_YEAR)
    return `must be between ${FIRST_YEAR} and ${LAST_YEAR}, not ${year}`;
  return null;
}

/** A day `YYYY-MM-DD` that the calendar has (no 30 February, no month 13). */
export function checkDay(day: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return `must look like 2025-02-14, not ${JSON.stringify(day)}`;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const yearWrong = checkYear(year);
  if (yearWrong) return `has a year that ${yearWrong}`;
  const real = new Date(Date.UTC(2000, month - 1, date));
  real.setUTCFullYear(year);
  if (month < 1 || month > 12 || real.getUTCMonth() !== month - 1 || real.getUTCDate() !== date)
    return `is not a day of the calendar: ${day}`;
  return null;
}

/** An instant written in full: `2025-06-18T21:30:00Z` or with a `±hh:mm` offset. */
export function checkInstant(text: string): string | null {
  return isReadableTime(text)
    ? null
    : `must be a time like 2025-06-18T21:30:00Z, not ${JSON.stringify(text)}`;
}

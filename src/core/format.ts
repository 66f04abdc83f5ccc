/**
 * How times read in the explorer: in the story's own zone, with the zone's name (`07:14 GMT, 14 February`).
 * One Intl formatter per zone gives every part at once (creating formatters is the slow part), and the
 * parts of recent instants are cached: a story formats the same few dozen times again and again.
 */

interface Parts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  zone: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const cache = new Map<string, Parts>();
const CACHE_LIMIT = 5000;

/**
 * The locale times are written in: British English unless the interface's language says otherwise
 * (src/i18n sets it when it switches). The hour math (`hourOf`) always reads the English parts.
 */
const ENGLISH = 'en-GB';
let dateLocale = ENGLISH;

export function setDateLocale(locale: string): void {
  dateLocale = locale;
}

export function getDateLocale(): string {
  return dateLocale;
}

const localFormatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter in the current locale (not English) for `timeZone`. */
function localFormatter(
  kind: 'clock' | 'day' | 'dayYear' | 'shortDay',
  timeZone: string,
): Intl.DateTimeFormat {
  const key = `${dateLocale}|${kind}|${timeZone}`;
  let f = localFormatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'clock'
        ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }
        : kind === 'shortDay'
          ? { day: 'numeric', month: 'short' }
          : { day: 'numeric', month: 'long', ...(kind === 'dayYear' ? { year: 'numeric' } : {}) };
    try {
      f = new Intl.DateTimeFormat(dateLocale, { ...options, timeZone });
    } catch {
      f = new Intl.DateTimeFormat(dateLocale, { ...options, timeZone: 'UTC' });
    }
    localFormatters.set(key, f);
  }
  return f;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    };
    try {
      f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    } catch {
      f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    }
    formatters.set(timeZone, f);
  }
  return f;
}

function partsOf(ms: number, timeZone: string): Parts {
  const key = `${timeZone}|${ms}`;
  let parts = cache.get(key);
  if (!parts) {
    const raw = formatter(timeZone).formatToParts(ms);
    const get = (type: Intl.DateTimeFormatPartTypes) => raw.find((p) => p.type === type)?.value ?? '';
    parts = {
      year: get('year'),
      month: get('month'),
      day: get('day'),
      hour: get('hour'),
      minute: get('minute'),
      zone: get('timeZoneName'),
    };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, parts);
  }
  return parts;
}

/** `07:14 GMT` (empty for a time that cannot be read). */
export function formatClock(ms: number, timeZone: string): string {
  if (!Number.isFinite(ms)) return '';
  if (dateLocale !== ENGLISH) return localFormatter('clock', timeZone).format(ms);
  const p = partsOf(ms, timeZone);
  return `${p.hour}:${p.minute} ${p.zone}`.trim();
}

/** `14 February` (with the year when `withYear`). */
export function formatDay(ms: number, timeZone: string, withYear = false): string {
  if (!Number.isFinite(ms)) return '';
  if (dateLocale !== ENGLISH) return localFormatter(withYear ? 'dayYear' : 'day', timeZone).format(ms);
  const p = partsOf(ms, timeZone);
  return withYear ? `${p.day} ${p.month} ${p.year}` : `${p.day} ${p.month}`;
}

/** `07:14 GMT, 14 February` */
export function formatMoment(ms: number, timeZone: string): string {
  if (!Number.isFinite(ms)) return '';
  const comma = dateLocale.startsWith('ar') ? '، ' : ', ';
  return `${formatClock(ms, timeZone)}${comma}${formatDay(ms, timeZone)}`;
}

/** The hour of day in the zone (0-23), for the scrubber's hour labels. */
export function hourOf(ms: number, timeZone: string): number {
  return Number(partsOf(ms, timeZone).hour);
}

/** `14 Feb`, for day labels on long stories. */
export function formatShortDay(ms: number, timeZone: string): string {
  if (dateLocale !== ENGLISH) return localFormatter('shortDay', timeZone).format(ms);
  const p = partsOf(ms, timeZone);
  return `${p.day} ${p.month.slice(0, 3)}`;
}

export type PartOfDay = 'night' | 'morning' | 'afternoon' | 'evening';

/** How a part of a day reads: `morning, 14 February`, or `night to 14 February` before dawn. */
export type PartOfDayWords = (part: PartOfDay, day: string, beforeDawn: boolean) => string;

const englishPartOfDay: PartOfDayWords = (part, day, beforeDawn) =>
  part === 'night' && beforeDawn ? `night to ${day}` : `${part}, ${day}`;

const PARTS_OF_DAY: [number, PartOfDay][] = [
  [6, 'night'],
  [12, 'morning'],
  [18, 'afternoon'],
  [22, 'evening'],
  [24, 'night'],
];

/**
 * When an event happened, as precisely as the text said it: `23:50 GMT, 13 February` (a minute or an
 * hour), `13 February` (a day), `morning, 14 February` or `night to 14 February` (a part of the day).
 */
export function formatEventTime(
  ms: number,
  precision: 'minute' | 'hour' | 'day' | 'part-of-day',
  timeZone: string,
  words: PartOfDayWords = englishPartOfDay,
): string {
  if (!Number.isFinite(ms)) return '';
  if (precision === 'minute' || precision === 'hour') return formatMoment(ms, timeZone);
  const day = formatDay(ms, timeZone);
  if (precision === 'day') return day;
  const hour = Number(partsOf(ms, timeZone).hour);
  const part = PARTS_OF_DAY.find(([until]) => hour < until)?.[1] ?? 'night';
  return words(part, day, hour < 6);
}

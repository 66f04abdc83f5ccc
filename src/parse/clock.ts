/**
 * Time stamps as pages print them, publisher by publisher: clocks (`11.08am`, `02:02 PM`, `09:40:01`,
 * `12:34 p.m.`), zones (`BST`, `CEST`, `ET`, `Beirut Time`) and dates (`4 March`, `March 3, 2025`,
 * `30/10/2024`). Zones go to UTC through the IANA rules of the runtime's time-zone data (Intl). Pure.
 */
import { isKnownTimeZone, zoneOffsetMinutes } from '../core/time';

/** A zone a stamp names: a fixed offset from UTC (minutes), or an IANA zone with its summer-time rules. */
export type Zone = { offset: number } | { iana: string };

export interface Stamp {
  hour: number;
  minute: number;
  /** Seconds, where the page prints them (`09:40:01`). */
  second?: number;
  /** The zone printed with the stamp; null means the page's own zone (the source time zone). */
  zone: Zone | null;
  day?: number;
  month?: number;
  year?: number;
  /** The exact instant (UTC ms), where the page gives one (an epoch line, a datetime attribute). */
  instant?: number;
  /** Minutes before the page was copied (`14 min ago`); the instant needs the capture time. */
  ago?: number;
}

export interface Day {
  year?: number;
  month: number;
  day: number;
}

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** `March`, `Mar`, `mar.` → 3 (null for anything else). */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const i = MONTHS.findIndex(
    (m) => m === w || (w.length >= 3 && m.startsWith(w) && (w.length === 3 || w === 'sept')),
  );
  return i >= 0 ? i + 1 : null;
}

const MONTH_WORD =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?,? )?';

/** A date as pages print it: `4 March`, `Tuesday 4 March 2025`, `March 3, 2025`, `Sun 6 Apr 2025`, `30/10/2024`. */
const DAY_MONTH = new RegExp(`^${WEEKDAY}(\\d{1,2}) ${MONTH_WORD}(?:,? (\\d{4}))?`, 'i');
const MONTH_DAY = new RegExp(`^${WEEKDAY}${MONTH_WORD} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?`, 'i');
const NUMERIC = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/;

function realDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
  return day <= days;
}

/** The date at the start of `text`, and how many characters it took. */
export function readDate(text: string): { date: Day; length: number } | null {
  const t = text.trim();
  let m = DAY_MONTH.exec(t);
  if (m?.[1] && m[2]) {
    const month = monthNumber(m[2]);
    const date = { day: Number(m[1]), month: month ?? 0, ...(m[3] ? { year: Number(m[3]) } : {}) };
    if (month && realDay(date.year, date.month, date.day)) return { date, length: m[0].length };
  }
  m = MONTH_DAY.exec(t);
  if (m?.[1] && m[2]) {
    const month = monthNumber(m[1]);
    const date = { day: Number(m[2]), month: month ?? 0, ...(m[3] ? { year: Number(m[3]) } : {}) };
    if (month && realDay(date.year, date.month, date.day)) return { date, length: m[0].length };
  }
  m = NUMERIC.exec(t);
  if (m) {
    const date = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
    if (realDay(date.year, date.month, date.day)) return { date, length: m[0].length };
  }
  return null;
}

/** A line that is only a date: a day heading (`Tuesday 4 March`, `27 October 2024`, `Sunday, March 30, 2025`). */
export function dateHeading(line: string): Day | null {
  const read = readDate(line);
  return read && line.trim().length === read.length ? read.date : null;
}

/** Zone abbreviations and the IANA zone whose standard (`std`) or summer (`dst`) time each names. */
const ABBREVIATIONS: Record<string, [string, 'std' | 'dst']> = {
  BST: ['Europe/London', 'dst'],
  IST: ['Asia/Kolkata', 'std'],
  WET: ['Europe/Lisbon', 'std'],
  WEST: ['Europe/Lisbon', 'dst'],
  CET: ['Europe/Paris', 'std'],
  CEST: ['Europe/Paris', 'dst'],
  EET: ['Europe/Athens', 'std'],
  EEST: ['Europe/Athens', 'dst'],
  MSK: ['Europe/Moscow', 'std'],
  EST: ['America/New_York', 'std'],
  EDT: ['America/New_York', 'dst'],
  CST: ['America/Chicago', 'std'],
  CDT: ['America/Chicago', 'dst'],
  MST: ['America/Denver', 'std'],
  MDT: ['America/Denver', 'dst'],
  PST: ['America/Los_Angeles', 'std'],
  PDT: ['America/Los_Angeles', 'dst'],
  AKST: ['America/Anchorage', 'std'],
  AKDT: ['America/Anchorage', 'dst'],
  HST: ['Pacific/Honolulu', 'std'],
  AEST: ['Australia/Sydney', 'std'],
  AEDT: ['Australia/Sydney', 'dst'],
  ACST: ['Australia/Adelaide', 'std'],
  ACDT: ['Australia/Adelaide', 'dst'],
  AWST: ['Australia/Perth', 'std'],
  NZST: ['Pacific/Auckland', 'std'],
  NZDT: ['Pacific/Auckland', 'dst'],
  JST: ['Asia/Tokyo', 'std'],
  KST: ['Asia/Seoul', 'std'],
  HKT: ['Asia/Hong_Kong', 'std'],
  SGT: ['Asia/Singapore', 'std'],
  PKT: ['Asia/Karachi', 'std'],
  SAST: ['Africa/Johannesburg', 'std'],
  WAT: ['Africa/Lagos', 'std'],
  EAT: ['Africa/Nairobi', 'std'],
};
/** Names that follow their zone's rules on the stamp's date: US time zones as US outlets print them. */
const RULED: Record<string, string> = {
  ET: 'America/New_York',
  CT: 'America/Chicago',
  MT: 'America/Denver',
  PT: 'America/Los_Angeles',
  'UK TIME': 'Europe/London',
};

/** Standard and summer offsets of an IANA zone (the smaller and larger of January's and July's). */
function offsets(zone: string): { std: number; dst: number } {
  const year = 2025;
  const jan = zoneOffsetMinutes(zone, Date.UTC(year, 0, 15));
  const jul = zoneOffsetMinutes(zone, Date.UTC(year, 6, 15));
  return { std: Math.min(jan, jul), dst: Math.max(jan, jul) };
}

const cities = new Map<string, string>();
/** `Beirut` → `Asia/Beirut`: a city that names an IANA zone (from the runtime's list of zones). */
function zoneOfCity(city: string): string | null {
  if (cities.size === 0) {
    const supported =
      (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
    for (const zone of supported) {
      const name = zone.split('/').pop()?.replace(/_/g, ' ').toLowerCase();
      if (name) cities.set(name, zone);
    }
  }
  const listed = cities.get(city.toLowerCase());
  if (listed) return listed;
  // A zone the runtime knows but lists under an older name (`Europe/Kyiv`, listed as `Europe/Kiev`).
  const name = city
    .trim()
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    .join('_');
  for (const region of [
    'Europe',
    'Asia',
    'America',
    'Africa',
    'Australia',
    'Pacific',
    'Atlantic',
    'Indian',
  ]) {
    const zone = `${region}/${name}`;
    if (/^[A-Za-z_/]+$/.test(zone) && isKnownTimeZone(zone)) return zone;
  }
  return null;
}

/** The zone a word or phrase after a clock names (`BST`, `ET`, `Beirut Time`, `GMT+3`), or undefined. */
export function readZone(text: string): Zone | undefined {
  const t = text.trim().replace(/\.$/, '');
  const upper = t.toUpperCase();
  if (upper === 'GMT' || upper === 'UTC' || upper === 'Z') return { offset: 0 };
  const shifted = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(t);
  if (shifted)
    return { offset: (shifted[1] === '-' ? -1 : 1) * (Number(shifted[2]) * 60 + Number(shifted[3] ?? 0)) };
  const ruled = RULED[upper];
  if (ruled) return { iana: ruled };
  const abbreviation = ABBREVIATIONS[upper];
  if (abbreviation && isKnownTimeZone(abbreviation[0]))
    return { offset: offsets(abbreviation[0])[abbreviation[1]] };
  const city = /^(.+?) time$/i.exec(t)?.[1];
  if (city && !/^(?:local|summer|standard|daylight)$/i.test(city)) {
    const zone = zoneOfCity(city);
    if (zone) return { iana: zone };
  }
  return undefined;
}

/** Words a zone may be written in after a clock: abbreviations, `ET`, `GMT+3`, `Beirut Time`. */
export const ZONE_WORDS =
  '(?:GMT|UTC|[A-Z]{2,5}|GMT[+-]\\d{1,2}(?::?\\d{2})?|UTC[+-]\\d{1,2}(?::?\\d{2})?|[A-Z][a-z]+(?: [A-Z][a-z]+)? [Tt]ime)';

/** A 12-hour clock's hour in 24-hour time: `12am` is 0, `12pm` is 12. */
export function hour24(hour: number, meridiem: string | undefined): number | null {
  if (!meridiem) return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  const pm = /^p/i.test(meridiem);
  return (hour % 12) + (pm ? 12 : 0);
}

/** A clock at the start of `text`: `11.08am`, `2:02pm`, `02:02 PM`, `12:34 p.m.`, `18:20`, `09:40:01`. */
const CLOCK = /^([01]?\d|2[0-3])[:.]([0-5]\d)(?::([0-5]\d))?(?:\s?([ap])\.?m\.?(?![a-z]))?/i;

export function readClock(
  text: string,
): { hour: number; minute: number; second?: number; length: number; twelve: boolean } | null {
  const m = CLOCK.exec(text);
  if (!m) return null;
  const hour = hour24(Number(m[1]), m[4]);
  if (hour === null) return null;
  return {
    hour,
    minute: Number(m[2]),
    ...(m[3] ? { second: Number(m[3]) } : {}),
    length: m[0].length,
    twelve: Boolean(m[4]),
  };
}

/** `14 min ago`, `2 hr 5 min ago`, `1 hr ago`, `3h ago`, `Just now`: minutes before the page was copied. */
const AGO =
  /^(?:(\d{1,3}) ?(?:h|hr|hrs|hour|hours)\b)?\s*(?:(\d{1,3}) ?(?:m|min|mins|minute|minutes)\b)?\s*ago$/i;

export function readAgo(text: string): number | null {
  const t = text.trim();
  if (/^just now$/i.test(t)) return 0;
  const m = AGO.exec(t);
  if (!m || (!m[1] && !m[2])) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

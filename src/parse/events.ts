/**
 * When it happened (issue #16): times in a post's text that say when an event took place, beside the
 * post's own publication time — `at 01:50 local time`, `11:50 GMT on Thursday night`, `overnight`,
 * `yesterday`, `on Monday`, `this morning`. Each is resolved against the post's date in the zone the
 * text names, or implies (the local time of the post's place when it says "local time"; the page's own
 * zone otherwise). Sentences about the future ("talks will resume on Monday") give none, and a number
 * that only looks like a clock (`a 2:1 vote`, `3.50`) is not read as one. Pure.
 */
import { toIsoMinute, zonedToUtc, zoneOffsetMinutes } from '../core/time';
import type { EntryEvent, EventPrecision } from '../core/types';
import { hour24, readZone, type Zone } from './clock';

export interface EventContext {
  /** The post's publication time (UTC ms); without it, events are found but not placed in time. */
  postedAt: number | null;
  /** The page's own zone (stamps printed without a zone are in it). */
  sourceZone: string;
  /** The zone of the post's place, for "local time" (absent when the post has no place with one). */
  localZone?: string;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Parts of a day: where each starts and ends (hours; night runs past midnight). */
const PARTS: Record<string, [number, number]> = {
  morning: [6, 12],
  afternoon: [12, 18],
  evening: [18, 22],
  night: [22, 30],
};
/** A sentence about what is to come: its times are plans, not events. */
const FUTURE =
  /\b(?:will|won't|shall|tomorrow|next|upcoming|is due|are due|is expected|are expected|is scheduled|are scheduled|plans? to|going to|set to)\b|'ll\b/i;

/** A clock that may name an event: `01:50`, `11.50pm`, `5pm`, `5 p.m.`, then maybe a zone. */
const CLOCK =
  /(?<![\d:.,/A-Za-z])(?:([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s?([ap])\.?m\.?(?![a-z]))?|(1[0-2]|0?[1-9])\s?([ap])\.?m\.?(?![a-z])|(midnight|midday|noon)\b)(?![\d:]|\.\d)(?:\s+((?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|local time|[A-Z][a-z]+ time|[A-Z]{2,4}\b))?/gi;
/** Words before a bare 24-hour clock that make it a time something happened at. */
const LEAD =
  /\b(?:at|around|about|after|before|since|until|till|from|by|shortly after|just after|just before)\s+$/i;
const DAY_PHRASE =
  /\b(?:(overnight)|(last night)|(yesterday)(?:\s+(morning|afternoon|evening))?|(earlier today)|(this|early this|late this)\s+(morning|afternoon|evening)|(tonight)|(?:(on|last)\s+)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(morning|afternoon|evening|night))?)\b/gi;

function addDays(d: Day, n: number): Day {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The calendar day and hour of `ms` in `zone`. */
function wallOf(ms: number, zone: string): { day: Day; hour: number; weekday: number } {
  const local = new Date(ms + zoneOffsetMinutes(zone, ms) * 60_000);
  return {
    day: { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() },
    hour: local.getUTCHours(),
    weekday: local.getUTCDay(),
  };
}

/** UTC ms of a wall-clock time on `day`, in a named zone or at a fixed offset. */
function instant(day: Day, hour: number, minute: number, zone: Zone | string): number {
  const d = addDays(day, Math.floor(hour / 24));
  const wall = { ...d, hour: hour % 24, minute };
  if (typeof zone === 'string') return zonedToUtc(wall, zone);
  if ('iana' in zone) return zonedToUtc(wall, zone.iana);
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - zone.offset * 60_000;
}

/** The IANA zone an event's time is in, for its `zone` field (a fixed offset as `Etc/GMT…`, or UTC). */
function zoneName(zone: Zone | string): string {
  if (typeof zone === 'string') return zone;
  if ('iana' in zone) return zone.iana;
  if (zone.offset === 0) return 'UTC';
  if (zone.offset % 60 !== 0) return 'UTC';
  // POSIX signs: Etc/GMT-2 is two hours ahead of UTC.
  const hours = -zone.offset / 60;
  return `Etc/GMT${hours > 0 ? '+' : '-'}${Math.abs(hours)}`;
}

/** The day a day phrase means, seen from the post's day, and the part of it (if any). */
interface DayReading {
  start: number;
  end: number;
  /** Days before the post's day (0: the same day). */
  back: number;
  part?: string;
  /** `overnight`, `last night`: the night before, which may have begun on the day before. */
  night?: boolean;
}

function readDayPhrase(match: RegExpExecArray, postWeekday: number): DayReading {
  const [
    text,
    overnight,
    lastNight,
    yesterday,
    yesterdayPart,
    today,
    ,
    thisPart,
    tonight,
    onLast,
    weekday,
    dayPart,
  ] = match;
  const at = { start: match.index, end: match.index + text.length };
  if (overnight || lastNight) return { ...at, back: 1, part: 'night', night: true };
  if (yesterday) return { ...at, back: 1, ...(yesterdayPart ? { part: yesterdayPart.toLowerCase() } : {}) };
  if (today) return { ...at, back: 0 };
  if (thisPart) return { ...at, back: 0, part: thisPart.toLowerCase() };
  if (tonight) return { ...at, back: 0, part: 'night' };
  const target = WEEKDAYS.indexOf((weekday ?? '').toLowerCase());
  let back = (postWeekday - target + 7) % 7;
  if (back === 0 && onLast?.toLowerCase() === 'last') back = 7;
  return { ...at, back, ...(dayPart ? { part: dayPart.toLowerCase() } : {}) };
}

interface ClockReading {
  start: number;
  end: number;
  hour: number;
  minute: number;
  /** Only an hour was given (`5pm`). */
  hourOnly: boolean;
  /** A 12-hour clock without am or pm, which a part of the day may settle (`11:50 … night`). */
  open: boolean;
  zone?: Zone | 'local';
}

function readClockMatch(match: RegExpExecArray, before: string): ClockReading | null {
  const [text, h24, m24, mer24, h12, mer12, word, zoneText] = match;
  const zone =
    zoneText === undefined
      ? undefined
      : /^local time$/i.test(zoneText)
        ? ('local' as const)
        : readZone(zoneText);
  // `a 2:1 vote`: a bare clock counts only after a word like "at", or with am/pm or a zone.
  const marked = Boolean(mer24 || mer12 || zone);
  if (!marked && !LEAD.test(before)) return null;
  // A capitalised word after a clock that is no zone (`at 10:30 Monday`) is not part of it.
  const end =
    match.index +
    (zoneText !== undefined && zone === undefined ? text.length - zoneText.length : text.length);
  let trimmed = end - (text.slice(0, end - match.index).match(/\s+$/)?.[0].length ?? 0);
  // `7.30am.` at the end of a sentence: the full stop is the sentence's.
  if (/m\.$/i.test(text.slice(0, trimmed - match.index)) && zone === undefined) trimmed -= 1;
  const at = { start: match.index, end: trimmed };
  if (word) {
    const w = word.toLowerCase();
    return {
      ...at,
      hour: w === 'midnight' ? 0 : 12,
      minute: 0,
      hourOnly: true,
      open: false,
      ...(zone ? { zone } : {}),
    };
  }
  if (h12 !== undefined) {
    const hour = hour24(Number(h12), mer12);
    if (hour === null) return null;
    return { ...at, hour, minute: 0, hourOnly: true, open: false, ...(zone ? { zone } : {}) };
  }
  const hour = hour24(Number(h24), mer24);
  if (hour === null) return null;
  return {
    ...at,
    hour,
    minute: Number(m24),
    hourOnly: false,
    open: !mer24 && hour >= 1 && hour <= 12,
    ...(zone ? { zone } : {}),
  };
}

/** Sentences of `text`, with where each starts (a full stop inside `10.30am` or `a.m.` ends none). */
function sentences(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const END = /[.!?]+(?=\s+[A-Z"“‘'(]|\s*$)/g;
  let start = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const stop = m.index + m[0].length;
    if (
      /\b[ap]\.m$/i.test(text.slice(Math.max(0, m.index - 3), m.index + 1)) &&
      !/\s*$/.test(text.slice(stop))
    )
      continue;
    out.push({ start, text: text.slice(start, stop) });
    start = stop;
  }
  if (start < text.length) out.push({ start, text: text.slice(start) });
  return out;
}

function event(
  block: number,
  start: number,
  end: number,
  at: number | null,
  precision: EventPrecision,
  zone: string | undefined,
): EntryEvent {
  return {
    block,
    start,
    end,
    at: at === null || !Number.isFinite(at) ? null : toIsoMinute(at),
    precision,
    ...(zone ? { zone } : {}),
  };
}

/** The events one block's text tells of. */
export function findEvents(text: string, block: number, context: EventContext): EntryEvent[] {
  const found: EntryEvent[] = [];
  const { postedAt, sourceZone, localZone } = context;
  for (const sentence of sentences(text)) {
    if (FUTURE.test(sentence.text)) continue;
    // "… at 01:50 - which, if that is local time in Ukraine, …": the sentence says which zone.
    const saysLocal = /\blocal time\b/i.test(sentence.text);
    const clocks: ClockReading[] = [];
    CLOCK.lastIndex = 0;
    for (let m = CLOCK.exec(sentence.text); m; m = CLOCK.exec(sentence.text)) {
      const clock = readClockMatch(m, sentence.text.slice(Math.max(0, m.index - 20), m.index));
      if (clock) clocks.push(clock);
    }
    const days: DayReading[] = [];
    const postWeekday = postedAt === null ? 0 : wallOf(postedAt, sourceZone).weekday;
    DAY_PHRASE.lastIndex = 0;
    for (let m = DAY_PHRASE.exec(sentence.text); m; m = DAY_PHRASE.exec(sentence.text))
      days.push(readDayPhrase(m, postWeekday));

    const used = new Set<DayReading>();
    for (const clock of clocks) {
      // A day phrase right beside the clock belongs to it (`11:50 GMT on Thursday night`, `yesterday at 5pm`).
      const day = days.find(
        (d) =>
          !used.has(d) &&
          ((d.start >= clock.end && /^[\s,]*(?:on\s+)?$/i.test(sentence.text.slice(clock.end, d.start))) ||
            (d.end <= clock.start &&
              /^[\s,]*(?:at|around|about|from|since)?\s*$/i.test(sentence.text.slice(d.end, clock.start)))),
      );
      if (day) used.add(day);
      const named = clock.zone === 'local' ? localZone : clock.zone;
      const zone: Zone | string | undefined =
        named ??
        (clock.zone === undefined && saysLocal
          ? localZone
          : clock.zone === undefined
            ? sourceZone
            : undefined);
      let hour = clock.hour;
      const part = day?.part;
      if (clock.open && part && part !== 'morning' && hour < 12) hour += 12;
      if (clock.open && part === 'night' && hour >= 12 && hour < 18) hour -= 12;
      const start = Math.min(clock.start, day?.start ?? Infinity);
      const end = Math.max(clock.end, day?.end ?? -Infinity);
      const precision: EventPrecision = clock.hourOnly ? 'hour' : 'minute';
      if (postedAt === null || zone === undefined) {
        found.push(event(block, sentence.start + start, sentence.start + end, null, precision, undefined));
        continue;
      }
      const postDay = wallOf(postedAt, typeof zone === 'string' ? zone : zoneName(zone)).day;
      let at: number;
      if (day) {
        // Night runs past midnight: `01:50 overnight` is early on the post's own day.
        const back = day.night && hour < 12 ? day.back - 1 : day.back;
        at = instant(addDays(postDay, -back), hour, clock.minute, zone);
      } else {
        at = instant(postDay, hour, clock.minute, zone);
        // A time later than the post on its day was the day before (`at 23:00` in a morning post).
        if (at > postedAt + 60 * 60_000) at = instant(addDays(postDay, -1), hour, clock.minute, zone);
      }
      found.push(event(block, sentence.start + start, sentence.start + end, at, precision, zoneName(zone)));
    }
    for (const day of days) {
      if (used.has(day)) continue;
      const zone = sourceZone;
      if (postedAt === null) {
        found.push(
          event(
            block,
            sentence.start + day.start,
            sentence.start + day.end,
            null,
            day.part ? 'part-of-day' : 'day',
            undefined,
          ),
        );
        continue;
      }
      const post = wallOf(postedAt, zone);
      let at: number;
      if (day.part) {
        const [from, to] = PARTS[day.part] as [number, number];
        // Overnight seen from the morning after: the night that ended that morning.
        const back = day.night && post.hour < 12 ? 1 : day.back;
        at = instant(addDays(post.day, -back), (from + to) / 2, 0, zone);
      } else at = instant(addDays(post.day, -day.back), 12, 0, zone);
      // Nothing the text tells of happened after it was posted.
      if (at > postedAt) at = Math.min(at, postedAt);
      found.push(
        event(
          block,
          sentence.start + day.start,
          sentence.start + day.end,
          at,
          day.part ? 'part-of-day' : 'day',
          zone,
        ),
      );
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

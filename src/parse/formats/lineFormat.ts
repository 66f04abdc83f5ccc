/**
 * The engine behind the formats whose posts start at a stamp line (most publishers' live blogs): it
 * splits a page into header, posts and footer, attaches day headings, finds titles, and turns a
 * format's description (its stamps, its furniture) into a PageFormat. Pure.
 */
import type { Byline } from '../../core/types';
import { dateHeading, readDate, type Day, type Stamp } from '../clock';
import { standaloneLabel } from '../labels';
import type { Line } from '../lines';
import type { RawPost, Segmented } from '../rawPost';
import { footerStart, isCommonFurniture, isTitleLine, readBody } from './common';
import type { PageFormat } from './format';

export interface StampLine {
  stamp: Stamp;
  /** Text printed after the stamp on its line: the post's first paragraph. */
  rest?: string;
  /** The post's title when the stamp line gives it (`2350 – HEADLINE – text`); null for none. */
  title?: string | null;
  byline?: Byline;
  /** The title stands on the line before the stamp (`Published:` lines, the Independent's layout). */
  titleBefore?: boolean;
  /** Lines the stamp takes, from the one it starts on (a stamp and the reader's clock under it). */
  used: number;
}

export interface LineFormatSpec {
  name: string;
  publishers: string;
  example: string;
  /** How telling one stamp of this format is (a Guardian stamp with its clock line says more than `18:20`). */
  weight: number;
  /** The stamp starting at line `i`, if any. */
  stampAt(lines: Line[], i: number): StampLine | null;
  /** Publisher furniture beyond the common lines. */
  isFurniture?(text: string): boolean;
  /** Whether a post's first line may be its title (under the title rule). */
  titleFirst: boolean;
  /** Posts may open with a label line (`Breaking`). */
  labels?: boolean;
  /** Posts may end with their stamp (`generic`: the time line under the post). */
  stampAtEnd?: boolean;
}

/** A header line that introduces the posts (`All times GMT.`): a time-at-end page's first post follows it. */
const INTRO = /\b(?:times?|updates?|refresh|newest|latest)\b.*[.!]$/i;

function isFurniture(spec: LineFormatSpec, text: string): boolean {
  return isCommonFurniture(text) || Boolean(spec.isFurniture?.(text));
}

interface Found {
  at: number;
  read: StampLine;
}

function findStamps(lines: Line[], spec: LineFormatSpec): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]?.text) continue;
    const read = spec.stampAt(lines, i);
    if (!read) continue;
    found.push({ at: i, read });
    i += read.used - 1;
  }
  return found;
}

/** The content lines (not blank, not furniture) among `lines`. */
const content = (spec: LineFormatSpec, lines: Line[]) =>
  lines.filter((l) => l.text && !isFurniture(spec, l.text));

function segmentLines(all: Line[], spec: LineFormatSpec): Segmented {
  const stamps = findStamps(all, spec);
  const first = stamps[0];
  if (!first) return { header: all, posts: [], warnings: [] };
  const last = stamps[stamps.length - 1] as Found;
  const end = footerStart(all, first.at);
  const lines = all.slice(0, end);
  const inRange = stamps.filter((s) => s.at < end);
  const after = content(spec, lines.slice(last.at + last.read.used));
  const atEnd = Boolean(spec.stampAtEnd) && after.length === 0 && inRange.length >= 2;

  const posts: RawPost[] = [];
  const inherited: boolean[] = [];
  const dated = (found: Found) =>
    heading !== null &&
    found.read.stamp.month === undefined &&
    found.read.stamp.instant === undefined &&
    found.read.stamp.ago === undefined;
  let header: Line[];
  let heading: Day | null = null;
  const dayOf = headerDay;
  if (atEnd) {
    // Each post is the lines after the previous stamp, up to its own.
    const before = lines.slice(0, first.at);
    let start = 0;
    before.forEach((line, i) => {
      if (dateHeading(line.text) || INTRO.test(line.text)) start = i + 1;
    });
    header = before.slice(0, start);
    heading = dayOf(header);
    let from = start;
    let source = before;
    inRange.forEach((found, k) => {
      const body = k === 0 ? source.slice(from) : lines.slice(from, found.at);
      inherited.push(dated(found));
      posts.push(post(spec, found, body, heading));
      from = found.at + found.read.used;
      source = lines;
    });
    crossMidnight(posts, inherited);
    return { header, posts, warnings: [] };
  }
  header = lines.slice(0, first.at);
  heading = dayOf(header);
  inRange.forEach((found, k) => {
    const next = inRange[k + 1];
    const stop = next ? next.at : lines.length;
    let body = lines.slice(found.at + found.read.used, stop);
    // A day heading closes this post's lines and dates the posts below it.
    let nextHeading: Day | null = null;
    body = body.filter((line) => {
      const day = dateHeading(line.text);
      if (day) nextHeading = day;
      return !day;
    });
    // A title printed above the next post's stamp belongs to that post.
    if (next?.read.titleBefore) {
      const index = lastContentIndex(spec, body);
      if (index >= 0 && isTitleLine((body[index] as Line).text)) {
        next.read = { ...next.read, title: (body[index] as Line).text };
        body = body.slice(0, index);
      }
    }
    inherited.push(dated(found));
    posts.push(post(spec, found, body, heading));
    if (nextHeading) heading = nextHeading;
  });
  if (first.read.titleBefore) {
    const index = lastContentIndex(spec, header);
    if (index >= 0 && isTitleLine((header[index] as Line).text) && posts[0]) {
      posts[0].title = (header[index] as Line).text;
      header = header.slice(0, index);
    }
  }
  crossMidnight(posts, inherited);
  return { header, posts, warnings: [] };
}

/** Dates in a header line, wherever they start (`Updated Sun 6 Apr 2025 at 9:20am`). */
function datesIn(text: string): Day[] {
  const days: Day[] = [];
  for (const m of text.matchAll(/(?:^|[\s:(])(?=\S)/g)) {
    const read = readDate(text.slice((m.index ?? 0) + m[0].length));
    if (read) days.push(read.date);
  }
  return days;
}

const FIRST_PUBLISHED = /\b(?:first published|published on|published:?|issued on)\b/i;

/**
 * The day of the posts right under the header: the page's date line. A page's update line is the
 * newest post's day; its "first published" line is only used when there is no other.
 */
function headerDay(header: Line[]): Day | null {
  let update: Day | null = null;
  let published: Day | null = null;
  for (const line of header) {
    // A date with its year (a page's date line), or a line that is only a date: not `from 23 June`.
    const day = dateHeading(line.text) ?? datesIn(line.text).find((d) => d.year !== undefined);
    if (!day) continue;
    if (FIRST_PUBLISHED.test(line.text)) published ??= day;
    else update ??= day;
  }
  return update ?? published;
}

/** Minutes into the day of a stamp's clock. */
const clockOf = (s: Stamp) => s.hour * 60 + s.minute;
/** A jump of this much between neighbouring posts under one day heading crosses midnight. */
const MIDNIGHT_GAP = 6 * 60;

/**
 * Posts dated by a heading (not by their own stamps) cross midnight where their clocks jump the wrong
 * way: on a newest-first page, a post whose clock is far later than the one above it is a day earlier.
 */
function crossMidnight(posts: RawPost[], inherited: boolean[]): void {
  const clocks = posts.map((p) => p.stamp).filter((s): s is Stamp => s !== null && s.ago === undefined);
  let rising = 0;
  let falling = 0;
  for (let i = 1; i < clocks.length; i++) {
    const d = (((clockOf(clocks[i] as Stamp) - clockOf(clocks[i - 1] as Stamp)) % 1440) + 1440) % 1440;
    if (d === 0) continue;
    if (d < 720) rising++;
    else falling++;
  }
  const step = rising > falling ? 1 : -1;
  let shift = 0;
  let previous: Stamp | null = null;
  let previousDay = '';
  posts.forEach((p, i) => {
    const s = p.stamp;
    if (!s || !inherited[i] || s.month === undefined || s.day === undefined) {
      previous = null;
      return;
    }
    const dayKey = `${s.year ?? ''}-${s.month}-${s.day}`;
    if (dayKey !== previousDay) {
      shift = 0;
      previous = null;
    }
    previousDay = dayKey;
    if (previous) {
      const jump = clockOf(s) - clockOf(previous);
      if (step < 0 ? jump > MIDNIGHT_GAP : -jump > MIDNIGHT_GAP) shift += step;
    }
    previous = s;
    if (shift !== 0) {
      const date = new Date(Date.UTC(s.year ?? 2001, s.month - 1, s.day + shift));
      p.stamp = {
        ...s,
        day: date.getUTCDate(),
        month: date.getUTCMonth() + 1,
        ...(s.year ? { year: date.getUTCFullYear() } : {}),
      };
    }
  });
}

function lastContentIndex(spec: LineFormatSpec, lines: Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]?.text;
    if (text && !isFurniture(spec, text)) return i;
  }
  return -1;
}

/** One post from its stamp and its lines: the stamp's own title, or the first line under the title rule. */
function post(spec: LineFormatSpec, found: Found, lines: Line[], heading: Day | null): RawPost {
  const { read } = found;
  const at = (found.at < 0 ? 0 : found.at) + 1;
  const stamp: Stamp =
    heading &&
    read.stamp.month === undefined &&
    read.stamp.instant === undefined &&
    read.stamp.ago === undefined
      ? {
          ...read.stamp,
          day: heading.day,
          month: heading.month,
          ...(heading.year ? { year: heading.year } : {}),
        }
      : read.stamp;
  const raw: RawPost = { line: at, title: null, stamp, labels: [], body: [] };
  if (read.byline) raw.byline = read.byline;
  let body = lines.filter((l) => l.text && !isFurniture(spec, l.text));
  if (spec.labels) {
    while (body[0] && standaloneLabel(body[0].text)) {
      raw.labels.push(standaloneLabel(body[0].text)?.label as string);
      body = body.slice(1);
    }
  }
  if (read.title !== undefined) raw.title = read.title;
  else if (spec.titleFirst && body[0] && body.length > 1 && isTitleLine(body[0].text)) {
    raw.title = body[0].text;
    body = body.slice(1);
  }
  if (read.rest) body = [{ n: at, text: read.rest }, ...body];
  raw.body = body;
  return raw;
}

/** A PageFormat from a line format's description. */
export function lineFormat(spec: LineFormatSpec): PageFormat {
  return {
    name: spec.name,
    publishers: spec.publishers,
    example: spec.example,
    score: (lines) => {
      const stamps = findStamps(lines, spec).length;
      return stamps >= 2 ? stamps * spec.weight : 0;
    },
    segment: (lines) => segmentLines(lines, spec),
    body: (raw) => {
      const body = readBody(raw.body, {
        ...(spec.isFurniture ? { isFurniture: spec.isFurniture } : {}),
        ...(spec.labels ? { labels: true } : {}),
      });
      return raw.byline && !body.byline ? { ...body, byline: raw.byline } : body;
    },
  };
}

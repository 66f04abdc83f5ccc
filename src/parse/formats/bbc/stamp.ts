/** The "published at" phrase BBC live pages glue to each post's title, and the old "2058:" sports stamps. */
import { MONTHS, type Stamp } from '../../clock';

export interface StampMatch {
  stamp: Stamp;
  /** Index where "published at" starts: the title is the text before it. */
  index: number;
  /** Text glued after the stamp on the same line (e.g. "Breaking"). */
  rest: string;
}

/** GMT is UTC; British Summer Time is an hour ahead. */
const ZONE_OFFSETS: Record<string, number> = {
  'greenwich mean time': 0,
  gmt: 0,
  'british summer time': 60,
  bst: 60,
};

// Bounded quantifiers only: no backtracking blow-up on hostile lines.
const STAMP =
  /published at ([0-2]?\d)[:.]([0-5]\d)(?: ?(Greenwich Mean Time|British Summer Time|GMT|BST)\b)?(?: ?(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)(?: (\d{4})(?!\d))?)?/gi;

function toStamp(m: RegExpExecArray): Stamp | null {
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23) return null;
  const offset = m[3] ? ZONE_OFFSETS[m[3].toLowerCase()] : undefined;
  const stamp: Stamp = { hour, minute, zone: offset === undefined ? null : { offset } };
  if (m[4] && m[5]) {
    const day = Number(m[4]);
    if (day < 1 || day > 31) return null;
    stamp.day = day;
    stamp.month = MONTHS.indexOf(m[5].toLowerCase()) + 1;
    if (m[6]) stamp.year = Number(m[6]);
  }
  return stamp;
}

/** Every "published at" stamp in a line, in order, with the text glued after each. */
export function findStamps(line: string): StampMatch[] {
  if (!line.includes('ublished at') && !line.includes('UBLISHED AT')) return [];
  const raw: { stamp: Stamp; index: number; end: number }[] = [];
  STAMP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STAMP.exec(line))) {
    const stamp = toStamp(m);
    if (stamp) raw.push({ stamp, index: m.index, end: m.index + m[0].length });
  }
  return raw.map(({ stamp, index, end }, i) => ({
    stamp,
    index,
    rest: line.slice(end, raw[i + 1]?.index ?? line.length).trim(),
  }));
}

/** "2058: Another break of serve" on very old sports pages. */
const SPORTS = /^([01]\d|2[0-3])([0-5]\d): (\S.*)$/;

export function sportsStamp(line: string): { stamp: Stamp; text: string } | null {
  const m = SPORTS.exec(line);
  if (!m || !m[3]) return null;
  return { stamp: { hour: Number(m[1]), minute: Number(m[2]), zone: null }, text: m[3] };
}

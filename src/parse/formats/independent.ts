/**
 * The Independent: a Unix-epoch line (`1730167200`), the title, then `12:21 , Author Name`; or the older
 * `Author Name30 October 2024 12:13` line (the author glued to the date) above the title.
 */
import type { Byline, Person } from '../../core/types';
import { readDate } from '../clock';
import type { Line } from '../lines';
import { isTitleLine } from './common';
import { lineFormat, type StampLine } from './lineFormat';

const EPOCH = /^1[5-9]\d{8}$/;
const TIME_AUTHOR = /^([01]\d|2[0-3]):([0-5]\d) , (\S.{1,80})$/;
const NAME = "[A-Z][\\p{L}'’.-]+(?: [A-Z][\\p{L}'’.-]+){1,3}";
const AUTHOR_DATE = new RegExp(
  `^(${NAME}(?: and ${NAME})?)?(\\d{1,2} [A-Z][a-z]+ \\d{4}) ([01]\\d|2[0-3]):([0-5]\\d)$`,
  'u',
);

function byline(names: string): Byline {
  const people = names.split(/ and |,/).map((name): Person => ({ name: name.trim() }));
  return people.length === 1 ? (people[0] ?? null) : people;
}

/** The next line with text at or after `i`. */
function nextContent(lines: Line[], i: number): number {
  let j = i;
  while (j < lines.length && !lines[j]?.text) j++;
  return j;
}

function timeAuthor(text: string) {
  const m = TIME_AUTHOR.exec(text);
  return m ? { hour: Number(m[1]), minute: Number(m[2]), byline: byline(m[3] ?? '') } : null;
}

export const independent = lineFormat({
  name: 'independent',
  publishers: 'The Independent',
  example: '1730167200 + 12:21 , Author Name; Author Name30 October 2024 12:13',
  weight: 3,
  titleFirst: true,
  isFurniture: (text) =>
    /^(?:Sign up to our .{0,60}|SIGN UP|Follow the latest updates|Key Points|I would like to be emailed .{0,200})$/i.test(
      text,
    ),
  stampAt(lines, i): StampLine | null {
    const text = lines[i]?.text ?? '';
    if (EPOCH.test(text)) {
      const instant = Number(text) * 1000;
      const a = nextContent(lines, i + 1);
      const first = timeAuthor(lines[a]?.text ?? '');
      if (first)
        return {
          stamp: { ...first, zone: null, instant },
          byline: first.byline,
          title: null,
          used: a - i + 1,
        };
      const b = nextContent(lines, a + 1);
      const second = timeAuthor(lines[b]?.text ?? '');
      const title = lines[a]?.text ?? '';
      if (second && isTitleLine(title))
        return { stamp: { ...second, zone: null, instant }, byline: second.byline, title, used: b - i + 1 };
      return { stamp: { hour: 0, minute: 0, zone: null, instant }, used: 1 };
    }
    const plain = timeAuthor(text);
    if (plain)
      return {
        stamp: { hour: plain.hour, minute: plain.minute, zone: null },
        byline: plain.byline,
        titleBefore: true,
        used: 1,
      };
    const glued = AUTHOR_DATE.exec(text);
    const date = glued?.[2] ? readDate(glued[2])?.date : undefined;
    if (glued && date) {
      const stamp = {
        hour: Number(glued[3]),
        minute: Number(glued[4]),
        zone: null,
        day: date.day,
        month: date.month,
        ...(date.year ? { year: date.year } : {}),
      };
      return glued[1] ? { stamp, byline: byline(glued[1]), used: 1 } : { stamp, used: 1 };
    }
    return null;
  },
});

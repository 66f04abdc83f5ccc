/** Repairs copies whose line breaks were lost: text glued to the next paragraph or post title. */
import type { Line } from '../../lines';
import { findStamps } from './stamp';

/** A title is rarely longer than this; a longer text before a stamp holds the end of the previous post. */
const MAX_TITLE_CHARS = 160;

/**
 * Places where one paragraph runs into the next with no break: a lower-case word or a sentence end
 * directly followed by a capitalised word (`uncontainedA second`, `ended.The`), or by a post number.
 */
const GLUED =
  /(?<=(?:^|[\s(“"‘'])[a-z][a-z'’-]{2,}[.!?]?["”’)]?|[a-z]{2}[.!?]["”’)]?)(?!Image (?:source|caption),)(?=(?:\d{1,4}\. )?(?:[A-Z][a-z'’ ]|["“‘][A-Z]))/g;

/** A bullet glued to the text before it (`...Los Angeles:• The fire`). */
const GLUED_BULLET = /(?<=\S)(?=[•▪●] )/g;

/**
 * A cheap test that rules out most lines before the exact patterns run: what GLUED and GLUED_BULLET
 * need, loosely (a quote must open on a capital, so `the word "storm" said` does not pass).
 */
const MAYBE_GLUED = /[a-z][.!?]?["”’)]?(?:\d{1,4}\. )?(?:[A-Z]|["“‘][A-Z])|\S[•▪●] /;

/** Offsets where `text` should break into paragraphs. */
export function gluedBreaks(text: string): number[] {
  if (!MAYBE_GLUED.test(text)) return [];
  const breaks = new Set<number>();
  for (const re of [GLUED, GLUED_BULLET]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m.index > 0) breaks.add(m.index);
      re.lastIndex = m.index + 1;
    }
  }
  return [...breaks].sort((a, b) => a - b);
}

/**
 * Where an image credit runs into the next paragraph (`Getty ImagesDaylight has revealed...`):
 * credits are short names, so a capitalised sentence glued after one starts a new paragraph.
 */
const CREDIT_GLUE = /(?<=[a-z)])(?=[A-Z][a-z]+(?: [a-z]+){2})/;

export function splitCredit(credit: string): [string, string] {
  const m = CREDIT_GLUE.exec(credit);
  return m ? [credit.slice(0, m.index), credit.slice(m.index)] : [credit, ''];
}

/** A post number glued to the text before it: `…lasting' peace1. No contact`, `…analysis here20. 'Don't`. */
const GLUED_NUMBER = /(?<=[^\d\s]|[.!?"”’] )(?=\d{1,4}\. ["'‘“]?[A-Z])/g;

function lastGluedNumber(text: string): number | undefined {
  let last: number | undefined;
  for (const m of text.matchAll(GLUED_NUMBER)) last = m.index;
  return last;
}

function cut(line: Line, at: number[]): Line[] {
  const parts: Line[] = [];
  let from = 0;
  for (const index of [...at, line.text.length]) {
    const text = line.text.slice(from, index).trim();
    if (text) parts.push({ n: line.n, text });
    from = index;
  }
  return parts;
}

/**
 * Splits lines that hold more than one post header, or the end of one post and the title of the next,
 * so that afterwards every stamp stands at the start of its own line's title.
 */
export function unglueLines(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const stamps = findStamps(line.text);
    if (stamps.length === 0) {
      out.push(line);
      continue;
    }
    const cuts: number[] = [];
    let previousEnd = 0;
    for (const match of stamps) {
      const before = line.text.slice(previousEnd, match.index);
      const number = lastGluedNumber(before);
      if (number !== undefined) cuts.push(previousEnd + number);
      else if (before.length > MAX_TITLE_CHARS || previousEnd > 0) {
        const breaks = gluedBreaks(before);
        const last = breaks[breaks.length - 1];
        if (last !== undefined) cuts.push(previousEnd + last);
        else if (previousEnd > 0) cuts.push(previousEnd);
      }
      previousEnd = match.index + 'published at '.length;
    }
    out.push(...cut(line, cuts));
  }
  return out;
}

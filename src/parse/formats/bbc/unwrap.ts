/**
 * Hard-wrapped copies (a sentence broken over several lines, `…the queue ran past shops, cafes and` /
 * `offices`): the broken lines are joined again, so a paragraph, title, bullet or caption is one line.
 */
import type { Line } from '../../lines';

/** A wrapped line is long and stops mid-sentence; no line of a wrapped copy is much longer. */
const WRAPPED_MIN = 50;
const WRAPPED_MAX = 100;
const ENDS_SENTENCE = /[.!?:;"”’)\]]$/;
/** Lines that start something new, never the rest of the line above. */
const STARTS_NEW = /^(?:[•·▪◦●]|\d{1,4}\. |Image caption|IMAGE CAPTION|Media caption|Summary$)/;
const WRAPS_MIN = 3;

const wrapsAfter = (line: Line, next: Line | undefined) =>
  line.text.length >= WRAPPED_MIN &&
  !ENDS_SENTENCE.test(line.text) &&
  !/Image source|IMAGE SOURCE/.test(line.text) &&
  next !== undefined &&
  next.text !== '' &&
  !STARTS_NEW.test(next.text);

/** True when the copy was hard-wrapped: several lines broken mid-sentence, and no long line at all. */
export function isHardWrapped(lines: Line[]): boolean {
  let wraps = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text.length > WRAPPED_MAX) return false;
    if (wrapsAfter(line, lines[i + 1])) wraps++;
  }
  return wraps >= WRAPS_MIN;
}

/** The lines with each broken sentence joined back onto its first line (numbered as that line). */
export function unwrapLines(lines: Line[]): Line[] {
  if (!isHardWrapped(lines)) return lines;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as Line;
    while (wrapsAfter(line, lines[i + 1])) {
      const next = lines[++i] as Line;
      // A title broken before its stamp: `…above flood` / `defencespublished at 14:05 …`.
      line = { n: line.n, text: `${line.text} ${next.text}` };
    }
    out.push(line);
  }
  return out;
}

/** Where the scrubber draws its ticks and hour labels: pure layout over the story's moments. */
import { formatClock, formatShortDay, hourOf } from '../core/format';

/** Ticks closer than this (as a fraction of the track) are stacked into rows so each stays visible. */
const MIN_TICK_GAP = 0.006;
const MAX_ROWS = 3;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const MAX_LABELS = 8;
/** Days between labelled days on a long story's track. */
const DAY_STEPS = [1, 2, 7, 14, 28];

export interface Tick {
  index: number;
  at: number;
  row: number;
}

/** Position of a moment on the track, 0 to 1. */
export function fraction(moment: number, start: number, end: number): number {
  return end > start ? Math.min(1, Math.max(0, (moment - start) / (end - start))) : 0.5;
}

export function layoutTicks(moments: number[], start: number, end: number): Tick[] {
  const lastAtRow: number[] = [];
  return moments.map((moment, index) => {
    const at =
      moments.length === 1 ? 0.5 : end > start ? fraction(moment, start, end) : index / (moments.length - 1);
    let row = 0;
    while (row < MAX_ROWS - 1 && at - (lastAtRow[row] ?? -1) < MIN_TICK_GAP) row++;
    lastAtRow[row] = at;
    return { index, at, row };
  });
}

export interface AxisLabel {
  at: number;
  text: string;
}

/** Labelled hours (or days, for long stories) across the track, at most a handful. */
export function axisLabels(start: number, end: number, timeZone: string): AxisLabel[] {
  if (!(end > start)) return [];
  const span = end - start;
  const step =
    span > 3 * DAY_MS
      ? DAY_MS
      : ([1, 2, 3, 6, 12].map((h) => h * HOUR_MS).find((s) => span / s <= MAX_LABELS) ?? DAY_MS);
  // Over weeks, every day would crowd the track: every second day, then each week, and so on.
  const everyDays =
    DAY_STEPS.find((d) => span / (d * DAY_MS) <= MAX_LABELS) ?? Math.ceil(span / DAY_MS / MAX_LABELS);
  const labels: AxisLabel[] = [];
  // The first hour label names the zone ("08:00 GMT"), and so does any after the zone changes (summer time).
  let zone = '';
  let midnights = 0;
  for (let t = Math.ceil(start / HOUR_MS) * HOUR_MS; t <= end && labels.length < 50; t += HOUR_MS) {
    const hour = hourOf(t, timeZone);
    const stepHours = step / HOUR_MS;
    if (step >= DAY_MS ? hour !== 0 : hour % stepHours !== 0) continue;
    if (step >= DAY_MS) {
      const labelled = midnights++ % everyDays === 0;
      if (labelled) labels.push({ at: fraction(t, start, end), text: formatShortDay(t, timeZone) });
      // The next midnight is at least 20 hours on (22 where a clock moves two hours): the hours between are skipped.
      t += 20 * HOUR_MS;
      continue;
    }
    let text = `${String(hour).padStart(2, '0')}:00`;
    const here = formatClock(t, timeZone).split(' ').slice(1).join(' ');
    if (here !== zone) text = `${text} ${here}`.trim();
    zone = here;
    labels.push({ at: fraction(t, start, end), text });
  }
  return labels;
}

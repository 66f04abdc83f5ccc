/**
 * A tick per entry on the scrubber's track, drawn as one SVG path (thousands of posts cost one element,
 * not thousands), with the ticks up to the current moment in the accent colour by clipping a second copy.
 * Moving the scrubber changes only the clip, so a step never redraws the ticks. Decoration: aria-hidden.
 */
import { memo, useMemo } from 'react';
import type { Tick } from './ticks';

/** The track's drawing space: ticks are placed on 1000 units across, rows 6 px apart, 12 px tall. */
const WIDTH = 1000;
const ROW_PX = 6;
const TICK_PX = 12;
const TOP_PX = 4;
const ROWS = 3;
const HEIGHT = TOP_PX + (ROWS - 1) * ROW_PX + TICK_PX;

/** Path data for the ticks: a short vertical line each. */
export function tickPath(ticks: readonly Tick[]): string {
  let d = '';
  for (const tick of ticks)
    d += `M${Math.round(tick.at * WIDTH * 10) / 10} ${TOP_PX + tick.row * ROW_PX}v${TICK_PX}`;
  return d;
}

const TickStrip = memo(function TickStrip({ d, className }: { d: string; className: string }) {
  return (
    <svg
      className={className}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
});

interface Props {
  ticks: readonly Tick[];
  /** Where the scrubber stands, 0 to 1: ticks before it are drawn as past. */
  position: number;
  /** The current entry's tick, drawn on its own. */
  current: Tick | undefined;
  /** While a search is on: the indexes of the ticks of the posts it finds, drawn over the others. */
  matching?: readonly number[];
}

export function ScrubberTicks({ ticks, position, current, matching }: Props) {
  const d = useMemo(() => tickPath(ticks), [ticks]);
  const matchD = useMemo(
    () =>
      matching ? tickPath(matching.map((i) => ticks[i]).filter((t): t is Tick => t !== undefined)) : null,
    [matching, ticks],
  );
  return (
    <>
      <TickStrip d={d} className="scrubber-ticks" />
      <div className="scrubber-ticks-past" style={{ clipPath: `inset(0 ${(1 - position) * 100}% 0 0)` }}>
        <TickStrip d={d} className="scrubber-ticks" />
      </div>
      {matchD !== null && <TickStrip d={matchD} className="scrubber-ticks scrubber-ticks--match" />}
      {current && (
        <span
          className="scrubber-tick is-current"
          style={{ left: `${current.at * 100}%`, top: `${TOP_PX + current.row * ROW_PX}px` }}
        />
      )}
    </>
  );
}

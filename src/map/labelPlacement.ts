/**
 * Where place names go, on paper and on the live map: beside, above, below or diagonally off each dot,
 * wherever they overlap no other name or dot and stay inside the frame, the weightiest placed first. Pure.
 */
export interface LabelledPoint {
  id: string;
  x: number;
  y: number;
  /** Dot radius. */
  r: number;
  text: string;
  /** Higher is placed first (the number of posts). */
  weight: number;
}

export type LabelSide =
  'right' | 'left' | 'above' | 'below' | 'below-right' | 'above-right' | 'below-left' | 'above-left';

export interface LabelSpot {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  /** Where the name sits from its dot. */
  side: LabelSide;
}

type Box = [x0: number, y0: number, x1: number, y1: number];

const GAP = 4;
/** A name's width per character, in font sizes (measured on the bold sans-serif of .print-label, rounded up). */
const CHAR_WIDTH = 0.62;

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

function boxOf(spot: LabelSpot, width: number, fontSize: number): Box {
  const x0 = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - width : spot.x - width / 2;
  return [x0, spot.y - fontSize * 0.8, x0 + width, spot.y + fontSize * 0.25];
}

function candidates({ x, y, r }: LabelledPoint, fontSize: number): LabelSpot[] {
  const baseline = y + fontSize * 0.33;
  const above = y - r - GAP;
  const below = y + r + GAP + fontSize * 0.8;
  return [
    { x: x + r + GAP, y: baseline, anchor: 'start', side: 'right' },
    { x: x - r - GAP, y: baseline, anchor: 'end', side: 'left' },
    { x, y: above, anchor: 'middle', side: 'above' },
    { x, y: below, anchor: 'middle', side: 'below' },
    { x: x + r / 2, y: below, anchor: 'start', side: 'below-right' },
    { x: x + r / 2, y: above, anchor: 'start', side: 'above-right' },
    { x: x - r / 2, y: below, anchor: 'end', side: 'below-left' },
    { x: x - r / 2, y: above, anchor: 'end', side: 'above-left' },
  ];
}

/**
 * `whereNothingFits`: `beside` puts a name that fits nowhere beside its dot anyway (paper: every name is
 * printed); `none` leaves it out (the live map: it shows on hover and focus, and in the table).
 * Points with no text are obstacles only (cluster bubbles).
 */
export function placeLabels(
  points: readonly LabelledPoint[],
  frame: { width: number; height: number; fontSize: number },
  whereNothingFits: 'beside' | 'none' = 'beside',
): Map<string, LabelSpot> {
  const { width, height, fontSize } = frame;
  const taken: Box[] = points.map((p) => [p.x - p.r, p.y - p.r, p.x + p.r, p.y + p.r]);
  const placed = new Map<string, LabelSpot>();
  for (const point of [...points].sort((a, b) => b.weight - a.weight)) {
    if (!point.text) continue;
    const textWidth = point.text.length * fontSize * CHAR_WIDTH;
    const options = candidates(point, fontSize);
    const fits = (spot: LabelSpot) => {
      const box = boxOf(spot, textWidth, fontSize);
      const own: Box = [point.x - point.r, point.y - point.r, point.x + point.r, point.y + point.r];
      return (
        box[0] >= 0 &&
        box[2] <= width &&
        box[1] >= 0 &&
        box[3] <= height &&
        taken.every((other) => other.join() === own.join() || !overlaps(box, other))
      );
    };
    // Where nothing fits, the name goes beside its dot anyway, on the side with more paper.
    const spot =
      options.find(fits) ??
      (whereNothingFits === 'none' ? undefined : point.x > width * 0.7 ? options[1] : options[0]);
    if (!spot) continue;
    placed.set(point.id, spot);
    taken.push(boxOf(spot, textWidth, fontSize));
  }
  return placed;
}

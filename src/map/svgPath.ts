/** Country shapes as SVG path data, for the printed map and the prerendered first view. Pure. */
import type { Geometry, Position } from 'geojson';
import type { LatLon } from '../core/types';

export type Project = (point: LatLon) => [number, number];
type Point = [number, number];

export interface PathOptions {
  /** Decimals kept in coordinates. */
  digits: number;
  /** When set, shapes are cut to this picture (0,0 to width,height, plus a margin never seen). */
  frame?: { width: number; height: number };
}

const CLIP_MARGIN = 4;

function ringPoints(ring: Position[], project: Project, digits: number): Point[] {
  const factor = 10 ** digits;
  const points: Point[] = [];
  for (const [lon, lat] of ring) {
    const [x, y] = project({ lat: lat ?? 0, lon: lon ?? 0 });
    const point: Point = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const last = points[points.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  return points;
}

const crossX = (a: Point, b: Point, x: number): Point => [
  x,
  a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]),
];
const crossY = (a: Point, b: Point, y: number): Point => [
  a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]),
  y,
];

/** Sutherland–Hodgman: a ring cut to the frame, one edge of the frame after another. */
function clipRing(points: Point[], frame: NonNullable<PathOptions['frame']>, digits: number): Point[] {
  const [x0, y0, x1, y1] = [
    -CLIP_MARGIN,
    -CLIP_MARGIN,
    frame.width + CLIP_MARGIN,
    frame.height + CLIP_MARGIN,
  ];
  const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= x0, (a, b) => crossX(a, b, x0)],
    [(p) => p[0] <= x1, (a, b) => crossX(a, b, x1)],
    [(p) => p[1] >= y0, (a, b) => crossY(a, b, y0)],
    [(p) => p[1] <= y1, (a, b) => crossY(a, b, y1)],
  ];
  let ring = points;
  for (const [inside, cross] of edges) {
    const out: Point[] = [];
    ring.forEach((current, i) => {
      const previous = ring[(i + ring.length - 1) % ring.length] as Point;
      if (inside(current) !== inside(previous)) out.push(cross(previous, current));
      if (inside(current)) out.push(current);
    });
    ring = out;
  }
  const factor = 10 ** digits;
  return ring.map(([x, y]) => [Math.round(x * factor) / factor, Math.round(y * factor) / factor]);
}

function polygonPath(rings: Position[][], project: Project, options: PathOptions): string {
  const { frame, digits } = options;
  const projected = rings.map((ring) => ringPoints(ring, project, digits));
  const shaped = frame ? projected.map((points) => clipRing(points, frame, digits)) : projected;
  if ((shaped[0]?.length ?? 0) < 3) return '';
  return shaped
    .filter((points) => points.length >= 3)
    .map(ringData)
    .join('');
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** A ring as path data: its first point, then each step from the one before (shorter than points). */
function ringData(points: Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  const steps = rest.map((point, i) => {
    const previous = points[i] as Point;
    return `${round(point[0] - previous[0])},${round(point[1] - previous[1])}`;
  });
  // A minus sign separates numbers as well as a comma or a space does.
  return `M${first[0]},${first[1]}l${steps.join(' ')}z`.replace(/[, ]-/g, '-');
}

export function geometryPath(geometry: Geometry, project: Project, options: PathOptions): string {
  if (geometry.type === 'Polygon') return polygonPath(geometry.coordinates, project, options);
  if (geometry.type === 'MultiPolygon')
    return geometry.coordinates.map((rings) => polygonPath(rings, project, options)).join('');
  return '';
}

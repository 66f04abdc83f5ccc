/** Representative point and extent of a country's outline (GeoJSON), for placing and fitting it. */
import type { BBox } from '../core/types';

export type Ring = [number, number][];
export type Polygon = Ring[];
export interface ShapeGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Polygon | Polygon[];
}

/** Signed area and centroid of one ring (shoelace formula, planar degrees: fine for choosing and labelling). */
function ringCentroid(ring: Ring): { area: number; lon: number; lat: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j] as [number, number];
    const [x1, y1] = ring[i] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  area /= 2;
  return area === 0
    ? { area: 0, lon: ring[0]?.[0] ?? 0, lat: ring[0]?.[1] ?? 0 }
    : { area, lon: cx / (6 * area), lat: cy / (6 * area) };
}

/** A ring cut at the antimeridian (Russia, Fiji) is made continuous by moving its western half east. */
function unwrap(ring: Ring): Ring {
  let w = Infinity;
  let e = -Infinity;
  for (const [x] of ring) {
    w = Math.min(w, x);
    e = Math.max(e, x);
  }
  return e - w > 180 ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
}

const wrapLon = (lon: number) => (lon > 180 ? lon - 360 : lon);

function polygonsOf(geometry: ShapeGeometry): Polygon[] {
  return geometry.type === 'Polygon'
    ? [geometry.coordinates as Polygon]
    : (geometry.coordinates as Polygon[]);
}

/**
 * The main landmass of a country: its largest polygon's centroid and bounding box [w, s, e, n].
 * Overseas territories and islands across the antimeridian do not drag the point into the sea.
 */
export function mainlandOf(geometry: ShapeGeometry): {
  lat: number;
  lon: number;
  bbox: BBox;
} {
  let best: { area: number; lon: number; lat: number; ring: Ring } | null = null;
  for (const polygon of polygonsOf(geometry)) {
    const outer = polygon[0] && unwrap(polygon[0]);
    if (!outer) continue;
    const c = ringCentroid(outer);
    if (!best || Math.abs(c.area) > Math.abs(best.area)) best = { ...c, ring: outer };
  }
  if (!best) throw new Error('empty geometry');
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of best.ring) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  // A box that crosses the antimeridian is cut at it: the map fits the larger, western part.
  return {
    lat: round(best.lat),
    lon: round(wrapLon(best.lon)),
    bbox: [round(w), round(s), round(Math.min(e, 180)), round(n)],
  };
}

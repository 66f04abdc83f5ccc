/**
 * Web Mercator in Leaflet's pixel space (EPSG:3857: 256 × 2^zoom pixels around the world), and the view
 * Leaflet's `fitBounds` opens on, so a picture drawn without Leaflet lines up with the live map. Pure.
 */
import type { Bounds } from './geometry';

const TILE = 256;
const MAX_LAT = 85.0511287798;

export type Pixel = [x: number, y: number];

/** The pixel of a point at `zoom`, from the world's top-left corner. */
export function project(lat: number, lon: number, zoom: number): Pixel {
  const scale = TILE * 2 ** zoom;
  const sin = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [scale * (0.5 + lon / 360), scale * y];
}

export interface FitOptions {
  /** Pixels kept free on every side. */
  padding: number;
  minZoom: number;
  maxZoom: number;
}

export interface View {
  zoom: number;
  /** The centre of the view, in pixels at `zoom`. */
  centre: Pixel;
}

/**
 * What `map.fitBounds(bounds, { padding, maxZoom })` shows in a `width` × `height` map with Leaflet's
 * default whole-number zoom steps: the largest zoom at which the bounds fit, centred on them.
 */
export function fitView([[s, w], [n, e]]: Bounds, width: number, height: number, options: FitOptions): View {
  const [x0, y0] = project(n, w, 0);
  const [x1, y1] = project(s, e, 0);
  const scale = Math.min(
    (width - 2 * options.padding) / Math.abs(x1 - x0),
    (height - 2 * options.padding) / Math.abs(y1 - y0),
  );
  const fitted = Number.isFinite(scale) ? Math.floor(Math.round(Math.log2(scale) * 100) / 100) : Infinity;
  const zoom = Math.min(options.maxZoom, Math.max(options.minZoom, fitted));
  const [ax, ay] = project(n, w, zoom);
  const [bx, by] = project(s, e, zoom);
  return { zoom, centre: [(ax + bx) / 2, (ay + by) / 2] };
}

/**
 * Web Mercator, the one projection of every map the app draws: Leaflet's pixel space (EPSG:3857, 256 ×
 * 2^zoom pixels around the world), the view Leaflet's `fitBounds` opens on (so a picture drawn without
 * Leaflet lines up with the live map), and a picture of fixed size for paper. Pure.
 */
import type { BBox, LatLon } from '../core/types';

const TILE = 256;
const MAX_LAT = 85.0511287798;

export type Pixel = [x: number, y: number];

/** The pixel of a point at `zoom`, from the world's top-left corner. */
export function project({ lat, lon }: LatLon, zoom: number): Pixel {
  const scale = TILE * 2 ** zoom;
  const sin = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [scale * (0.5 + lon / 360), scale * y];
}

/** The box's top-left and bottom-right corners in pixels at `zoom`. */
function corners([west, south, east, north]: BBox, zoom: number): [Pixel, Pixel] {
  return [project({ lat: north, lon: west }, zoom), project({ lat: south, lon: east }, zoom)];
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
 * default whole-number zoom steps: the largest zoom at which the box fits, centred on it.
 */
export function fitView(box: BBox, width: number, height: number, options: FitOptions): View {
  const [[x0, y0], [x1, y1]] = corners(box, 0);
  const scale = Math.min(
    (width - 2 * options.padding) / Math.abs(x1 - x0),
    (height - 2 * options.padding) / Math.abs(y1 - y0),
  );
  const fitted = Number.isFinite(scale) ? Math.floor(Math.round(Math.log2(scale) * 100) / 100) : Infinity;
  const zoom = Math.min(options.maxZoom, Math.max(options.minZoom, fitted));
  const [[ax, ay], [bx, by]] = corners(box, zoom);
  return { zoom, centre: [(ax + bx) / 2, (ay + by) / 2] };
}

/** The size, in pixels at zoom 0, of the smallest map that shows the box at `zoom` (before padding). */
export function boxPixels(box: BBox): { width: number; height: number } {
  const [[x0, y0], [x1, y1]] = corners(box, 0);
  return { width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) };
}

export interface Picture {
  width: number;
  height: number;
  project(point: LatLon): Pixel;
}

/** Smallest extent of a picture, in degrees of longitude, and in Mercator units of height. */
const MIN_LON_SPAN = 2;
const MIN_Y_SPAN = (0.04 * TILE) / (2 * Math.PI);

/** A picture `width` wide (at most `maxHeight` high) that shows the box with a `margin` on each side. */
export function fitPicture(box: BBox, width: number, maxHeight: number, margin = 0.12): Picture {
  const [west, south, east, north] = box;
  const lonSpan = Math.max(east - west, MIN_LON_SPAN);
  const mid = (west + east) / 2;
  const [[x0, yTop], [x1, yBottom]] = corners([mid - lonSpan / 2, south, mid + lonSpan / 2, north], 0);
  const ySpan = Math.max(yBottom - yTop, MIN_Y_SPAN);
  const yMid = (yTop + yBottom) / 2;
  const left = x0 - (x1 - x0) * margin;
  const right = x1 + (x1 - x0) * margin;
  const top = yMid - (ySpan / 2) * (1 + 2 * margin);
  const bottom = yMid + (ySpan / 2) * (1 + 2 * margin);
  const scale = Math.min(width / (right - left), maxHeight / (bottom - top));
  const xOffset = (width - (right - left) * scale) / 2;
  return {
    width,
    height: Math.round((bottom - top) * scale),
    project: (point) => {
      const [x, y] = project(point, 0);
      return [xOffset + (x - left) * scale, (y - top) * scale];
    },
  };
}

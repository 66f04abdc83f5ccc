/** Web Mercator onto a fixed-size picture, for the printed map. Pure. */
import type { Bounds } from './geometry';

export interface Projection {
  width: number;
  height: number;
  project(lon: number, lat: number): [number, number];
}

const MAX_LAT = 85;
const mercatorY = (lat: number) => {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
};

/** Fits `bounds` (with a margin) into a picture `width` wide, keeping the map's proportions. */
export function fitProjection(bounds: Bounds, width: number, maxHeight: number, margin = 0.12): Projection {
  const [[s, w], [n, e]] = bounds;
  const lonSpan = Math.max(e - w, 2);
  const west = w - lonSpan * margin;
  const east = e + lonSpan * margin;
  const ySouth = mercatorY(s);
  const yNorth = mercatorY(n);
  const ySpan = Math.max(yNorth - ySouth, 0.04);
  const top = yNorth + ySpan * margin;
  const bottom = ySouth - ySpan * margin;
  const xScale = width / (((east - west) * Math.PI) / 180);
  let height = (top - bottom) * xScale;
  let scale = xScale;
  if (height > maxHeight) {
    scale = maxHeight / (top - bottom);
    height = maxHeight;
  }
  const xOffset = (width - ((east - west) * Math.PI * scale) / 180) / 2;
  return {
    width,
    height: Math.round(height),
    project: (lon, lat) => [xOffset + ((lon - west) * Math.PI * scale) / 180, (top - mercatorY(lat)) * scale],
  };
}

/** Place geometry for the map: bounds of places, and the radius of an area drawn as a circle. Pure. */
import type { BBox, Place } from '../core/types';

/** Leaflet's order for a box, [[south, west], [north, east]]: only where a box is handed to Leaflet. */
export function toLatLngBounds([west, south, east, north]: BBox): [[number, number], [number, number]] {
  return [
    [south, west],
    [north, east],
  ];
}

const POINT_KINDS = new Set<Place['kind']>(['city', 'site', 'landmark']);
const EARTH_KM_PER_DEGREE = 111.32;
const MIN_AREA_RADIUS_M = 30_000;

export function isPoint(place: Place): boolean {
  return POINT_KINDS.has(place.kind);
}

/** The box around the places (areas by their box, points by their spot). */
export function boundsOf(places: readonly Place[]): BBox | null {
  let [s, w, n, e] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of places) {
    const box = !isPoint(p) && p.bbox && p.bbox[0] <= p.bbox[2] ? p.bbox : null;
    s = Math.min(s, box ? box[1] : p.lat);
    w = Math.min(w, box ? box[0] : p.lon);
    n = Math.max(n, box ? box[3] : p.lat);
    e = Math.max(e, box ? box[2] : p.lon);
  }
  return Number.isFinite(s) ? [w, s, e, n] : null;
}

/** An area without a shape on the basemap is drawn as a circle that roughly covers its box. */
export function areaRadiusMeters(place: Place): number {
  if (!place.bbox) return MIN_AREA_RADIUS_M * 2;
  const [w, s, e, n] = place.bbox;
  const widthKm = Math.abs(e - w) * EARTH_KM_PER_DEGREE * Math.cos((place.lat * Math.PI) / 180);
  const heightKm = Math.abs(n - s) * EARTH_KM_PER_DEGREE;
  return Math.max(MIN_AREA_RADIUS_M, (Math.min(widthKm, heightKm) / 2) * 1000);
}

/** Marker diameter in pixels: grows with the number of entries that mention the place. */
export function markerSize(entryCount: number): number {
  return Math.round(14 + 6 * Math.sqrt(Math.max(0, entryCount - 1)));
}

/** Cluster diameter in pixels: grows with the number of places inside. */
export function clusterSize(placeCount: number): number {
  return markerSize(placeCount * 2) + 6;
}

const EARTH_RADIUS_KM = 6371;
/** Places farther than this from the story's weighted centre are left out of the opening view. */
const FOCUS_RADIUS_KM = 3000;

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function weightedMedian(values: { value: number; weight: number }[]): number {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const half = sorted.reduce((sum, v) => sum + v.weight, 0) / 2;
  let acc = 0;
  for (const v of sorted) {
    acc += v.weight;
    if (acc >= half) return v.value;
  }
  return sorted[sorted.length - 1]?.value ?? 0;
}

/**
 * The opening view: the points around where the story mostly happens (the median of the points,
 * weighted by how many entries mention each), leaving out far-off mentions such as a capital abroad.
 */
export function focusBounds(places: readonly Place[]): BBox | null {
  const points = places.filter(isPoint);
  const centre = storyCentre(places);
  if (!centre) return boundsOf(places);
  const near = points.filter((p) => !isFar(p, centre));
  return boundsOf(near.length > 0 ? near : points);
}

/** Where the story mostly happens: the median of its points, weighted by the posts that mention each. */
export function storyCentre(places: readonly Place[]): { lat: number; lon: number } | null {
  const points = places.filter(isPoint);
  if (points.length === 0) return null;
  return {
    lat: weightedMedian(points.map((p) => ({ value: p.lat, weight: p.entryCount }))),
    lon: weightedMedian(points.map((p) => ({ value: p.lon, weight: p.entryCount }))),
  };
}

/** A place far from where the story mostly happens (Washington in a European story). */
function isFar(place: { lat: number; lon: number }, centre: { lat: number; lon: number } | null): boolean {
  return centre !== null && distanceKm(place, centre) > FOCUS_RADIUS_KM;
}

/**
 * What a post's map frames, and what it points to instead: its points near the story's centre (or, when
 * it has none there, all its points: the post is elsewhere), and its far points, shown as pointers at
 * the map's edge rather than zooming out to the whole world.
 */
export function framing(
  places: readonly Place[],
  centre: { lat: number; lon: number } | null,
): { framed: Place[]; far: Place[] } {
  const points = places.filter(isPoint);
  if (points.length === 0) return { framed: [...places], far: [] };
  const near = points.filter((p) => !isFar(p, centre));
  return near.length > 0
    ? { framed: near, far: points.filter((p) => isFar(p, centre)) }
    : { framed: points, far: [] };
}

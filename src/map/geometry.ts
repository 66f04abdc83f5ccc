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

/** The largest a marker or a cluster grows: past it, a place named in thousands of posts would cover its region. */
const MAX_MARKER_PX = 48;
const MAX_CLUSTER_PX = 60;

/** Marker diameter in pixels: grows with the number of entries that mention the place, up to a limit. */
export function markerSize(entryCount: number): number {
  return Math.min(MAX_MARKER_PX, Math.round(14 + 6 * Math.sqrt(Math.max(0, entryCount - 1))));
}

/** Cluster diameter in pixels: grows with the number of places inside, up to a limit. */
export function clusterSize(placeCount: number): number {
  return Math.min(MAX_CLUSTER_PX, Math.round(14 + 6 * Math.sqrt(Math.max(0, placeCount * 2 - 1))) + 6);
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

/**
 * The value at which half the weight lies on either side, found by selection rather than a sort (in
 * time proportional to the count, for a story of 100,000 places as for one of ten).
 */
function weightedMedian(values: Float64Array, weights: Float64Array): number {
  const count = values.length;
  if (count === 0) return 0;
  const order = new Uint32Array(count);
  let total = 0;
  for (let i = 0; i < count; i++) {
    order[i] = i;
    total += weights[i] as number;
  }
  const half = total / 2;
  let lo = 0;
  let hi = count - 1;
  let below = 0;
  const value = (k: number) => values[order[k] as number] as number;
  const swap = (a: number, b: number) => {
    const t = order[a] as number;
    order[a] = order[b] as number;
    order[b] = t;
  };
  const weightAt = (k: number) => weights[order[k] as number] as number;
  // Invariant: the values left of `lo` weigh `below`, and all of them are below the rest.
  while (lo <= hi) {
    // Three ways round the middle value: below it, equal to it (any number of ties in one pass), above it.
    const pivot = value((lo + hi) >> 1);
    let less = lo;
    let at = lo;
    let more = hi;
    let weightLess = 0;
    let weightEqual = 0;
    while (at <= more) {
      const v = value(at);
      if (v < pivot) {
        weightLess += weightAt(at);
        swap(less++, at++);
      } else if (v > pivot) swap(at, more--);
      else {
        weightEqual += weightAt(at);
        at++;
      }
    }
    if (below + weightLess >= half && less > lo) hi = less - 1;
    else if (below + weightLess + weightEqual >= half) return pivot;
    else {
      below += weightLess + weightEqual;
      lo = more + 1;
    }
  }
  return value(Math.min(lo, count - 1));
}

/**
 * The opening view: the points around where the story mostly happens (the median of the points,
 * weighted by how many entries mention each), leaving out far-off mentions such as a capital abroad.
 */
export function focusBounds(
  places: readonly Place[],
  centre: { lat: number; lon: number } | null = storyCentre(places),
): BBox | null {
  const points = places.filter(isPoint);
  if (!centre) return boundsOf(places);
  const near = points.filter((p) => !isFar(p, centre));
  return boundsOf(near.length > 0 ? near : points);
}

/** Where the story mostly happens: the median of its points, weighted by the posts that mention each. */
export function storyCentre(places: readonly Place[]): { lat: number; lon: number } | null {
  const points = places.filter(isPoint);
  if (points.length === 0) return null;
  const weights = Float64Array.from(points, (p) => p.entryCount);
  return {
    lat: weightedMedian(
      Float64Array.from(points, (p) => p.lat),
      weights,
    ),
    lon: weightedMedian(
      Float64Array.from(points, (p) => p.lon),
      weights,
    ),
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

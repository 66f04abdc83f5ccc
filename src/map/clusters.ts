/** Groups point places that would overlap at a zoom (supercluster), so every marker stays reachable. */
import Supercluster from 'supercluster';
import type { BBox, LatLon, Place } from '../core/types';

/** Markers closer than this many screen pixels are grouped. */
const CLUSTER_RADIUS_PX = 24;
/** Leaflet's tiles are 256 pixels across; supercluster measures its radius against this extent. */
const TILE_PX = 256;
/** From the zoom after this one on, nothing is grouped. */
export const MAX_CLUSTER_ZOOM = 12;
/** Indexes kept for recent sets of places and zooms, so scrubbing back and forth does not rebuild them. */
const CACHE_SIZE = 64;

export type PointItem =
  | { type: 'place'; place: Place }
  | { type: 'cluster'; id: number; lat: number; lon: number; places: Place[] };

/**
 * What grouping points gives, by the points' positions in the list grouped: a group of one is a point
 * alone (`id` null), a larger one a cluster with supercluster's id and its centre.
 */
export interface PointGroup {
  id: number | null;
  lat: number;
  lon: number;
  members: number[];
}

export const WORLD: BBox = [-180, -85, 180, 85];
type Index = Supercluster<{ index: number }>;

/** The index of `points` at one zoom: one clustering pass, for that zoom only. */
export function pointIndex(points: readonly LatLon[], zoom: number): Index {
  const index = new Supercluster<{ index: number }>({
    radius: CLUSTER_RADIUS_PX,
    extent: TILE_PX,
    minZoom: zoom,
    maxZoom: zoom,
  });
  index.load(
    points.map((point, i) => ({
      type: 'Feature',
      properties: { index: i },
      geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
    })),
  );
  return index;
}

const inBox =
  ([west, south, east, north]: BBox) =>
  (p: LatLon) =>
    p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north;

/**
 * The groups of `points` to draw at `zoom` inside `box`. `index` is their index at that zoom, where the
 * caller keeps one (built when not given).
 */
export function groupPoints(
  points: readonly LatLon[],
  zoom: number,
  box: BBox = WORLD,
  index?: Index,
): PointGroup[] {
  const level = Math.round(zoom);
  if (points.length < 2 || level > MAX_CLUSTER_ZOOM) {
    const shown = inBox(box);
    const groups: PointGroup[] = [];
    points.forEach((p, i) => {
      if (shown(p)) groups.push({ id: null, lat: p.lat, lon: p.lon, members: [i] });
    });
    return groups;
  }
  const built = index ?? pointIndex(points, level);
  return built.getClusters(box, level).map((feature): PointGroup => {
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const props = feature.properties as { cluster?: boolean; cluster_id?: number; index?: number };
    if (props.cluster && props.cluster_id !== undefined) {
      const id = props.cluster_id;
      const members = built.getLeaves(id, Infinity).map((leaf) => leaf.properties.index);
      return { id, lat, lon, members };
    }
    return { id: null, lat, lon, members: [props.index ?? 0] };
  });
}

/** The markers and clusters the groups of `places` make. */
export function itemsOf(places: readonly Place[], groups: readonly PointGroup[]): PointItem[] {
  return groups.map((group): PointItem => {
    const members = group.members.map((i) => places[i] as Place);
    if (group.id === null) return { type: 'place', place: members[0] as Place };
    return { type: 'cluster', id: group.id, lat: group.lat, lon: group.lon, places: members };
  });
}

const cache = new Map<string, Index>();

/**
 * The index at one zoom only, kept for the same places: a new set of places (a post names a place for
 * the first time) costs one clustering pass, not one per zoom level, so a step of the scrubber stays
 * within a frame.
 */
function cachedIndex(places: Place[], zoom: number): Index {
  const key = `${zoom}|${places.map((p) => `${p.id}@${p.lat},${p.lon}`).join('|')}`;
  let index = cache.get(key);
  if (index) {
    cache.delete(key);
    cache.set(key, index);
    return index;
  }
  index = pointIndex(places, zoom);
  cache.set(key, index);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return index;
}

/** The markers and clusters to draw at `zoom` inside `box` (the whole world by default). */
export function clusterPlaces(places: Place[], zoom: number, box: BBox = WORLD): PointItem[] {
  const level = Math.round(zoom);
  const alone = places.length < 2 || level > MAX_CLUSTER_ZOOM;
  const index = alone ? undefined : cachedIndex(places, level);
  return itemsOf(places, groupPoints(places, level, box, index));
}

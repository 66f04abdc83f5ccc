/** Groups point places that would overlap at a zoom (supercluster), so every marker stays reachable. */
import Supercluster from 'supercluster';
import type { BBox, Place } from '../core/types';

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

const WORLD: BBox = [-180, -85, 180, 85];
const cache = new Map<string, Supercluster<{ index: number }>>();

/**
 * The groups at one zoom only: a new set of places (a post names a place for the first time) costs one
 * clustering pass, not one per zoom level, so a step of the scrubber stays within a frame.
 */
function indexFor(places: Place[], zoom: number): Supercluster<{ index: number }> {
  const key = `${zoom}|${places.map((p) => `${p.id}@${p.lat},${p.lon}`).join('|')}`;
  let index = cache.get(key);
  if (index) {
    cache.delete(key);
    cache.set(key, index);
    return index;
  }
  index = new Supercluster<{ index: number }>({
    radius: CLUSTER_RADIUS_PX,
    extent: TILE_PX,
    minZoom: zoom,
    maxZoom: zoom,
  });
  index.load(
    places.map((place, i) => ({
      type: 'Feature',
      properties: { index: i },
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    })),
  );
  cache.set(key, index);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return index;
}

/** The markers and clusters to draw at `zoom` inside `box` (the whole world by default). */
export function clusterPlaces(places: Place[], zoom: number, box: BBox = WORLD): PointItem[] {
  const level = Math.round(zoom);
  if (places.length < 2 || level > MAX_CLUSTER_ZOOM) {
    const [west, south, east, north] = box;
    return places
      .filter((p) => p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north)
      .map((place) => ({ type: 'place', place }));
  }
  const index = indexFor(places, level);
  return index.getClusters(box, level).map((feature): PointItem => {
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const props = feature.properties as { cluster?: boolean; cluster_id?: number; index?: number };
    if (props.cluster && props.cluster_id !== undefined) {
      const id = props.cluster_id;
      const members = index.getLeaves(id, Infinity).map((leaf) => places[leaf.properties.index] as Place);
      return { type: 'cluster', id, lat, lon, places: members };
    }
    return { type: 'place', place: places[props.index ?? 0] as Place };
  });
}

/** Groups point places that would overlap at a zoom (supercluster), so every marker stays reachable. */
import Supercluster from 'supercluster';
import type { BBox, Place } from '../core/types';

/** Markers closer than this many pixels are grouped. */
const CLUSTER_RADIUS_PX = 24;
/** From this zoom on, nothing is grouped. */
const MAX_CLUSTER_ZOOM = 12;
/** Indexes kept for recent sets of places, so scrubbing back and forth does not rebuild them. */
const CACHE_SIZE = 64;

export type PointItem =
  | { type: 'place'; place: Place }
  | { type: 'cluster'; id: number; lat: number; lon: number; places: Place[]; expansionZoom: number };

const WORLD: BBox = [-180, -85, 180, 85];

const cache = new Map<string, Supercluster<{ index: number }>>();

function indexFor(places: Place[]): Supercluster<{ index: number }> {
  const key = places.map((p) => p.id).join('|');
  let index = cache.get(key);
  if (index) {
    cache.delete(key);
    cache.set(key, index);
    return index;
  }
  index = new Supercluster<{ index: number }>({ radius: CLUSTER_RADIUS_PX, maxZoom: MAX_CLUSTER_ZOOM });
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
  if (places.length < 2) return places.map((place) => ({ type: 'place', place }));
  const index = indexFor(places);
  return index.getClusters(box, Math.round(zoom)).map((feature): PointItem => {
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const props = feature.properties as { cluster?: boolean; cluster_id?: number; index?: number };
    if (props.cluster && props.cluster_id !== undefined) {
      const id = props.cluster_id;
      const members = index.getLeaves(id, Infinity).map((leaf) => places[leaf.properties.index] as Place);
      return {
        type: 'cluster',
        id,
        lat,
        lon,
        places: members,
        expansionZoom: index.getClusterExpansionZoom(id),
      };
    }
    return { type: 'place', place: places[props.index ?? 0] as Place };
  });
}

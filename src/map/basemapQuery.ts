/** The bundled vector basemap (Natural Earth countries), fetched once: coarse first, then detailed. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { fixCollection } from './antimeridian';

export type Countries = FeatureCollection<Geometry, { name: string }>;
export type BasemapScale = '110m' | '50m';

async function fetchBasemap(scale: BasemapScale, signal: AbortSignal): Promise<Countries> {
  const response = await fetch(`./basemap/countries-${scale}.json`, { signal });
  if (!response.ok) throw new Error(`basemap ${scale}: HTTP ${response.status}`);
  return decodeBasemap((await response.json()) as BasemapTopology);
}

export type BasemapTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The countries of a basemap file (TopoJSON, keyed by ISO alpha-2) as GeoJSON for a flat map. */
export function decodeBasemap(topology: BasemapTopology): Countries {
  return fixCollection(feature(topology, topology.objects.countries) as Countries);
}

export function basemapQueryOptions(scale: BasemapScale) {
  return queryOptions({
    queryKey: ['basemap', scale],
    queryFn: ({ signal }) => fetchBasemap(scale, signal),
    staleTime: Infinity,
    retry: 1,
  });
}

/** From this zoom on, Natural Earth's 1:110m coastlines look coarse: the 1:50m basemap is wanted. */
export const DETAIL_ZOOM = 5;

/**
 * The most detailed basemap loaded so far. The coarse one always; the detailed one (five times the
 * bytes) only once `wantDetail` (a map zoomed past the coarse one's detail, or paper), and after the
 * coarse one is in.
 */
export function useBasemap(wantDetail = false): Countries | undefined {
  const coarse = useQuery(basemapQueryOptions('110m'));
  const detailed = useQuery({ ...basemapQueryOptions('50m'), enabled: wantDetail && coarse.isSuccess });
  return detailed.data ?? coarse.data;
}

/**
 * A Web Worker that groups very many places (tens of thousands) off the page's thread, with the same
 * grouping as the page's (clusters.ts). It keeps the last places it was sent and their index at each
 * zoom, so that panning costs a query, not a new grouping.
 */
import type { LatLon } from '../core/types';
import { groupPoints, MAX_CLUSTER_ZOOM, pointIndex } from './clusters';
import type { ClusterReply, ClusterRequest } from './clusterMessages';

let points: LatLon[] = [];
const indexes = new Map<number, ReturnType<typeof pointIndex>>();

self.onmessage = ({ data }: MessageEvent<ClusterRequest>) => {
  if (data.points) {
    const pairs = data.points;
    points = Array.from({ length: pairs.length / 2 }, (_, i) => ({
      lat: pairs[2 * i] as number,
      lon: pairs[2 * i + 1] as number,
    }));
    indexes.clear();
  }
  const level = Math.round(data.zoom);
  let index = indexes.get(level);
  if (!index && points.length >= 2 && level <= MAX_CLUSTER_ZOOM) {
    index = pointIndex(points, level);
    indexes.set(level, index);
  }
  const reply: ClusterReply = { request: data.request, groups: groupPoints(points, level, data.box, index) };
  (self as unknown as Worker).postMessage(reply);
};

/** What the page asks the cluster worker (clusterWorker.ts), and what it answers. */
import type { BBox } from '../core/types';
import type { PointGroup } from './clusters';

export interface ClusterRequest {
  /** Numbers each request; the answer carries it, so the page keeps only the latest. */
  request: number;
  /** New places, as latitude and longitude pairs in one array; absent when they are the last ones sent. */
  points?: Float64Array;
  zoom: number;
  box: BBox;
}

export interface ClusterReply {
  request: number;
  groups: PointGroup[];
}

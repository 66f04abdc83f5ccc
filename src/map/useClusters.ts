/**
 * The markers and clusters a map draws for its places at a zoom and view. Up to some thousands of
 * places they are grouped at once, in render; beyond `MANY_POINTS`, in the cluster worker, so that
 * grouping a story's tens of thousands of places never holds the page (the markers come a moment after
 * the map).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BBox, Place } from '../core/types';
import { clusterPlaces, itemsOf, type PointItem } from './clusters';
import type { ClusterReply, ClusterRequest } from './clusterMessages';

/** From this many places on, they are grouped in the worker. */
export const MANY_POINTS = 10_000;
const NO_ITEMS: PointItem[] = [];

/** A worker can be started here (not in a page opened from a file, nor where there are none). */
const workersWork = () => typeof Worker !== 'undefined' && globalThis.location?.protocol !== 'file:';

export function useClusters(places: Place[], zoom: number, box: BBox): PointItem[] {
  const [broken, setBroken] = useState(false);
  const many = places.length >= MANY_POINTS && !broken && workersWork();
  const here = useMemo(() => (many ? null : clusterPlaces(places, zoom, box)), [many, places, zoom, box]);
  const [fromWorker, setFromWorker] = useState<PointItem[]>(NO_ITEMS);
  const worker = useRef<{ worker: Worker; sent: Place[] | null } | null>(null);
  const requests = useRef(0);
  /** The places each request in flight was for: its answer is read against them. */
  const asked = useRef(new Map<number, Place[]>());

  useEffect(function stopTheWorkerOnLeaving() {
    return () => {
      worker.current?.worker.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(
    function groupInTheWorker() {
      if (!many) return;
      if (!worker.current) {
        const started = new Worker(new URL('./clusterWorker.ts', import.meta.url), { type: 'module' });
        // A worker that cannot run (a strict policy, say): the places are grouped here instead.
        started.onerror = () => setBroken(true);
        // Every answer is drawn as it comes (in the order asked): while the places change faster than
        // they can be grouped, the map still follows, a step or two behind, rather than waiting.
        started.onmessage = ({ data }: MessageEvent<ClusterReply>) => {
          const places = asked.current.get(data.request);
          for (const request of asked.current.keys())
            if (request <= data.request) asked.current.delete(request);
          if (places) setFromWorker(itemsOf(places, data.groups));
        };
        asked.current.clear();
        worker.current = { worker: started, sent: null };
      }
      const { worker: running } = worker.current;
      const request = ++requests.current;
      const message: ClusterRequest = { request, zoom, box };
      const transfer: Transferable[] = [];
      if (worker.current.sent !== places) {
        const points = new Float64Array(places.length * 2);
        places.forEach((p, i) => {
          points[2 * i] = p.lat;
          points[2 * i + 1] = p.lon;
        });
        message.points = points;
        transfer.push(points.buffer);
        worker.current.sent = places;
      }
      asked.current.set(request, places);
      running.postMessage(message, transfer);
    },
    [many, places, zoom, box],
  );
  return here ?? fromWorker;
}

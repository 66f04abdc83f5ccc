/** The cluster worker groups very many places as the page itself would, and keeps them for the next view. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BBox, Place } from '../../src/core/types';
import type { ClusterReply, ClusterRequest } from '../../src/map/clusterMessages';
import { clusterPlaces, itemsOf } from '../../src/map/clusters';

/** 12,000 places on a grid over Europe, each its own point. */
const PLACES: Place[] = Array.from({ length: 12_000 }, (_, i) => ({
  id: `p${i}`,
  name: `Place ${i}`,
  kind: 'city',
  lat: 36 + (i % 120) * 0.2,
  lon: -9 + Math.floor(i / 120) * 0.4,
  source: 'test',
  entryCount: 1,
}));
const pairs = (places: Place[]) => Float64Array.from(places.flatMap((p) => [p.lat, p.lon]));

/** The worker module, loaded with its `self` standing in, and a way to send it a request. */
async function startWorker() {
  const replies: ClusterReply[] = [];
  vi.spyOn(self, 'postMessage').mockImplementation((reply: unknown) => {
    replies.push(reply as ClusterReply);
  });
  vi.resetModules();
  await import('../../src/map/clusterWorker');
  const send = (request: ClusterRequest) =>
    (self.onmessage as (event: { data: ClusterRequest }) => void)({ data: request });
  return { replies, send };
}

afterEach(() => {
  vi.restoreAllMocks();
  self.onmessage = null;
});

describe('the cluster worker', () => {
  it('groups the places it is sent exactly as the page groups them', async () => {
    const { replies, send } = await startWorker();
    const world: BBox = [-180, -85, 180, 85];
    send({ request: 1, points: pairs(PLACES), zoom: 4, box: world });
    expect(replies).toHaveLength(1);
    expect(replies[0]?.request).toBe(1);
    const items = itemsOf(PLACES, replies[0]?.groups ?? []);
    expect(items).toEqual(clusterPlaces(PLACES, 4, world));
    // Grouped: far fewer markers than places, and every place in one of them.
    expect(items.length).toBeLessThan(1_000);
    const members = items.flatMap((item) => (item.type === 'place' ? [item.place] : item.places));
    expect(new Set(members.map((p) => p.id)).size).toBe(PLACES.length);
  });

  it('keeps the places for the next view: a request without them groups the same places there', async () => {
    const { replies, send } = await startWorker();
    send({ request: 1, points: pairs(PLACES), zoom: 6, box: [-180, -85, 180, 85] });
    const box: BBox = [0, 40, 10, 50];
    send({ request: 2, zoom: 6, box });
    expect(replies[1]?.request).toBe(2);
    expect(itemsOf(PLACES, replies[1]?.groups ?? [])).toEqual(clusterPlaces(PLACES, 6, box));
    // Past the last zoom that groups, every place in the view is its own marker.
    send({ request: 3, zoom: 13, box });
    const inView = PLACES.filter((p) => p.lon >= 0 && p.lon <= 10 && p.lat >= 40 && p.lat <= 50);
    expect(replies[2]?.groups).toHaveLength(inView.length);
  });
});

/**
 * Which side of its dot each place's name goes on the live map, so that no name covers another name
 * or a marker and none is cut at the map's edge: the handout's placement (labelPlacement.ts) on the
 * markers in view, this post's places first, then the places with most posts. A name that fits nowhere
 * is left out (it shows on hover and focus, and in the table of places). Pure.
 */
import { clusterSize, markerSize } from './geometry';
import type { PointItem } from './clusters';
import { placeLabels, type LabelledPoint, type LabelSide } from './labelPlacement';

/** More names than this in view are not placed (the rest show on hover): placement stays quick. */
const MAX_LABELS = 400;

export function liveLabelSides(
  items: readonly PointItem[],
  current: ReadonlySet<string>,
  toScreen: (lat: number, lon: number) => { x: number; y: number },
  frame: { width: number; height: number; fontSize: number },
): Map<string, LabelSide> {
  const points: LabelledPoint[] = [];
  for (const item of items) {
    const lat = item.type === 'place' ? item.place.lat : item.lat;
    const lon = item.type === 'place' ? item.place.lon : item.lon;
    const { x, y } = toScreen(lat, lon);
    if (x < 0 || y < 0 || x > frame.width || y > frame.height) continue;
    if (item.type === 'cluster')
      points.push({
        id: `cluster-${item.id}`,
        x,
        y,
        r: clusterSize(item.places.length) / 2,
        text: '',
        weight: 0,
      });
    else {
      const { place } = item;
      points.push({
        id: place.id,
        x,
        y,
        r: markerSize(place.entryCount) / 2,
        text: place.name,
        weight: (current.has(place.id) ? 1e9 : 0) + place.entryCount,
      });
    }
  }
  const named = points.filter((p) => p.text).sort((a, b) => b.weight - a.weight);
  const placed = placeLabels(
    [...named.slice(0, MAX_LABELS), ...points.filter((p) => !p.text)],
    frame,
    'none',
  );
  return new Map([...placed].map(([id, spot]) => [id, spot.side]));
}

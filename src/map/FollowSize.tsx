/**
 * Keeps Leaflet in step with its container's size. A map inside a hidden container (a host page's
 * `display:none` tab) has no size: Leaflet cannot fit anything there. When the container is shown (or
 * resized), the map learns its new size, and a map that had none is fitted to `bounds` at once.
 */
import { useEffect, useRef } from 'react';
import type L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { BBox } from '../core/types';
import { toLatLngBounds } from './geometry';

/** True when the map has room to draw in. */
export function hasSize(map: L.Map): boolean {
  const size = map.getSize();
  return size.x > 0 && size.y > 0;
}

export function FollowSize({ bounds, padding }: { bounds: BBox; padding: number }) {
  const map = useMap();
  const latest = useRef(bounds);
  useEffect(() => {
    latest.current = bounds;
  });
  useEffect(
    function followContainerSize() {
      if (typeof ResizeObserver === 'undefined') return;
      let empty = !hasSize(map);
      const observer = new ResizeObserver(() => {
        map.invalidateSize({ pan: false });
        const nowEmpty = !hasSize(map);
        if (empty && !nowEmpty)
          map.fitBounds(toLatLngBounds(latest.current), { padding: [padding, padding], animate: false });
        empty = nowEmpty;
      });
      observer.observe(map.getContainer());
      return function stopFollowingContainerSize() {
        observer.disconnect();
      };
    },
    [map, padding],
  );
  return null;
}

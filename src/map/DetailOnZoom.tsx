/** Tells once the map has zoomed in to `zoom` or closer (e.g. for the detailed basemap). */
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

export function DetailOnZoom({ zoom, onReached }: { zoom: number; onReached(): void }) {
  const map = useMap();
  useEffect(
    function watchZoom() {
      const check = () => {
        if (map.getZoom() >= zoom) onReached();
      };
      check();
      map.on('zoomend', check);
      return function stopWatchingZoom() {
        map.off('zoomend', check);
      };
    },
    [map, zoom, onReached],
  );
  return null;
}

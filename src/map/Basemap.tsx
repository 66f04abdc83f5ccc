/** Land and borders drawn from bundled Natural Earth data: a legible map with no tile server. */
import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Countries } from './basemapQuery';
import { LAND_STYLE } from './layers';

export const BASEMAP_PANE = 'basemap';

export function Basemap({ countries }: { countries: Countries | undefined }) {
  const map = useMap();
  useEffect(
    function addBasemapLayer() {
      if (!countries) return;
      const layer = L.geoJSON(countries, {
        style: {
          ...LAND_STYLE,
          pane: BASEMAP_PANE,
          interactive: false,
          renderer: L.svg({ pane: BASEMAP_PANE, padding: 0.5 }),
        },
      }).addTo(map);
      return function removeBasemapLayer() {
        layer.remove();
      };
    },
    [map, countries],
  );
  return null;
}

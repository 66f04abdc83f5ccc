/** Places too close to tell apart at this zoom: one button that lists them and zooms in when activated. */
import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker, useMap } from 'react-leaflet';
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import type { Place } from '../core/types';
import L from 'leaflet';
import { MAX_CLUSTER_ZOOM } from './clusters';
import { clusterIcon } from './icons';
import { translate } from '../i18n/i18n';

interface Props {
  lat: number;
  lon: number;
  places: Place[];
  current: boolean;
  /** A search is on and no post it finds names any of these places. */
  dimmed?: boolean;
}

const MAX_NAMED = 8;

export function clusterName(places: Place[]): string {
  const names = places.map((p) => p.name);
  const listed =
    names.length > MAX_NAMED
      ? translate('map.clusterMore', {
          names: names.slice(0, MAX_NAMED).join(', '),
          count: names.length - MAX_NAMED,
        })
      : names.join(', ');
  return translate('map.cluster', { count: places.length, names: listed });
}

/** Memoised on what it shows: the same cluster is not redrawn while the reader scrubs. */
export const ClusterMarker = memo(
  ClusterMarkerView,
  (a, b) =>
    a.lat === b.lat &&
    a.lon === b.lon &&
    a.current === b.current &&
    a.dimmed === b.dimmed &&
    a.places.length === b.places.length &&
    a.places.every((p, i) => p === b.places[i]),
);

function ClusterMarkerView({ lat, lon, places, current, dimmed = false }: Props) {
  const map = useMap();
  const marker = useRef<LeafletMarker>(null);
  const position = useMemo<[number, number]>(() => [lat, lon], [lat, lon]);
  // Zooms to where the group's places stand apart (never further out than a zoom step in).
  const zoomIn = () => {
    const bounds = L.latLngBounds(places.map((p) => [p.lat, p.lon]));
    const zoom = Math.max(
      map.getZoom() + 1,
      Math.min(map.getBoundsZoom(bounds.pad(0.5)), MAX_CLUSTER_ZOOM + 1),
    );
    map.flyTo(bounds.getCenter(), zoom);
  };

  useEffect(
    function syncClusterElement() {
      const element = marker.current?.getElement();
      if (!element) return;
      element.setAttribute('aria-label', clusterName(places));
      element.classList.toggle('is-current', current);
      element.classList.toggle('is-dimmed', dimmed);
      if (current) element.setAttribute('aria-current', 'true');
      else element.removeAttribute('aria-current');
    },
    [places, current, dimmed],
  );

  return (
    <Marker
      ref={marker}
      position={position}
      icon={clusterIcon(places.length)}
      keyboard
      eventHandlers={{
        click: zoomIn,
        keydown: (event) => {
          const key = (event as LeafletKeyboardEvent).originalEvent.key;
          if (key === 'Enter' || key === ' ') zoomIn();
        },
      }}
    />
  );
}

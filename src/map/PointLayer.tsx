/** Point places (cities, sites, landmarks) as markers, grouped into clusters where they would overlap. */
import { useState } from 'react';
import { useMapEvents } from 'react-leaflet';
import type { Place } from '../core/types';
import { ClusterMarker } from './ClusterMarker';
import { clusterPlaces } from './clusters';
import { PlaceMarker } from './PlaceMarker';

interface Props {
  places: Place[];
  current: Set<string>;
  highlighted: Set<string>;
  onSelect(id: string): void;
  onHighlight(id: string | null): void;
}

export function PointLayer({ places, current, highlighted, onSelect, onHighlight }: Props) {
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const [zoom, setZoom] = useState(() => map.getZoom());
  return (
    <>
      {clusterPlaces(places, zoom).map((item) =>
        item.type === 'place' ? (
          <PlaceMarker
            key={item.place.id}
            place={item.place}
            state={current.has(item.place.id) ? 'current' : 'past'}
            highlighted={highlighted.has(item.place.id)}
            onSelect={onSelect}
            onHighlight={onHighlight}
          />
        ) : (
          <ClusterMarker
            key={`cluster-${item.id}`}
            lat={item.lat}
            lon={item.lon}
            places={item.places}
            expansionZoom={item.expansionZoom}
            current={item.places.some((p) => current.has(p.id))}
          />
        ),
      )}
    </>
  );
}

/** Seas, rivers and continents are named on the map the way atlases name them: a label, not a shape. */
import { Marker } from 'react-leaflet';
import L from 'leaflet';
import type { Place } from '../core/types';

const icons = new Map<string, L.DivIcon>();

function labelIcon(place: Place, current: boolean): L.DivIcon {
  const key = `${place.id}|${current}`;
  let icon = icons.get(key);
  if (!icon) {
    const span = document.createElement('span');
    span.textContent = place.name;
    icon = L.divIcon({
      className: `area-label area-label--${place.kind}${current ? ' is-current' : ''}`,
      html: span.outerHTML,
      iconSize: undefined,
    });
    icons.set(key, icon);
  }
  return icon;
}

export function AreaLabels({ places, current }: { places: Place[]; current: Set<string> }) {
  return (
    <>
      {places.map((place) => (
        <Marker
          key={place.id}
          position={[place.lat, place.lon]}
          icon={labelIcon(place, current.has(place.id))}
          interactive={false}
          keyboard={false}
        />
      ))}
    </>
  );
}

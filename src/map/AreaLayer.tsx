/** Countries and regions as highlighted areas: the country's own shape, or a circle where there is none. */
import { Circle, GeoJSON, Tooltip } from 'react-leaflet';
import type { Feature, Geometry } from 'geojson';
import type { Place } from '../core/types';
import type { Countries } from './basemapQuery';
import { areaRadiusMeters } from './geometry';
import { AREA_STYLES, type AreaState } from './layers';

interface Props {
  places: Place[];
  countries: Countries | undefined;
  stateOf(place: Place): AreaState;
  onSelect(id: string): void;
}

export function AreaLayer({ places, countries, stateOf, onSelect }: Props) {
  const shapes = new Map<string, Feature<Geometry, { name: string }>>();
  for (const f of countries?.features ?? []) if (typeof f.id === 'string') shapes.set(f.id, f);
  return (
    <>
      {places.map((place) => {
        const state = stateOf(place);
        const style = AREA_STYLES[state];
        const handlers = { click: () => onSelect(place.id) };
        // Leaflet sets a path's class only when it creates it: a change of state makes a new path.
        // A country waits for its shape from the basemap; only one the basemap lacks becomes a circle.
        if (place.kind === 'country' && !countries) return null;
        const shape =
          place.kind === 'country' && place.countryCode ? shapes.get(place.countryCode) : undefined;
        if (shape) {
          return (
            <GeoJSON
              key={`${place.id}-${state}-${countries ? countries.features.length : 0}`}
              data={shape}
              style={style}
              eventHandlers={handlers}
            >
              <Tooltip sticky>{place.name}</Tooltip>
            </GeoJSON>
          );
        }
        return (
          <Circle
            key={`${place.id}-${state}`}
            center={[place.lat, place.lon]}
            radius={areaRadiusMeters(place)}
            className={style.className}
            pathOptions={style}
            eventHandlers={handlers}
          >
            <Tooltip sticky>{place.name}</Tooltip>
          </Circle>
        );
      })}
    </>
  );
}

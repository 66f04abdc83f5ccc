/** Countries and regions as highlighted areas: the country's own shape, or a circle where there is none. */
import { Circle, GeoJSON, Tooltip } from 'react-leaflet';
import type { Feature, Geometry } from 'geojson';
import type { PathOptions } from 'leaflet';
import type { Place } from '../core/types';
import type { Countries } from './basemapQuery';
import { areaRadiusMeters } from './geometry';

export type AreaState = 'current' | 'past' | 'highlighted';

interface Props {
  places: Place[];
  countries: Countries | undefined;
  stateOf(place: Place): AreaState;
  onSelect(id: string): void;
}

const STYLES: Record<AreaState, PathOptions> = {
  current: { className: 'area area--current', weight: 2, fillOpacity: 0.35 },
  highlighted: { className: 'area area--highlighted', weight: 2, fillOpacity: 0.4 },
  past: { className: 'area area--past', weight: 1, fillOpacity: 0.12 },
};

export function AreaLayer({ places, countries, stateOf, onSelect }: Props) {
  const shapes = new Map<string, Feature<Geometry, { name: string }>>();
  for (const f of countries?.features ?? []) if (typeof f.id === 'string') shapes.set(f.id, f);
  return (
    <>
      {places.map((place) => {
        const state = stateOf(place);
        const style = STYLES[state];
        const handlers = { click: () => onSelect(place.id) };
        const shape =
          place.kind === 'country' && place.countryCode ? shapes.get(place.countryCode) : undefined;
        if (shape) {
          return (
            <GeoJSON
              key={`${place.id}-${countries ? countries.features.length : 0}`}
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
            key={place.id}
            center={[place.lat, place.lon]}
            radius={areaRadiusMeters(place)}
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

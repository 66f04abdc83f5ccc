/** Countries and regions as highlighted areas: the country's own shape, or a circle where there is none. */
import { useMemo } from 'react';
import type { Feature, Geometry } from 'geojson';
import type { Place } from '../core/types';
import { AreaShape } from './AreaShape';
import type { Countries } from './basemapQuery';
import type { AreaState } from './layers';

interface Props {
  places: Place[];
  countries: Countries | undefined;
  stateOf(place: Place): AreaState;
  /** While a search is on: the places of the posts it finds (the others are dimmed); null otherwise. */
  matching?: Set<string> | null;
  onSelect(id: string): void;
}

export function AreaLayer({ places, countries, stateOf, matching = null, onSelect }: Props) {
  const shapes = useMemo(() => {
    const byCode = new Map<string, Feature<Geometry, { name: string }>>();
    for (const f of countries?.features ?? []) if (typeof f.id === 'string') byCode.set(f.id, f);
    return byCode;
  }, [countries]);
  return (
    <>
      {places.map((place) => {
        // A country waits for its shape from the basemap; only one the basemap lacks becomes a circle.
        if (place.kind === 'country' && !countries) return null;
        const shape =
          place.kind === 'country' && place.countryCode ? shapes.get(place.countryCode) : undefined;
        return (
          <AreaShape
            // A more detailed basemap draws the shape anew.
            key={shape ? `${place.id}-${countries?.features.length ?? 0}` : place.id}
            place={place}
            shape={shape}
            state={stateOf(place)}
            dimmed={matching !== null && !matching.has(place.id)}
            onSelect={onSelect}
          />
        );
      })}
    </>
  );
}

/** One country or region on the map: its own shape, or a circle where there is none, styled by state. */
import { memo, useEffect, useMemo, useRef, type Ref } from 'react';
import L from 'leaflet';
import { Circle, GeoJSON, Tooltip } from 'react-leaflet';
import type { Feature, Geometry } from 'geojson';
import type { Place } from '../core/types';
import { areaRadiusMeters } from './geometry';
import { AREA_STYLES, type AreaState } from './layers';

interface Props {
  place: Place;
  /** The country's shape from the basemap; without one the area is drawn as a circle. */
  shape: Feature<Geometry, { name: string }> | undefined;
  state: AreaState;
  /** A search is on and no post it finds names this place. */
  dimmed?: boolean;
  onSelect(id: string): void;
}

/** Memoised: while scrubbing, only the areas whose state changes re-render. */
export const AreaShape = memo(function AreaShape({ place, shape, state, dimmed = false, onSelect }: Props) {
  const layer = useRef<L.Path | L.GeoJSON>(null);
  const style = AREA_STYLES[state];
  const handlers = useMemo(() => ({ click: () => onSelect(place.id) }), [place.id, onSelect]);

  useEffect(
    function syncStateClass() {
      // Leaflet sets a path's class only when it creates the path; a change of state is applied here.
      const current = layer.current;
      if (!current) return;
      const paths = current instanceof L.LayerGroup ? current.getLayers() : [current];
      for (const path of paths)
        (path as L.Path)
          .getElement?.()
          ?.setAttribute('class', `${style.className}${dimmed ? ' area--dimmed' : ''} leaflet-interactive`);
    },
    [style.className, dimmed],
  );

  return shape ? (
    <GeoJSON ref={layer as Ref<L.GeoJSON>} data={shape} style={style} eventHandlers={handlers}>
      <Tooltip sticky>{place.name}</Tooltip>
    </GeoJSON>
  ) : (
    <Circle
      ref={layer as Ref<L.Circle>}
      center={[place.lat, place.lon]}
      radius={areaRadiusMeters(place)}
      className={style.className}
      pathOptions={style}
      eventHandlers={handlers}
    >
      <Tooltip sticky>{place.name}</Tooltip>
    </Circle>
  );
});

/** Point places (cities, sites, landmarks) as markers, grouped into clusters where they would overlap. */
import { useMemo, useState } from 'react';
import { useMapEvents } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import type { BBox, Place } from '../core/types';
import { ClusterMarker } from './ClusterMarker';
import { useClusters } from './useClusters';
import { liveLabelSides } from './liveLabels';
import { PlaceMarker } from './PlaceMarker';

/** Markers just outside the view are drawn too, so panning shows them at once. */
const VIEW_PADDING = 0.5;

/** The map's zoom and the box around its view (Leaflet owns the viewport; this only reads it). */
function viewportOf(map: LeafletMap): { zoom: number; box: BBox } {
  const b = map.getBounds().pad(VIEW_PADDING);
  const box: BBox = [
    Math.max(-180, b.getWest()),
    Math.max(-85, b.getSouth()),
    Math.min(180, b.getEast()),
    Math.min(85, b.getNorth()),
  ];
  return { zoom: map.getZoom(), box: b.getEast() - b.getWest() >= 360 ? [-180, -85, 180, 85] : box };
}
/** The size names are drawn at on this map (larger on a projector's presentation), in pixels. */
function labelFontSize(map: LeafletMap): number {
  const label = map.getPane('markerPane')?.querySelector('.is-current .marker-label, .marker-label');
  const size = label ? parseFloat(getComputedStyle(label).fontSize) : NaN;
  return Number.isFinite(size) && size > 0 ? size : 14;
}

interface Props {
  places: Place[];
  current: Set<string>;
  highlighted: Set<string>;
  /** While a search is on: the places of the posts it finds (the others are dimmed); null otherwise. */
  matching?: Set<string> | null;
  onSelect(id: string): void;
  onHighlight(id: string | null): void;
}

export function PointLayer({ places, current, highlighted, matching = null, onSelect, onHighlight }: Props) {
  const map = useMapEvents({ moveend: () => setViewport(viewportOf(map)) });
  const [viewport, setViewport] = useState(() => viewportOf(map));
  const items = useClusters(places, viewport.zoom, viewport.box);
  // Names placed where they cover nothing, for the view the map shows now (read from Leaflet; the
  // viewport changes whenever that view does).
  const sides = useMemo(() => {
    void viewport;
    const size = map.getSize();
    return liveLabelSides(items, current, (lat, lon) => map.latLngToContainerPoint([lat, lon]), {
      width: size.x,
      height: size.y,
      fontSize: labelFontSize(map),
    });
  }, [items, current, viewport, map]);
  return (
    <>
      {items.map((item) =>
        item.type === 'place' ? (
          <PlaceMarker
            key={item.place.id}
            place={item.place}
            state={current.has(item.place.id) ? 'current' : 'past'}
            labelSide={sides.get(item.place.id) ?? null}
            highlighted={highlighted.has(item.place.id)}
            dimmed={matching !== null && !matching.has(item.place.id)}
            onSelect={onSelect}
            onHighlight={onHighlight}
          />
        ) : (
          <ClusterMarker
            key={`cluster-${item.id}`}
            lat={item.lat}
            lon={item.lon}
            places={item.places}
            current={item.places.some((p) => current.has(p.id))}
            dimmed={matching !== null && !item.places.some((p) => matching.has(p.id))}
          />
        ),
      )}
    </>
  );
}

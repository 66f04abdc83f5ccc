/** The story's map: bundled vector basemap, areas, clustered markers, fitted to the current entry. */
import { useMemo } from 'react';
import L from 'leaflet';
import { AttributionControl, MapContainer, Pane } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import type { Chronology } from '../core/chronology';
import type { ExplorerView } from '../core/explore';
import type { Place } from '../core/types';
import { setHighlight, useHighlight } from '../data/highlightStore';
import { AreaLabels, isLabelOnly } from './AreaLabels';
import { AreaLayer, type AreaState } from './AreaLayer';
import { Basemap, BASEMAP_PANE } from './Basemap';
import { useBasemap } from './basemapQuery';
import { FitView } from './FitView';
import { focusBounds, isPoint } from './geometry';
import { OptionalTiles } from './OptionalTiles';
import { PointLayer } from './PointLayer';
import { tileSource } from './tiles';

interface Props {
  chronology: Chronology;
  view: ExplorerView;
  /** True when the URL chose the moment or entry: the map opens on it rather than on the whole story. */
  openOnCurrent: boolean;
  /** In an iframe: the wheel and touch scroll the host page, not the map, so the map never traps scrolling. */
  embedded?: boolean;
  onSelectPlace(id: string): void;
}

const ATTRIBUTION =
  'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> · Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)';
const WORLD: [[number, number], [number, number]] = [
  [-50, -150],
  [70, 150],
];
const highlightPlace = (id: string | null) => setHighlight(id ? { place: id, places: [id] } : null);

export default function StoryMap({
  chronology,
  view,
  openOnCurrent,
  embedded = false,
  onSelectPlace,
}: Props) {
  const countries = useBasemap();
  const highlight = useHighlight();
  const tiles = useMemo(() => tileSource(new URLSearchParams(window.location.search).get('tiles')), []);
  const allPlaces = useMemo(() => [...chronology.placeById.values()], [chronology]);
  const initialBounds = useMemo(() => focusBounds(allPlaces) ?? WORLD, [allPlaces]);
  const highlighted = new Set([...highlight.places, ...(highlight.place ? [highlight.place] : [])]);
  const points = view.shownPlaces.filter(isPoint);
  const areas = view.shownPlaces.filter((p) => !isPoint(p));
  const entry = chronology.entries[view.current] ?? null;
  const currentPlaces = (entry?.places ?? [])
    .map((id) => chronology.placeById.get(id))
    .filter((p): p is Place => Boolean(p));
  const areaState = (place: Place): AreaState =>
    highlighted.has(place.id) ? 'highlighted' : view.currentPlaces.has(place.id) ? 'current' : 'past';

  return (
    <MapContainer
      className="story-map"
      bounds={initialBounds}
      boundsOptions={{ padding: [30, 30], maxZoom: 6 }}
      minZoom={2}
      maxZoom={tiles?.maxZoom ?? 12}
      worldCopyJump
      scrollWheelZoom={!embedded}
      dragging={!embedded || !L.Browser.mobile}
      tapHold={false}
      attributionControl={false}
      keyboard
    >
      <AttributionControl prefix={`<a href="https://leafletjs.com">Leaflet</a> · ${ATTRIBUTION}`} />
      <Pane name={BASEMAP_PANE} style={{ zIndex: 150 }}>
        <Basemap countries={countries} />
      </Pane>
      <OptionalTiles source={tiles} />
      <AreaLayer
        places={areas.filter((p) => !isLabelOnly(p))}
        countries={countries}
        stateOf={areaState}
        onSelect={onSelectPlace}
      />
      <AreaLabels places={areas.filter(isLabelOnly)} current={view.currentPlaces} />
      <PointLayer
        places={points}
        current={view.currentPlaces}
        highlighted={highlighted}
        onSelect={onSelectPlace}
        onHighlight={highlightPlace}
      />
      <FitView entryId={entry?.id ?? null} places={currentPlaces} fitOnMount={openOnCurrent} />
    </MapContainer>
  );
}

/** The story's map: bundled vector basemap, areas, clustered markers, fitted to the current entry. */
import { memo, useCallback, useMemo, useState } from 'react';
import L from 'leaflet';
import { AttributionControl, MapContainer, Pane, ZoomControl } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import type { Chronology } from '../core/chronology';
import type { ExplorerView } from '../core/explore';
import { highlightPlace, useHighlight } from '../data/highlightStore';
import { AreaLabels } from './AreaLabels';
import { AreaLayer } from './AreaLayer';
import { Basemap, BASEMAP_PANE } from './Basemap';
import { DETAIL_ZOOM, useBasemap } from './basemapQuery';
import { DetailOnZoom } from './DetailOnZoom';
import { creditsHtml } from './credits';
import { FitView, type MapCovers } from './FitView';
import { toLatLngBounds } from './geometry';
import { LandPicture } from './LandPicture';
import { currentPlacesOf, mapLayers, OPENING_FIT, openingBounds } from './layers';
import { OptionalTiles } from './OptionalTiles';
import { PointLayer } from './PointLayer';
import { readTiles } from './tiles';
import { FollowSize } from './FollowSize';
import { MapErrorBoundary } from './MapErrorBoundary';
import { MapLegend } from './MapLegend';
import { boundsOf, framing, storyCentre } from './geometry';
import { EdgePointers } from './EdgePointers';
import { ReferenceLabels } from './ReferenceLabels';
import { translate } from '../i18n/i18n';

/** Sites whose tile templates `?tiles=` may name (`VITE_TILE_ORIGINS`, comma-separated). */
const TILE_ORIGINS = ((import.meta.env.VITE_TILE_ORIGINS as string | undefined) ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
import './map.css';

interface Props {
  chronology: Chronology;
  view: ExplorerView;
  /** True when the URL chose the moment or entry: the map opens on it rather than on the whole story. */
  openOnCurrent: boolean;
  /** In an iframe: the wheel and touch scroll the host page, not the map, so the map never traps scrolling. */
  embedded?: boolean;
  /** Elements laid over the map; fitting to the current post keeps its places out from under them. */
  covers?: MapCovers;
  /** The folded key to the marks (off in a presentation, whose controls sit in that corner). */
  legend?: boolean;
  onSelectPlace(id: string): void;
}

/**
 * The map, inside its own error boundary: a map that fails never takes the page down with it. Memoised:
 * a render that leaves its props alone (the post list's half of a scrub step) leaves the map alone.
 */
export default memo(function StoryMap(props: Props) {
  return (
    <MapErrorBoundary>
      <StoryMapView {...props} />
    </MapErrorBoundary>
  );
});

function StoryMapView({
  chronology,
  view,
  openOnCurrent,
  embedded = false,
  covers,
  legend = true,
  onSelectPlace,
}: Props) {
  const [wantDetail, setWantDetail] = useState(false);
  const countries = useBasemap(wantDetail);
  const detailWanted = useCallback(() => setWantDetail(true), []);
  const highlight = useHighlight();
  const tiles = useMemo(
    () => readTiles(new URLSearchParams(window.location.search).get('tiles'), TILE_ORIGINS),
    [],
  );
  // Computed once a story: on one of 100,000 places, a pass over them all is not free.
  const centre = useMemo(() => storyCentre([...chronology.placeById.values()]), [chronology]);
  const opening = useMemo(() => openingBounds(chronology, centre), [chronology, centre]);
  const initialBounds = useMemo(() => toLatLngBounds(opening), [opening]);
  // The same places keep the same layers: a step that shows no new place redraws no marker.
  const layers = useMemo(
    () => mapLayers(view.shownPlaces, view.currentPlaces, highlight),
    [view.shownPlaces, view.currentPlaces, highlight],
  );
  const entry = chronology.entries[view.current] ?? null;
  const regions = useMemo(() => layers.areas.filter((p) => p.kind === 'region'), [layers.areas]);
  const currentPlaces = currentPlacesOf(chronology, view);
  // The post's places near where the story happens are framed; its far ones get pointers at the edge.
  const frame = framing(currentPlaces, centre);
  // While a search is on, the places of the posts it finds stand out; the others are dimmed.
  const matching = useMemo(
    () =>
      view.query.trim() ? new Set(view.visible.flatMap((i) => chronology.entries[i]?.places ?? [])) : null,
    [view.query, view.visible, chronology],
  );

  return (
    <MapContainer
      className="story-map"
      bounds={initialBounds}
      boundsOptions={{ padding: [OPENING_FIT.padding, OPENING_FIT.padding], maxZoom: OPENING_FIT.maxZoom }}
      minZoom={OPENING_FIT.minZoom}
      maxZoom={tiles.source?.maxZoom ?? 12}
      worldCopyJump
      scrollWheelZoom={!embedded}
      dragging={!embedded || !L.Browser.mobile}
      tapHold={false}
      attributionControl={false}
      zoomControl={false}
      keyboard
    >
      <ZoomControl zoomInTitle={translate('map.zoomIn')} zoomOutTitle={translate('map.zoomOut')} />
      <AttributionControl prefix={creditsHtml()} />
      <LandPicture basemapDrawn={countries !== undefined} />
      {!wantDetail && <DetailOnZoom zoom={DETAIL_ZOOM} onReached={detailWanted} />}
      <Pane name={BASEMAP_PANE} style={{ zIndex: 150 }}>
        <Basemap countries={countries} />
      </Pane>
      <OptionalTiles source={tiles.source} />
      <AreaLayer
        places={layers.areas}
        countries={countries}
        stateOf={layers.areaState}
        matching={matching}
        onSelect={onSelectPlace}
      />
      <AreaLabels places={layers.labels} current={view.currentPlaces} />
      <PointLayer
        places={layers.points}
        current={view.currentPlaces}
        highlighted={layers.highlighted}
        matching={matching}
        onSelect={onSelectPlace}
        onHighlight={highlightPlace}
      />
      <FitView
        entryId={entry?.id ?? null}
        places={currentPlaces}
        fitOnMount={openOnCurrent}
        covers={covers}
        centre={centre}
      />
      <EdgePointers places={frame.far} />
      <ReferenceLabels
        enabled={countries !== undefined}
        storyKey={`${entry?.id ?? ''}|${view.shownPlaces.length}|${matching?.size ?? -1}`}
        regions={regions}
      />
      <FollowSize bounds={boundsOf(frame.framed) ?? opening} padding={OPENING_FIT.padding} />
      {legend && <MapLegend />}
      {tiles.notice && (
        <p className="map-notice" role="status">
          {tiles.notice}
        </p>
      )}
    </MapContainer>
  );
}

/**
 * What the story map draws for a view, shared by the live Leaflet map and its prerendered picture:
 * the opening view, which places are markers, areas or labels, and how areas are styled. Pure.
 */
import type { Chronology } from '../core/chronology';
import type { ExplorerView } from '../core/explore';
import type { BBox, LatLon, Place } from '../core/types';
import type { Highlight } from '../data/highlightStore';
import { focusBounds, isPoint } from './geometry';
import type { FitOptions } from './mercator';

export type AreaState = 'current' | 'past' | 'highlighted';

const LABEL_KINDS = new Set<Place['kind']>(['continent', 'sea', 'river']);

/** Seas, rivers and continents are named the way atlases name them: a label, not a shape. */
export function isLabelOnly(place: Place): boolean {
  return LABEL_KINDS.has(place.kind);
}

/** The view when a story has no places. */
export const WORLD: BBox = [-150, -50, 150, 70];

/** The map opens on where the story mostly happens, fitted with this padding and at most this zoom. */
export const OPENING_FIT: FitOptions = { padding: 30, minZoom: 2, maxZoom: 6 };

export function openingBounds(chronology: Chronology, centre?: LatLon | null): BBox {
  return focusBounds([...chronology.placeById.values()], centre) ?? WORLD;
}

/** Path styles of areas by state (Leaflet path options; the colours come from CSS). */
export const AREA_STYLES: Record<AreaState, { className: string; weight: number; fillOpacity: number }> = {
  current: { className: 'area area--current', weight: 2, fillOpacity: 0.35 },
  highlighted: { className: 'area area--highlighted', weight: 2, fillOpacity: 0.4 },
  past: { className: 'area area--past', weight: 1, fillOpacity: 0.12 },
};

/** The land under everything (Leaflet path options; the colours come from CSS). */
export const LAND_STYLE = { className: 'basemap-land', weight: 0.8, fillOpacity: 1 };

export interface MapLayers {
  /** Cities, sites and landmarks: markers. */
  points: Place[];
  /** Countries and regions: shapes or circles. */
  areas: Place[];
  /** Seas, rivers and continents: names. */
  labels: Place[];
  highlighted: Set<string>;
  areaState(place: Place): AreaState;
}

/** The layers for the places shown so far; the same arguments give arrays equal in content. */
export function mapLayers(
  shownPlaces: readonly Place[],
  currentPlaces: ReadonlySet<string>,
  highlight: Highlight,
): MapLayers {
  const highlighted = new Set([...highlight.places, ...(highlight.place ? [highlight.place] : [])]);
  const areas = shownPlaces.filter((p) => !isPoint(p));
  return {
    points: shownPlaces.filter(isPoint),
    areas: areas.filter((p) => !isLabelOnly(p)),
    labels: areas.filter(isLabelOnly),
    highlighted,
    areaState: (place) =>
      highlighted.has(place.id) ? 'highlighted' : currentPlaces.has(place.id) ? 'current' : 'past',
  };
}

/** The places of the current entry, which the map fits to as the story moves. */
export function currentPlacesOf(chronology: Chronology, view: ExplorerView): Place[] {
  const entry = chronology.entries[view.current];
  return (entry?.places ?? [])
    .map((id) => chronology.placeById.get(id))
    .filter((p): p is Place => Boolean(p));
}

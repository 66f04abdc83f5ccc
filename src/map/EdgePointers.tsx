/**
 * Labelled pointers at the map's edge to the current post's far places (Washington in a European story):
 * the map frames where the story happens, and each pointer says where the far place lies; choosing it
 * moves the map there. A pointer shows only while its place is out of view.
 */
import { useReducer } from 'react';
import { createPortal } from 'react-dom';
import L from 'leaflet';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Place } from '../core/types';
import { translate } from '../i18n/i18n';
import { edgePoint } from './edgePointers';
import { reducedMotion } from './motion';

/** How far inside the map's sides the pointers sit, and inside its top and bottom (clear of the controls). */
const INSET_X = 8;
const INSET_Y = 56;
/** The zoom a chosen far place is shown at, at most (the map never zooms in on a pointer's place). */
const SHOW_ZOOM = 5;

/** The copy of the place (±360° of longitude) nearest the view's centre, in container pixels. */
function nearestPoint(map: L.Map, place: Place): L.Point {
  const centre = map.getCenter().lng;
  const shift = Math.round((centre - place.lon) / 360) * 360;
  return map.latLngToContainerPoint([place.lat, place.lon + shift]);
}

/** The pill lies inside the map from its anchor on the edge: to the right of a point on the left side… */
function inward(x: number, y: number, size: L.Point): string {
  const tx = x <= INSET_X + 1 ? '0' : x >= size.x - INSET_X - 1 ? '-100%' : '-50%';
  const ty = y <= INSET_Y + 1 ? '0' : y >= size.y - INSET_Y - 1 ? '-100%' : '-50%';
  return `translate(${tx}, ${ty})`;
}

/** Moves the map to the place (its nearest copy), marking the map as moving until it has arrived. */
function show(map: L.Map, place: Place) {
  const container = map.getContainer();
  const shift = Math.round((map.getCenter().lng - place.lon) / 360) * 360;
  const animate = !reducedMotion();
  container.dataset.fit = 'pending';
  map.once('moveend', () => delete container.dataset.fit);
  map.flyTo([place.lat, place.lon + shift], Math.min(map.getZoom(), SHOW_ZOOM), {
    animate,
    duration: animate ? 0.8 : 0,
  });
}

export function EdgePointers({ places }: { places: Place[] }) {
  const map = useMap();
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useMapEvents({ move: redraw, zoomend: redraw, resize: redraw });
  if (places.length === 0) return null;
  const size = map.getSize();
  const pointers = places
    .map((place) => ({ place, at: edgePoint(nearestPoint(map, place), size.x, size.y, INSET_X, INSET_Y) }))
    .filter((p): p is { place: Place; at: NonNullable<typeof p.at> } => p.at !== null);
  if (pointers.length === 0) return null;
  return createPortal(
    <div
      className="edge-pointers"
      ref={(element) => {
        if (element) L.DomEvent.disableClickPropagation(element);
      }}
    >
      {pointers.map(({ place, at }) => (
        <button
          key={place.id}
          type="button"
          dir="ltr"
          className={`edge-pointer${Math.abs(at.angle) < 90 ? ' edge-pointer--east' : ''}`}
          style={{ left: `${at.x}px`, top: `${at.y}px`, transform: inward(at.x, at.y, size) }}
          aria-label={translate('map.pointer', { place: place.name, direction: at.direction })}
          onClick={() => show(map, place)}
        >
          <span
            className="edge-pointer-arrow"
            style={{ transform: `rotate(${at.angle}deg)` }}
            aria-hidden="true"
          >
            ➜
          </span>
          <bdi className="edge-pointer-name">{place.name}</bdi>
        </button>
      ))}
    </div>,
    map.getContainer(),
  );
}

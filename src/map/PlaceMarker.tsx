/** One point place: a keyboard-focusable button on the map, named after the place and its post count. */
import { useEffect, useRef } from 'react';
import { Marker } from 'react-leaflet';
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import type { Place } from '../core/types';
import { placeIcon } from './icons';

export type MarkerState = 'current' | 'past';

interface Props {
  place: Place;
  state: MarkerState;
  highlighted: boolean;
  onSelect(id: string): void;
  onHighlight(id: string | null): void;
}

export function accessibleName(place: Place): string {
  return `${place.name}, ${place.entryCount} ${place.entryCount === 1 ? 'post' : 'posts'}`;
}

function isActivation(event: LeafletKeyboardEvent): boolean {
  return event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ';
}

export function PlaceMarker({ place, state, highlighted, onSelect, onHighlight }: Props) {
  const marker = useRef<LeafletMarker>(null);

  useEffect(
    function syncMarkerElement() {
      const element = marker.current?.getElement();
      if (!element) return;
      element.setAttribute('aria-label', accessibleName(place));
      element.classList.toggle('is-current', state === 'current');
      element.classList.toggle('is-past', state === 'past');
      element.classList.toggle('is-highlighted', highlighted);
      if (state === 'current') element.setAttribute('aria-current', 'true');
      else element.removeAttribute('aria-current');
      marker.current?.setZIndexOffset(state === 'current' || highlighted ? 1000 : 0);
    },
    [place, state, highlighted],
  );

  useEffect(
    function highlightOnFocus() {
      const element = marker.current?.getElement();
      if (!element) return;
      const focus = () => onHighlight(place.id);
      const blur = () => onHighlight(null);
      element.addEventListener('focus', focus);
      element.addEventListener('blur', blur);
      return function stopHighlightOnFocus() {
        element.removeEventListener('focus', focus);
        element.removeEventListener('blur', blur);
      };
    },
    [place.id, onHighlight],
  );

  return (
    <Marker
      ref={marker}
      position={[place.lat, place.lon]}
      icon={placeIcon(place)}
      keyboard
      eventHandlers={{
        click: () => onSelect(place.id),
        keydown: (event) => {
          if (!isActivation(event as LeafletKeyboardEvent)) return;
          (event as LeafletKeyboardEvent).originalEvent.preventDefault();
          onSelect(place.id);
        },
        mouseover: () => onHighlight(place.id),
        mouseout: () => onHighlight(null),
      }}
    />
  );
}

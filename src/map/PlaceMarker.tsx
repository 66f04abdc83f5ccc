/** One point place: a keyboard-focusable button on the map, named after the place and its post count. */
import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker } from 'react-leaflet';
import type { LeafletEvent, LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import type { Place } from '../core/types';
import { placeIcon } from './icons';
import type { LabelSide } from './labelPlacement';
import { translate } from '../i18n/i18n';

const LABEL_SIDES: LabelSide[] = [
  'right',
  'left',
  'above',
  'below',
  'below-right',
  'above-right',
  'below-left',
  'above-left',
];

export type MarkerState = 'current' | 'past';

interface Props {
  place: Place;
  state: MarkerState;
  highlighted: boolean;
  /** A search is on and no post it finds names this place. */
  dimmed?: boolean;
  /** Where its name goes from the dot; null: nowhere it would cover nothing (shown on hover and focus). */
  labelSide?: LabelSide | null;
  onSelect(id: string): void;
  onHighlight(id: string | null): void;
}

export function accessibleName(place: Place): string {
  return translate('map.placeName', { place: place.name, count: place.entryCount });
}

function isActivation(event: LeafletKeyboardEvent): boolean {
  return event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ';
}

/** Memoised: while scrubbing, only markers whose state changes re-render (hundreds stay untouched). */
export const PlaceMarker = memo(function PlaceMarker({
  place,
  state,
  highlighted,
  dimmed = false,
  labelSide = 'right',
  onSelect,
  onHighlight,
}: Props) {
  const marker = useRef<LeafletMarker>(null);
  const position = useMemo<[number, number]>(() => [place.lat, place.lon], [place.lat, place.lon]);
  const eventHandlers = useMemo(
    () => ({
      click: () => onSelect(place.id),
      keydown: (event: LeafletEvent) => {
        const keyboard = event as LeafletKeyboardEvent;
        if (!isActivation(keyboard)) return;
        keyboard.originalEvent.preventDefault();
        onSelect(place.id);
      },
      mouseover: () => onHighlight(place.id),
      mouseout: () => onHighlight(null),
    }),
    [place.id, onSelect, onHighlight],
  );

  useEffect(
    function syncMarkerElement() {
      const element = marker.current?.getElement();
      if (!element) return;
      element.setAttribute('aria-label', accessibleName(place));
      element.classList.toggle('is-current', state === 'current');
      element.classList.toggle('is-past', state === 'past');
      element.classList.toggle('is-highlighted', highlighted);
      element.classList.toggle('is-dimmed', dimmed);
      for (const side of LABEL_SIDES) element.classList.toggle(`label-${side}`, labelSide === side);
      element.classList.toggle('label-hidden', labelSide === null);
      if (state === 'current') element.setAttribute('aria-current', 'true');
      else element.removeAttribute('aria-current');
      marker.current?.setZIndexOffset(state === 'current' || highlighted ? 1000 : 0);
    },
    [place, state, highlighted, dimmed, labelSide],
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
    <Marker ref={marker} position={position} icon={placeIcon(place)} keyboard eventHandlers={eventHandlers} />
  );
});

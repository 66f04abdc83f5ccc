/** A button named after a place: choosing it filters the list to the place's entries. */
import type { Place } from '../core/types';

export interface PlaceHandlers {
  select(placeId: string): void;
  highlight(placeId: string | null): void;
}

export function PlaceButton({ place, handlers }: { place: Place; handlers: PlaceHandlers }) {
  return (
    <button
      type="button"
      className={`place-button place-button--${place.kind}`}
      onClick={() => handlers.select(place.id)}
      onMouseEnter={() => handlers.highlight(place.id)}
      onMouseLeave={() => handlers.highlight(null)}
      onFocus={() => handlers.highlight(place.id)}
      onBlur={() => handlers.highlight(null)}
    >
      <bdi>{place.name}</bdi>
    </button>
  );
}

/** A post's places as buttons; memoised, so a post that redraws (its next blocks, its state) leaves them. */
import { memo } from 'react';
import type { Place } from '../core/types';
import { useT } from '../i18n/useT';
import { PlaceButton, type PlaceHandlers } from './PlaceButton';

export const EntryPlaces = memo(function EntryPlaces({
  places,
  handlers,
}: {
  places: Place[];
  handlers: PlaceHandlers;
}) {
  const t = useT();
  return (
    <div className="entry-places" role="group" aria-label={t('entry.places')}>
      {places.map((place) => (
        <PlaceButton key={place.id} place={place} handlers={handlers} />
      ))}
    </div>
  );
});

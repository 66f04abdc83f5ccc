/** Every place in the story as a table of buttons: the accessible alternative to the map, in sync with it. */
import { memo, useMemo, useState } from 'react';
import type { Chronology } from '../core/chronology';
import type { ExplorerView } from '../core/explore';
import { isUnsure } from '../core/confidence';
import { alternativesSentence, kindName } from '../i18n/places';
import type { Place } from '../core/types';
import { highlightPlace, useHighlight } from '../data/highlightStore';
import './places.css';
import { useT } from '../i18n/useT';

interface Props {
  chronology: Chronology;
  view: ExplorerView;
  onSelectPlace(id: string): void;
}

const DRAW_CLOSED_UP_TO = 300;

function byMentions(a: Place, b: Place): number {
  return b.entryCount - a.entryCount || a.name.localeCompare(b.name);
}

/** The "?" beside a place the geocoder was unsure of; read out as words. */
function UnsureMark() {
  const t = useT();
  return (
    <span className="unsure-mark" title={t('places.unsureTitle')}>
      <span aria-hidden="true">?</span>
      <span className="visually-hidden">{t('places.unsure')}</span>
    </span>
  );
}

function PlaceListView({ chronology, view, onSelectPlace }: Props) {
  const highlight = useHighlight();
  const t = useT();
  // A long table is drawn only while open: thousands of places cost nothing when it is closed.
  const [open, setOpen] = useState(false);
  const shown = new Set(view.shownPlaces.map((p) => p.id));
  const places = useMemo(() => [...chronology.placeById.values()].sort(byMentions), [chronology]);
  return (
    <details className="place-list" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('places.summary', { count: places.length })}</summary>
      {(open || chronology.placeById.size <= DRAW_CLOSED_UP_TO) && (
        <table>
          <caption className="visually-hidden">{t('places.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('places.place')}</th>
              <th scope="col">{t('places.kind')}</th>
              <th scope="col">{t('places.posts')}</th>
            </tr>
          </thead>
          <tbody>
            {places.map((place) => {
              const state = view.currentPlaces.has(place.id)
                ? 'is-current'
                : shown.has(place.id)
                  ? 'is-shown'
                  : 'is-later';
              const lit = highlight.places.includes(place.id) || highlight.place === place.id;
              return (
                <tr
                  key={place.id}
                  className={`${state}${lit ? ' is-highlighted' : ''}`}
                  aria-current={view.currentPlaces.has(place.id) ? 'true' : undefined}
                >
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={view.place?.id === place.id}
                      onClick={() => onSelectPlace(place.id)}
                      onFocus={() => highlightPlace(place.id)}
                      onBlur={() => highlightPlace(null)}
                    >
                      <bdi>{place.name}</bdi>
                    </button>
                    {isUnsure(place) && <UnsureMark />}
                    {isUnsure(place) && place.alternatives?.length ? (
                      <p className="place-alternatives">{alternativesSentence(t, place)}</p>
                    ) : null}
                  </td>
                  <td>{kindName(t, place.kind)}</td>
                  <td>{place.entryCount}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </details>
  );
}

/** Memoised: it re-renders when the view it is given changes, not with every render of the explorer. */
export const PlaceList = memo(PlaceListView);

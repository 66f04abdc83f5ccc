/** Every place in the story as a table of buttons: the accessible alternative to the map, in sync with it. */
import { memo, useMemo, useState } from 'react';
import type { Chronology } from '../core/chronology';
import type { ExplorerView } from '../core/explore';
import { alternativesSentence, isUnsure, KIND_NAMES } from '../core/confidence';
import type { Place } from '../core/types';
import { highlightPlace, useHighlight } from '../data/highlightStore';
import './places.css';

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
  return (
    <span className="unsure-mark" title="Not sure this is the right place">
      <span aria-hidden="true">?</span>
      <span className="visually-hidden">(not sure)</span>
    </span>
  );
}

function PlaceListView({ chronology, view, onSelectPlace }: Props) {
  const highlight = useHighlight();
  // A long table is drawn only while open: thousands of places cost nothing when it is closed.
  const [open, setOpen] = useState(false);
  const shown = new Set(view.shownPlaces.map((p) => p.id));
  const places = useMemo(() => [...chronology.placeById.values()].sort(byMentions), [chronology]);
  return (
    <details className="place-list" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>All places ({places.length})</summary>
      {(open || chronology.placeById.size <= DRAW_CLOSED_UP_TO) && (
        <table>
          <caption className="visually-hidden">
            Places in the story, with the number of posts that mention each
          </caption>
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Kind</th>
              <th scope="col">Posts</th>
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
                      {place.name}
                    </button>
                    {isUnsure(place) && <UnsureMark />}
                    {isUnsure(place) && place.alternatives?.length ? (
                      <p className="place-alternatives">{alternativesSentence(place)}</p>
                    ) : null}
                  </td>
                  <td>{KIND_NAMES[place.kind]}</td>
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

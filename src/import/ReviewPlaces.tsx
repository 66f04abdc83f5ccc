/**
 * "Review places": every place the geocoder found, the least sure first, each with its kind, country,
 * posts and confidence, and a way to fix it (PlaceFixer).
 */
import { Fragment, useState } from 'react';
import { countryName, isUnsure, KIND_NAMES } from '../core/confidence';
import { choosePlace, removePlace } from '../core/edits';
import type { Place, Story } from '../core/types';
import type { GazetteerPlace } from '../geo/gazetteer';
import { PlaceFixer } from './PlaceFixer';

interface Props {
  story: Story;
  onChange: (story: Story, said: string) => void;
  search: (query: string) => Promise<GazetteerPlace[]>;
}

/** Least sure first; places without a confidence (placed by hand) last; then by posts. */
export function reviewOrder(places: Place[]): Place[] {
  return [...places].sort(
    (a, b) =>
      (a.confidence ?? 2) - (b.confidence ?? 2) ||
      b.entryCount - a.entryCount ||
      a.name.localeCompare(b.name),
  );
}

const percent = (c: number | undefined) => (c === undefined ? 'set by hand' : `${Math.round(c * 100)}%`);

export function ReviewPlaces({ story, onChange, search }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const places = reviewOrder(story.places);
  const unsure = places.filter(isUnsure).length;
  return (
    <section className="review-places" aria-labelledby="review-places-title">
      <h3 id="review-places-title">Review places</h3>
      <p>
        {places.length} places;{' '}
        {unsure === 0 ? 'none is unsure' : `${unsure} unsure (marked ?), listed first`}. Check the unsure
        ones: a wrong pin misleads more than a missing one.
      </p>
      <table className="review-table" aria-labelledby="review-places-title">
        <thead>
          <tr>
            <th scope="col">Place</th>
            <th scope="col">Kind</th>
            <th scope="col">Country</th>
            <th scope="col">Posts</th>
            <th scope="col">Confidence</th>
            <th scope="col">
              <span className="visually-hidden">Fix</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {places.map((place) => (
            <Fragment key={place.id}>
              <tr className={isUnsure(place) ? 'is-unsure' : undefined}>
                <th scope="row">
                  {place.name}
                  {isUnsure(place) && (
                    <>
                      <span aria-hidden="true"> ?</span>
                      <span className="visually-hidden"> (not sure)</span>
                    </>
                  )}
                </th>
                <td data-label="Kind">{KIND_NAMES[place.kind]}</td>
                <td data-label="Country">{place.countryCode ? countryName(place.countryCode) : '–'}</td>
                <td data-label="Posts">{place.entryCount}</td>
                <td data-label="Confidence">{percent(place.confidence)}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-expanded={open === place.id}
                    aria-label={`Fix ${place.name}`}
                    onClick={() => setOpen(open === place.id ? null : place.id)}
                  >
                    Fix
                  </button>
                </td>
              </tr>
              {open === place.id && (
                <tr className="review-fix">
                  <td colSpan={6}>
                    <PlaceFixer
                      place={place}
                      story={story}
                      search={search}
                      onChoose={(choice) => {
                        onChange(
                          choosePlace(story, place.id, choice),
                          `${place.name} is now ${choice.name}.`,
                        );
                        setOpen(null);
                      }}
                      onRemove={(entryId) => {
                        onChange(
                          removePlace(story, place.id, entryId),
                          entryId
                            ? `${place.name} removed from one post.`
                            : `${place.name} removed from the story.`,
                        );
                        setOpen(null);
                      }}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * "Review places": every place the geocoder found, the least sure first, each with its kind, country,
 * posts and confidence, and a way to fix it (PlaceFixer).
 */
import { Fragment, useState } from 'react';
import { isUnsure } from '../core/confidence';
import { kindName, localCountryName } from '../i18n/places';
import { choosePlace, removePlace } from '../core/edits';
import type { Place, Story } from '../core/types';
import type { GazetteerPlace } from '../geo/gazetteer';
import { PlaceFixer } from './PlaceFixer';
import { useT } from '../i18n/useT';
import { translate } from '../i18n/i18n';

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

const percent = (c: number | undefined) =>
  c === undefined
    ? translate('review.byHand')
    : translate('review.percent', { percent: Math.round(c * 100) });

export function ReviewPlaces({ story, onChange, search }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const t = useT();
  const places = reviewOrder(story.places);
  const unsure = places.filter(isUnsure).length;
  return (
    <section className="review-places" aria-labelledby="review-places-title">
      <h3 id="review-places-title">{t('review.title')}</h3>
      <p>{t('review.intro', { count: places.length, unsure })}</p>
      <table className="review-table" aria-labelledby="review-places-title">
        <thead>
          <tr>
            <th scope="col">{t('places.place')}</th>
            <th scope="col">{t('places.kind')}</th>
            <th scope="col">{t('review.country')}</th>
            <th scope="col">{t('places.posts')}</th>
            <th scope="col">{t('review.confidence')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('review.fix')}</span>
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
                      <span className="visually-hidden">{t('review.notSure')}</span>
                    </>
                  )}
                </th>
                <td data-label={t('places.kind')}>{kindName(t, place.kind)}</td>
                <td data-label={t('review.country')}>
                  {place.countryCode ? localCountryName(place.countryCode) : '–'}
                </td>
                <td data-label={t('places.posts')}>{place.entryCount}</td>
                <td data-label={t('review.confidence')}>{percent(place.confidence)}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-expanded={open === place.id}
                    aria-label={t('review.fixLabel', { place: place.name })}
                    onClick={() => setOpen(open === place.id ? null : place.id)}
                  >
                    {t('review.fix')}
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
                          t('review.chosen', { place: place.name, choice: choice.name }),
                        );
                        setOpen(null);
                      }}
                      onRemove={(entryId) => {
                        onChange(
                          removePlace(story, place.id, entryId),
                          entryId
                            ? t('review.removedOne', { place: place.name })
                            : t('review.removed', { place: place.name }),
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

/** One place's corrections: another reading of its name, a place found by search, or away with it. */
import { useId, useState, type FormEvent } from 'react';
import type { PlaceChoice } from '../core/edits';
import type { Place, Story } from '../core/types';
import type { GazetteerPlace } from '../geo/gazetteer';
import { useT } from '../i18n/useT';
import { translate } from '../i18n/i18n';
import { describeAlternative } from '../i18n/places';

interface Props {
  place: Place;
  story: Story;
  search: (query: string) => Promise<GazetteerPlace[]>;
  onChoose: (choice: PlaceChoice) => void;
  onRemove: (entryId?: string) => void;
}

const choiceOf = (p: GazetteerPlace): PlaceChoice => ({
  name: p.name,
  kind: p.kind,
  lat: p.lat,
  lon: p.lon,
  source: p.source,
  ...(p.countryCode ? { countryCode: p.countryCode } : {}),
  ...(p.bbox ? { bbox: p.bbox } : {}),
});

const postName = (title: string | null, i: number) => title ?? translate('fixer.post', { number: i + 1 });

export function PlaceFixer({ place, story, search, onChoose, onRemove }: Props) {
  const id = useId();
  const t = useT();
  const [query, setQuery] = useState(place.name);
  const [found, setFound] = useState<GazetteerPlace[] | null>(null);
  const [searching, setSearching] = useState(false);
  const posts = story.entries
    .map((entry, i) => ({
      id: entry.id,
      name: postName(entry.title, i),
      has: entry.places.includes(place.id),
    }))
    .filter((p) => p.has);
  const [post, setPost] = useState(posts[0]?.id ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSearching(true);
    setFound(await search(query));
    setSearching(false);
  }

  return (
    <div className="fixer" role="group" aria-label={t('review.fixLabel', { place: place.name })}>
      {(place.alternatives ?? []).length > 0 && (
        <div className="fixer-part">
          <h4>{t('fixer.couldMean')}</h4>
          <ul className="fixer-choices">
            {(place.alternatives ?? []).map((a) => (
              <li key={a.source}>
                <button type="button" className="button" onClick={() => onChoose(a)}>
                  {t('fixer.use', { place: describeAlternative(t, a) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="fixer-part" onSubmit={(e) => void submit(e)} role="search">
        <label htmlFor={`${id}-q`}>{t('fixer.search')}</label>
        <div className="fixer-row">
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
          />
          <button type="submit" className="button" disabled={searching || !query.trim()}>
            {t('fixer.searchButton')}
          </button>
        </div>
        <p className="fixer-note">{t('fixer.note')}</p>
        {found && (
          <>
            <p role="status">
              {found.length === 0 ? t('fixer.none', { query }) : t('fixer.found', { count: found.length })}
            </p>
            <ul className="fixer-choices" aria-label={t('fixer.foundLabel')}>
              {found.map((p) => (
                <li key={p.key}>
                  <button type="button" className="button" onClick={() => onChoose(choiceOf(p))}>
                    {t('fixer.use', { place: describeAlternative(t, choiceOf(p)) })}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </form>
      <div className="fixer-part">
        <h4>{t('fixer.notPlace')}</h4>
        <button type="button" className="button button--danger" onClick={() => onRemove()}>
          {t('fixer.remove', { place: place.name })}
        </button>
        {posts.length > 1 && (
          <div className="fixer-row">
            <label htmlFor={`${id}-post`}>{t('fixer.postLabel')}</label>
            <select id={`${id}-post`} value={post} onChange={(e) => setPost(e.target.value)}>
              {posts.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name.length > 80 ? `${p.name.slice(0, 79)}…` : p.name}
                </option>
              ))}
            </select>
            <button type="button" className="button" onClick={() => onRemove(post)}>
              {t('fixer.removeHere')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

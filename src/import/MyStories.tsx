/** "My stories": the stories imported in this browser, to open, rename or delete. */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteStory, listStories, renameStory, type SavedStory } from '../data/myStories';
import { useT } from '../i18n/useT';
import { getDateLocale } from '../core/format';

const KEY = ['my-stories'];

function Item({ saved, onChanged }: { saved: SavedStory; onChanged: () => void }) {
  const t = useT();
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [title, setTitle] = useState(saved.title);
  // In English, the browser's own way of writing a date and time (as before); else the language's.
  const locale = getDateLocale();
  const day = new Date(saved.savedAt).toLocaleString(locale.startsWith('en') ? undefined : locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <li className="my-story">
      <a href={`?story=${saved.id}`} className="my-story-title">
        {saved.title}
      </a>
      <span className="my-story-facts">
        {t('stories.facts', { posts: saved.posts, places: saved.places, day })}
      </span>
      {renaming ? (
        <form
          className="my-story-rename"
          onSubmit={(e) => {
            e.preventDefault();
            void renameStory(saved.id, title).then(() => {
              setRenaming(false);
              onChanged();
            });
          }}
        >
          <label>
            {t('stories.newTitle')}
            <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
          </label>
          <button type="submit" className="button">
            {t('stories.saveTitle')}
          </button>
          <button type="button" className="button" onClick={() => setRenaming(false)}>
            {t('stories.cancel')}
          </button>
        </form>
      ) : confirming ? (
        <span
          className="my-story-confirm"
          role="group"
          aria-label={t('stories.confirmLabel', { title: saved.title })}
        >
          {t('stories.confirm')}{' '}
          <button
            type="button"
            className="button button--danger"
            onClick={() => void deleteStory(saved.id).then(onChanged)}
          >
            {t('stories.yes')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('stories.keep')}
          </button>
        </span>
      ) : (
        <span className="my-story-actions">
          <button
            type="button"
            className="button"
            onClick={() => setRenaming(true)}
            aria-label={t('stories.renameLabel', { title: saved.title })}
          >
            {t('stories.rename')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setConfirming(true)}
            aria-label={t('stories.deleteLabel', { title: saved.title })}
          >
            {t('stories.delete')}
          </button>
        </span>
      )}
    </li>
  );
}

export function MyStories() {
  const client = useQueryClient();
  const t = useT();
  const stories = useQuery({ queryKey: KEY, queryFn: listStories });
  const changed = () => void client.invalidateQueries({ queryKey: KEY });
  return (
    <section className="my-stories" aria-labelledby="my-stories-title">
      <h2 id="my-stories-title">{t('stories.title')}</h2>
      {stories.isPending ? (
        <p>{t('stories.looking')}</p>
      ) : stories.isError ? (
        <p>{t('stories.failed')}</p>
      ) : stories.data.length === 0 ? (
        <p>{t('stories.none')}</p>
      ) : (
        <ul className="my-stories-list">
          {stories.data.map((saved) => (
            <Item key={saved.id} saved={saved} onChanged={changed} />
          ))}
        </ul>
      )}
    </section>
  );
}

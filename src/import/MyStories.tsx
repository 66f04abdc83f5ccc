/** "My stories": the stories imported in this browser, to open, rename or delete. */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteStory, listStories, renameStory, type SavedStory } from '../data/myStories';

const KEY = ['my-stories'];

function Item({ saved, onChanged }: { saved: SavedStory; onChanged: () => void }) {
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [title, setTitle] = useState(saved.title);
  const day = new Date(saved.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li className="my-story">
      <a href={`?story=${saved.id}`} className="my-story-title">
        {saved.title}
      </a>
      <span className="my-story-facts">
        {saved.posts} posts, {saved.places} places · saved {day}
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
            New title
            <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
          </label>
          <button type="submit" className="button">
            Save title
          </button>
          <button type="button" className="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : confirming ? (
        <span className="my-story-confirm" role="group" aria-label={`Delete ${saved.title}?`}>
          Delete it from this browser?{' '}
          <button
            type="button"
            className="button button--danger"
            onClick={() => void deleteStory(saved.id).then(onChanged)}
          >
            Yes, delete
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </span>
      ) : (
        <span className="my-story-actions">
          <button
            type="button"
            className="button"
            onClick={() => setRenaming(true)}
            aria-label={`Rename ${saved.title}`}
          >
            Rename
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setConfirming(true)}
            aria-label={`Delete ${saved.title}`}
          >
            Delete
          </button>
        </span>
      )}
    </li>
  );
}

export function MyStories() {
  const client = useQueryClient();
  const stories = useQuery({ queryKey: KEY, queryFn: listStories });
  const changed = () => void client.invalidateQueries({ queryKey: KEY });
  return (
    <section className="my-stories" aria-labelledby="my-stories-title">
      <h2 id="my-stories-title">My stories</h2>
      {stories.isPending ? (
        <p>Looking for stories kept in this browser…</p>
      ) : stories.isError ? (
        <p>This browser would not open its stored stories (private browsing may forbid it).</p>
      ) : stories.data.length === 0 ? (
        <p>None yet. Stories you import are kept here, in this browser only.</p>
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

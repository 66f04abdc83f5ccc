/** One place's corrections: another reading of its name, a place found by search, or away with it. */
import { useId, useState, type FormEvent } from 'react';
import { describeAlternative } from '../core/confidence';
import type { PlaceChoice } from '../core/edits';
import type { Place, Story } from '../core/types';
import type { GazetteerPlace } from '../geo/gazetteer';

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

const postName = (title: string | null, i: number) => title ?? `Post ${i + 1}`;

export function PlaceFixer({ place, story, search, onChoose, onRemove }: Props) {
  const id = useId();
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
    <div className="fixer" role="group" aria-label={`Fix ${place.name}`}>
      {(place.alternatives ?? []).length > 0 && (
        <div className="fixer-part">
          <h4>It could mean</h4>
          <ul className="fixer-choices">
            {(place.alternatives ?? []).map((a) => (
              <li key={a.source}>
                <button type="button" className="button" onClick={() => onChoose(a)}>
                  Use {describeAlternative(a)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="fixer-part" onSubmit={(e) => void submit(e)} role="search">
        <label htmlFor={`${id}-q`}>Search for another place</label>
        <div className="fixer-row">
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
          />
          <button type="submit" className="button" disabled={searching || !query.trim()}>
            Search
          </button>
        </div>
        <p className="fixer-note">Type the place's name as it begins: "Kingston", "Georgia", "Paris".</p>
        {found && (
          <>
            <p role="status">
              {found.length === 0
                ? `No place named "${query}" is known.`
                : `${found.length} place${found.length === 1 ? '' : 's'} found.`}
            </p>
            <ul className="fixer-choices" aria-label="Places found">
              {found.map((p) => (
                <li key={p.key}>
                  <button type="button" className="button" onClick={() => onChoose(choiceOf(p))}>
                    Use {describeAlternative(choiceOf(p))}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </form>
      <div className="fixer-part">
        <h4>Not a place here?</h4>
        <button type="button" className="button button--danger" onClick={() => onRemove()}>
          Remove {place.name} from the story
        </button>
        {posts.length > 1 && (
          <div className="fixer-row">
            <label htmlFor={`${id}-post`}>Post</label>
            <select id={`${id}-post`} value={post} onChange={(e) => setPost(e.target.value)}>
              {posts.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name.length > 80 ? `${p.name.slice(0, 79)}…` : p.name}
                </option>
              ))}
            </select>
            <button type="button" className="button" onClick={() => onRemove(post)}>
              Remove from this post
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

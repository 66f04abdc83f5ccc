/**
 * "My stories": the stories a reader imported, kept in this browser (IndexedDB, through idb-keyval) and
 * nowhere else. Each is stored whole under its own key, with a small list of titles and dates beside,
 * so the list shows without reading every story.
 */
import { createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import { STORY_ID } from '../core/modes';
import type { Story } from '../core/types';

export { STORY_ID };

export interface SavedStory {
  id: string;
  title: string;
  /** When it was imported or last changed (ISO). */
  savedAt: string;
  posts: number;
  places: number;
}

const LIST = 'list';
let store: UseStore | null = null;
const db = () => (store ??= createStore('live-atlas', 'stories'));

function newId(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `s-${Date.now().toString(36)}-${random[0]?.toString(36)}${random[1]?.toString(36)}`;
}

export async function listStories(): Promise<SavedStory[]> {
  const list = (await get<SavedStory[]>(LIST, db())) ?? [];
  return [...list].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

function entryOf(id: string, story: Story): SavedStory {
  return {
    id,
    title: story.story.title?.trim() || 'Untitled live page',
    savedAt: new Date().toISOString(),
    posts: story.entries.length,
    places: story.places.length,
  };
}

/** Keeps the story (a new one, or `id` replaced); returns its id. */
export async function saveStory(story: Story, id = newId()): Promise<string> {
  await set(`story:${id}`, story, db());
  await update<SavedStory[]>(
    LIST,
    (list = []) => [...list.filter((s) => s.id !== id), entryOf(id, story)],
    db(),
  );
  return id;
}

export async function loadSavedStory(id: string): Promise<Story | undefined> {
  return get<Story>(`story:${id}`, db());
}

export async function renameStory(id: string, title: string): Promise<void> {
  const story = await loadSavedStory(id);
  if (!story) return;
  const trimmed = title.trim();
  const { title: _old, ...rest } = story.story;
  await saveStory({ ...story, story: trimmed ? { ...rest, title: trimmed } : rest }, id);
}

export async function deleteStory(id: string): Promise<void> {
  await del(`story:${id}`, db());
  await update<SavedStory[]>(LIST, (list = []) => list.filter((s) => s.id !== id), db());
}

/**
 * A live page, fetched again (issue #16): what changed between two versions of a story, matched by
 * post id, and how to keep a reader where they are while the story grows under them.
 */
import type { Chronology } from './chronology';
import { deriveView } from './explore';
import type { Story } from './types';
import type { ViewState } from './viewState';

export interface StoryChanges {
  /** Ids of posts the new version has and the old did not, newest first. */
  added: string[];
  /** Ids of posts in both whose content changed (an edit, a correction, a new paragraph). */
  changed: string[];
  /** Ids of posts the new version no longer has. */
  removed: string[];
}

/** The changes from `before` to `after`, post by post. */
export function storyChanges(before: Story, after: Story): StoryChanges {
  const old = new Map(before.entries.map((entry) => [entry.id, entry]));
  const now = new Set(after.entries.map((entry) => entry.id));
  const added: { id: string; at: number; index: number }[] = [];
  const changed: string[] = [];
  after.entries.forEach((entry, index) => {
    const was = old.get(entry.id);
    if (!was) {
      const at = entry.publishedAt ? Date.parse(entry.publishedAt) : NaN;
      added.push({ id: entry.id, at: Number.isFinite(at) ? at : -Infinity, index });
    } else if (JSON.stringify(was) !== JSON.stringify(entry)) changed.push(entry.id);
  });
  // Newest first by time; untimed posts in the page's order (which is newest first on a live page).
  added.sort((a, b) => b.at - a.at || a.index - b.index);
  const removed = before.entries.filter((entry) => !now.has(entry.id)).map((entry) => entry.id);
  return { added: added.map((a) => a.id), changed, removed };
}

/** True when nothing a reader could see changed. */
export function unchanged(changes: StoryChanges, before: Story, after: Story): boolean {
  return (
    changes.added.length === 0 &&
    changes.changed.length === 0 &&
    changes.removed.length === 0 &&
    JSON.stringify(before.story) === JSON.stringify(after.story) &&
    JSON.stringify(before.places) === JSON.stringify(after.places)
  );
}

/**
 * The view that keeps the reader on the post they see now, once the story changes. A view that names
 * no post and no moment follows the latest post, so newer posts would move the reader: it is pinned to
 * the post it shows. Any other view already names where the reader is, and is kept as it is.
 */
export function pinnedView(chronology: Chronology, state: ViewState): ViewState | null {
  if (state.entry !== undefined || state.t !== undefined) return null;
  const current = chronology.entries[deriveView(chronology, state).current];
  return current ? { entry: current.id } : null;
}

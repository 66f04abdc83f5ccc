/** Stable entry ids: the post's time and a short hash of its words, unchanged when the page grows. */

/** FNV-1a, 32 bits: a small, well-spread hash for ids (not for security). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const HASH_TEXT_CHARS = 500;

/** `20250214-1025-k3f9a2` for a timed post, `post-k3f9a2` for an untimed one; `taken` keeps ids unique. */
export function entryId(publishedAt: string | null, words: string, taken: Set<string>): string {
  const hash = fnv1a(words.slice(0, HASH_TEXT_CHARS)).toString(36).padStart(7, '0').slice(0, 6);
  const time = publishedAt ? publishedAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-') : 'post';
  let id = `${time}-${hash}`;
  for (let n = 2; taken.has(id); n++) id = `${time}-${hash}-${n}`;
  taken.add(id);
  return id;
}

/** Links people share: the full view of an embed, a deep link, and the embed snippet for another site. */

/** Parameters that only make sense inside an embed (ours and pym.js's). */
const EMBED_ONLY = ['embed', 'childId', 'initialWidth', 'parentTitle', 'parentUrl', 'present', 'print'];

/** The same view as a normal page: what "Open full view" opens. */
export function fullViewUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  for (const key of EMBED_ONLY) url.searchParams.delete(key);
  return url.href;
}

/** What a link back to one post keeps of the page's address: which story, its lesson range, how it reads. */
const STORY_PARAMS = ['data', 'from', 'to', 'tz', 'lang'];

/** A link to one post of the same story (the handout's links back): the story and its range kept. */
export function entryLink(pageUrl: string, entryId: string): string {
  const page = new URL(pageUrl);
  const url = new URL(page.pathname, page.origin);
  for (const key of STORY_PARAMS) {
    const value = page.searchParams.get(key);
    if (value) url.searchParams.set(key, value);
  }
  url.searchParams.set('entry', entryId);
  return url.href;
}

/**
 * A lesson link (the Share dialog's lesson builder): the same story limited to the posts from `from` to
 * `to` (ISO times, either order), opening on the first of them, with the reading settings kept.
 */
export function lessonLink(pageUrl: string, from: string, to: string, firstId: string): string {
  const [start, end] = Date.parse(from) <= Date.parse(to) ? [from, to] : [to, from];
  const url = new URL(entryLink(pageUrl, firstId));
  url.searchParams.delete('entry');
  url.searchParams.set('from', start);
  url.searchParams.set('to', end);
  url.searchParams.set('entry', firstId);
  return url.href;
}

/** The same view as an embed. */
export function embedUrl(pageUrl: string): string {
  const url = new URL(fullViewUrl(pageUrl));
  url.searchParams.set('embed', '1');
  return url.href;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Default height of an embed before pym.js sizes it to its content. */
export const EMBED_HEIGHT = 640;

/**
 * The snippet's own iframe: a light page beside the app (public/embed.html) with the embed's query. pym.js
 * replaces that iframe with one of the embed itself, so the app is loaded once; a page that drops the
 * script still gets the embed, which the light page opens after a moment.
 */
export function placeholderUrl(pageUrl: string): string {
  const embed = new URL(embedUrl(pageUrl));
  return new URL(`embed.html${embed.search}`, new URL('./', embed)).href;
}

/**
 * HTML to paste into a page: an iframe that works on its own (title, aria-label, lazy loading, full
 * screen allowed, a sensible height) inside a pym.js container, and the line that loads pym.js (served
 * with the app) so the frame then follows its content's height.
 */
export function embedSnippet(pageUrl: string, title: string): string {
  const src = escapeAttribute(embedUrl(pageUrl));
  const placeholder = escapeAttribute(placeholderUrl(pageUrl));
  const name = escapeAttribute(`Live Atlas: ${title}`);
  const pym = escapeAttribute(new URL('pym.v1.min.js', new URL('./', pageUrl)).href);
  const id = `live-atlas-${Math.abs(hash(pageUrl)).toString(36)}`;
  return [
    `<div id="${id}" data-pym-src="${src}" data-pym-title="${name}" data-pym-allowfullscreen="true">`,
    `  <iframe src="${placeholder}" title="${name}" aria-label="${escapeAttribute(`Interactive timeline and map: ${title}`)}" loading="lazy" allow="fullscreen" allowfullscreen width="100%" height="${EMBED_HEIGHT}" style="border:0;width:100%;height:${EMBED_HEIGHT}px"></iframe>`,
    `</div>`,
    `<script src="${pym}" async></script>`,
  ].join('\n');
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

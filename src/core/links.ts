/** Links people share: the full view of an embed, a deep link, and the embed snippet for another site. */

/** Parameters that only make sense inside an embed (ours and pym.js's). */
const EMBED_ONLY = ['embed', 'childId', 'initialWidth', 'parentTitle', 'parentUrl', 'present', 'print'];

/** The same view as a normal page: what "Open full view" opens. */
export function fullViewUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  for (const key of EMBED_ONLY) url.searchParams.delete(key);
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
 * HTML to paste into a page: an iframe that works on its own (title, aria-label, lazy loading, full
 * screen allowed, a sensible height) inside a pym.js container, and the line that loads pym.js (served
 * with the app) so the frame then follows its content's height.
 */
export function embedSnippet(pageUrl: string, title: string): string {
  const src = escapeAttribute(embedUrl(pageUrl));
  const name = escapeAttribute(`Live Atlas: ${title}`);
  const pym = escapeAttribute(new URL('pym.v1.min.js', new URL('./', pageUrl)).href);
  const id = `live-atlas-${Math.abs(hash(pageUrl)).toString(36)}`;
  return [
    `<div id="${id}" data-pym-src="${src}" data-pym-title="${name}" data-pym-allowfullscreen="true">`,
    `  <iframe src="${src}" title="${name}" aria-label="${escapeAttribute(`Interactive timeline and map: ${title}`)}" loading="lazy" allow="fullscreen" allowfullscreen width="100%" height="${EMBED_HEIGHT}" style="border:0;width:100%;height:${EMBED_HEIGHT}px"></iframe>`,
    `</div>`,
    `<script src="${pym}" async></script>`,
  ].join('\n');
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/**
 * A story as an oEmbed response (oembed.com, version 1.0, type `rich`): what a CMS that speaks oEmbed
 * needs to embed the story from its address, the HTML being the Share dialog's own embed snippet. And
 * the discovery `<link>` a page carries so such a CMS finds that response. Pure.
 */
import { EMBED_HEIGHT, embedSnippet } from '../core/links';
import type { Story } from '../core/types';
import { escapeHtml } from './text';

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: 'Live Atlas';
  provider_url: string;
  author_name?: string;
  html: string;
  width: number;
  height: number;
}

/** The width the response suggests (the snippet's frame fills its column: 100 % wide). */
export const OEMBED_WIDTH = 720;

/** Why `url` cannot be where a story is shown (for `--url`), or null. */
export function viewUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `must be a full address such as https://atlas.example/?data=story.json, not ${JSON.stringify(url)}`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return `must be an http or https address, not ${JSON.stringify(url)}`;
  return null;
}

/** The oEmbed response for `story` as shown at `viewUrl` (the app's address with the story's `data`). */
export function toOEmbed(story: Story, viewUrl: string): OEmbed {
  const title = story.story.title?.trim() || 'Live page';
  const publisher = story.story.publisher?.trim();
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'Live Atlas',
    provider_url: new URL('./', viewUrl).href,
    ...(publisher ? { author_name: publisher } : {}),
    html: embedSnippet(viewUrl, title),
    width: OEMBED_WIDTH,
    height: EMBED_HEIGHT,
  };
}

/** The discovery link for a page whose oEmbed response is at `href`. */
export function oembedLink(href: string, title: string): string {
  return `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(href)}" title="${escapeHtml(title)}" />`;
}

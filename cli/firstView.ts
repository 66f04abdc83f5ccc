/**
 * Turning the prerendered first view into files a strict Content Security Policy accepts: inline
 * style attributes become classes in a stylesheet, and the HTML goes into the built index.html with
 * the small guard script that hides it whenever the URL asks for another view.
 */
import { JSDOM } from 'jsdom';
import { oembedLink, toOEmbed } from '../src/convert/oembed';
import { LANGUAGES } from '../src/core/language';
import type { Story } from '../src/core/types';

export const FIRST_VIEW_ID = 'first-view';

/**
 * The guard runs before the first view is drawn: the picture is of the bare page in English, so any
 * query (a shared moment, an embed, a presentation, another story, another language) hides it until the
 * app draws the real one, as does a browser whose first language we have is not English
 * (src/core/language.ts `pickLanguage`, which decides the app's language).
 */
export const GUARD_SCRIPT = `/* Live Atlas: the prerendered first view is of the bare page only, in English. */
(function () {
  var ours = ${JSON.stringify(LANGUAGES)};
  var first = (navigator.languages || [navigator.language || 'en'])
    .map(function (tag) { return String(tag).toLowerCase().split(/[-_]/)[0]; })
    .filter(function (language) { return ours.indexOf(language) >= 0; })[0];
  if (location.search.length > 1 || (first && first !== 'en'))
    document.documentElement.classList.add('no-first-view');
})();
`;

/**
 * Moves every `style` attribute into a class rule (`style-src 'self'` refuses inline styles), and leaves
 * out the closed dialogs (a picture never shows them, and the page has less to parse and style).
 */
export function stylesToClasses(html: string): { html: string; css: string } {
  const { document } = new JSDOM('').window;
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const dialog of template.content.querySelectorAll('dialog:not([open])')) dialog.remove();
  const classes = new Map<string, string>();
  for (const element of template.content.querySelectorAll('[style]')) {
    const style = element.getAttribute('style') ?? '';
    let name = classes.get(style);
    if (!name) {
      name = `fv${classes.size}`;
      classes.set(style, name);
    }
    element.classList.add(name);
    element.removeAttribute('style');
  }
  const css = [...classes].map(([style, name]) => `#${FIRST_VIEW_ID} .${name}{${style}}`).join('\n');
  return { html: template.innerHTML, css: `${css}\n` };
}

export interface FirstViewFiles {
  html: string;
  /** Paths of the stylesheet and the guard script, relative to index.html. */
  cssHref: string;
  guardHref: string;
}

/** index.html with the first view in the app's root, its stylesheet and its guard in the head. */
export function injectFirstView(index: string, files: FirstViewFiles): string {
  const root = '<div id="root"></div>';
  const firstLink = index.indexOf('<link');
  if (!index.includes(root) || firstLink < 0) throw new Error('index.html has no empty #root or no <link>');
  // Inert and hidden from assistive technology: a picture of the page, replaced as soon as the app runs.
  const view = `<div id="root"><div id="${FIRST_VIEW_ID}" inert aria-hidden="true">${files.html}</div></div>`;
  // The stylesheets the first view is drawn with are asked for first, ahead of scripts and data.
  const appStyles = [...index.matchAll(/\s*<link rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
  let rest = index.slice(firstLink);
  for (const link of appStyles) rest = rest.replace(link, '');
  const head = [
    `<script src="${files.guardHref}"></script>`,
    ...appStyles.map((link) => link.trim()),
    `<link rel="stylesheet" href="${files.cssHref}" />`,
  ].join('\n    ');
  return `${index.slice(0, firstLink)}${head}\n    ${rest}`.replace(root, view);
}

/**
 * The built page with its oEmbed discovery link (for the story it shows without parameters, the sample)
 * and that response's text, for a build that knows its public address (`LIVE_ATLAS_URL`).
 */
export function withOEmbedDiscovery(
  index: string,
  publicUrl: string,
  story: Story,
): { index: string; oembed: string } {
  const href = new URL('oembed.json', new URL('./', publicUrl)).href;
  const link = oembedLink(href, story.story.title ?? 'Live Atlas');
  if (!index.includes('</head>')) throw new Error('index.html has no </head>');
  return {
    index: index.replace('</head>', `  ${link}\n  </head>`),
    oembed: `${JSON.stringify(toOEmbed(story, new URL('./', publicUrl).href), null, 1)}\n`,
  };
}

/**
 * Saved web pages (Save Page As, or a page's HTML pasted): schema.org `LiveBlogPosting` JSON-LD first,
 * and the page's visible text as blocks (headings, paragraphs, list items, figures with their alt text,
 * caption and credit) for the text formats. Scripts, styles, comments, navigation and cookie banners are
 * never read as text. htmlparser2 is pure JavaScript: the same reader runs in Node and in a browser.
 */
import { parseDocument } from 'htmlparser2';
import type { Byline, Person } from '../core/types';
import { captionWithCredit } from './formats/common';

/** A `BlogPosting` of the page's `liveBlogUpdate`, as the JSON-LD gives it. */
export interface JsonLdUpdate {
  headline: string | null;
  body: string | null;
  published: string | null;
  byline: Byline;
  images: { caption?: string; credit?: string }[];
}

export interface SavedPage {
  title?: string;
  publisher?: string;
  /** The JSON-LD's updates, when it has any. */
  updates: JsonLdUpdate[] | null;
  /** The visible text, a block to a line, for the text formats. */
  text: string;
}

/** The shape of htmlparser2's nodes that this reader looks at. */
interface Node {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: Node[];
}

/** True when the input is HTML rather than copied text. */
export function looksLikeHtml(input: string): boolean {
  return (
    /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)/i.test(input) ||
    /<\/(?:p|div|article|li)>/i.test(input.slice(0, 20_000))
  );
}

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'footer',
  'aside',
  'button',
  'svg',
  'form',
  'iframe',
  'select',
  'option',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'figure',
  'figcaption',
  'blockquote',
  'br',
  'hr',
  'table',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'pre',
  'time',
]);
/** Page parts that are never part of the story, by their id or class. */
const CHROME =
  /cookie|consent|banner|newsletter|advert|\bad-|promo|paywall|share-tools|social-share|related|most-read|comments/i;

const text = (node: Node): string =>
  node.type === 'text' ? (node.data ?? '') : (node.children ?? []).map(text).join('');

function isChrome(node: Node): boolean {
  const attribs = node.attribs ?? {};
  return (
    CHROME.test(`${attribs.id ?? ''} ${attribs.class ?? ''}`) ||
    attribs.hidden !== undefined ||
    attribs['aria-hidden'] === 'true'
  );
}

function decode(raw: string): string {
  return raw.replace(/\s+/g, ' ');
}

/** A figure as the lines a copied page gives: `AltImage source, Credit`, then `Image caption, Caption`. */
function figureLines(node: Node): string[] | null {
  const images: Node[] = [];
  const find = (n: Node) => {
    if (n.name === 'img') images.push(n);
    for (const c of n.children ?? []) find(c);
  };
  find(node);
  const image = images[0];
  if (!image) return null;
  const alt = decode(image.attribs?.alt ?? '').trim();
  const caption = (node.children ?? []).find((c) => c.name === 'figcaption');
  const creditNode = (node.children ?? []).find(
    (c) =>
      c.type === 'tag' &&
      c.name !== 'figcaption' &&
      c.name !== 'img' &&
      /credit/i.test(c.attribs?.class ?? ''),
  );
  let captionText = caption
    ? decode(text(caption))
        .trim()
        .replace(/^Image caption,\s*/i, '')
    : '';
  let credit = creditNode
    ? decode(text(creditNode))
        .trim()
        .replace(/^Image source,\s*/i, '')
    : '';
  if (!credit && captionText) {
    const split = captionWithCredit(captionText);
    if (split) [captionText, credit] = [split.caption, split.credit];
  }
  const lines = [credit ? `${alt}Image source, ${credit}` : alt];
  if (captionText) lines.push('Image caption,', captionText);
  return lines.filter(Boolean);
}

/** The visible text of the page, one block to a line. */
export function visibleText(root: Node): string {
  const lines: string[] = [];
  let current = '';
  /** A list item's number or bullet, waiting for the item's first line of text. */
  let marker = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) {
      lines.push(`${marker}${line}`);
      marker = '';
    }
    current = '';
  };
  const walk = (node: Node) => {
    if (node.type === 'text') {
      current += node.data ?? '';
      return;
    }
    if (node.type === 'root') {
      for (const child of node.children ?? []) walk(child);
      return;
    }
    if (node.type !== 'tag' || !node.name) return;
    const name = node.name.toLowerCase();
    if (SKIPPED.has(name) || isChrome(node)) return;
    if (name === 'figure') {
      const figure = figureLines(node);
      if (figure) {
        flush();
        lines.push(...figure);
        return;
      }
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'ol' || name === 'ul') {
      let number = Number(node.attribs?.start ?? 1);
      for (const child of node.children ?? []) {
        if (child.name === 'li') {
          flush();
          // Numbered as a copy of the page shows it (`1. Title…`), bulleted as its lists are.
          marker = name === 'ol' ? `${number++}. ` : '• ';
        }
        walk(child);
      }
      flush();
      return;
    }
    for (const child of node.children ?? []) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n\n');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];
const asText = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;

function types(item: Record<string, unknown>): string[] {
  return asList(item['@type']).filter((t): t is string => typeof t === 'string');
}

function bylineOf(value: unknown): Byline {
  const people = asList(value)
    .map((a) => (isRecord(a) ? asText(a.name) : asText(a)))
    .filter((name): name is string => name !== null)
    .map((name): Person => ({ name }));
  return people.length === 0 ? null : people.length === 1 ? (people[0] ?? null) : people;
}

/** Every JSON-LD object of the page, `@graph`s opened. */
function jsonLdItems(root: Node): Record<string, unknown>[] {
  const items: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    for (const item of asList(value)) {
      if (!isRecord(item)) continue;
      items.push(item);
      if (item['@graph']) visit(item['@graph']);
    }
  };
  const walk = (node: Node) => {
    if ((node.type === 'script' || node.name === 'script') && /ld\+json/i.test(node.attribs?.type ?? '')) {
      try {
        visit(JSON.parse(text(node)));
      } catch {
        // A broken JSON-LD block is skipped; the visible text is still read.
      }
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return items;
}

function metaContent(root: Node, property: string): string | undefined {
  let found: string | undefined;
  const walk = (node: Node) => {
    if (found) return;
    if (node.name === 'meta' && (node.attribs?.property === property || node.attribs?.name === property))
      found = node.attribs?.content?.trim() || undefined;
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return found;
}

function titleOf(root: Node): string | undefined {
  let found: string | undefined;
  const walk = (node: Node) => {
    if (found !== undefined) return;
    if (node.name === 'title') found = decode(text(node)).trim();
    else for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return found || undefined;
}

/** Reads a saved page: its JSON-LD live blog (if any), its title and publisher, and its visible text. */
export function readSavedPage(html: string): SavedPage {
  const root = parseDocument(html, { decodeEntities: true }) as unknown as Node;
  const items = jsonLdItems(root);
  const blog = items.find((item) => types(item).includes('LiveBlogPosting'));
  const publisherName = blog && isRecord(blog.publisher) ? asText(blog.publisher.name) : null;
  const updates = blog
    ? asList(blog.liveBlogUpdate)
        .filter(isRecord)
        .map((u): JsonLdUpdate => ({
          headline: asText(u.headline),
          body: asText(u.articleBody),
          published: asText(u.datePublished),
          byline: bylineOf(u.author),
          images: asList(u.image)
            .filter(isRecord)
            .map((image) => ({
              ...(asText(image.caption) ? { caption: asText(image.caption) as string } : {}),
              ...(asText(image.creditText) ? { credit: asText(image.creditText) as string } : {}),
            })),
        }))
    : null;
  // `Headline - BBC News`: the page title without the publisher's name after it.
  const pageTitle = titleOf(root);
  const suffix = pageTitle ? /^(.*\S)\s+[-|–—]\s+([^-|–—]{2,40})$/.exec(pageTitle) : null;
  const title = asText(blog?.headline) ?? metaContent(root, 'og:title') ?? suffix?.[1] ?? pageTitle;
  const publisher = publisherName ?? metaContent(root, 'og:site_name') ?? suffix?.[2];
  return {
    ...(title ? { title } : {}),
    ...(publisher ? { publisher } : {}),
    updates: updates && updates.length > 0 ? updates : null,
    text: visibleText(root),
  };
}

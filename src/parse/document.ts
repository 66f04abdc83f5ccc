/**
 * Any input a reader brings: copied text, or a saved web page. A page whose schema.org JSON-LD holds its
 * posts with their bodies is read from it (format `jsonld`); any other page is read from its visible text
 * by the text formats. Pure: the CLI and the browser's import read pages through this one function.
 */
import type { Block, Entry } from '../core/types';
import { readSavedPage, looksLikeHtml, type JsonLdUpdate } from './html';
import { entryId } from './ids';
import { parsePage, type ParseOptions, type ParsedPage } from './page';

export interface ReadDocument extends ParsedPage {
  /** The page's headline and publisher, where a saved page names them. */
  title?: string;
  publisher?: string;
}

const BULLET = /^[•·▪◦●]\s*/;

/** An `articleBody` as blocks: paragraphs at blank lines, `•` lines as a list. */
function bodyBlocks(body: string): Block[] {
  return body
    .split(/\n\s*\n/)
    .map((chunk) =>
      chunk
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0)
    .flatMap((lines): Block[] => {
      const bullets = lines.filter((l) => BULLET.test(l));
      if (bullets.length === lines.length)
        return [{ type: 'list', items: lines.map((l) => l.replace(BULLET, '')) }];
      if (bullets.length === 0) return [{ type: 'paragraph', text: lines.join(' ') }];
      // A lead-in line followed by bullets.
      const lead = lines.filter((l) => !BULLET.test(l)).join(' ');
      return [
        { type: 'paragraph', text: lead },
        { type: 'list', items: bullets.map((l) => l.replace(BULLET, '')) },
      ];
    });
}

function isoOf(text: string | null): string | null {
  const ms = text ? Date.parse(text) : NaN;
  return Number.isFinite(ms)
    ? new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    : null;
}

function jsonLdEntries(updates: JsonLdUpdate[]): Entry[] {
  const taken = new Set<string>();
  return updates.map((u): Entry => {
    const publishedAt = isoOf(u.published);
    const blocks: Block[] = [
      ...u.images.map((image): Block => ({ type: 'image', alt: '', ...image })),
      ...(u.body ? bodyBlocks(u.body) : []),
    ];
    const first = blocks.find((b) => b.type === 'paragraph');
    return {
      id: entryId(
        publishedAt,
        `${u.headline ?? ''}\n${first?.type === 'paragraph' ? first.text : ''}`,
        taken,
      ),
      title: u.headline,
      publishedAt,
      labels: [],
      byline: u.byline,
      blocks,
      places: [],
      mentions: [],
    };
  });
}

/** Reads copied text or a saved page (HTML) into posts. */
export function readDocument(input: string, options: ParseOptions): ReadDocument {
  if (!looksLikeHtml(input)) return parsePage(input, options);
  const saved = readSavedPage(input);
  const meta = {
    ...(saved.title ? { title: saved.title } : {}),
    ...(saved.publisher ? { publisher: saved.publisher } : {}),
  };
  const updates = saved.updates;
  const fromJsonLd =
    updates !== null &&
    updates.every((u) => u.body !== null) &&
    (options.format === undefined || options.format === 'jsonld');
  if (fromJsonLd)
    return {
      format: 'jsonld',
      meta: {},
      entries: jsonLdEntries(updates),
      warnings: [],
      lines: [],
      missingDate: false,
      ...meta,
    };
  const { format: _jsonld, ...textOptions } = options;
  const page = parsePage(saved.text, options.format === 'jsonld' ? textOptions : options);
  return { ...page, ...meta };
}

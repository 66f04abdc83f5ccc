/**
 * The story as CSV (RFC 4180): one row per post and place it names (a post without places keeps one
 * row, its place cells empty), CRLF line ends, fields quoted where they hold a comma, quote or line break.
 * A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe. Pure.
 */
import type { Story } from '../core/types';
import { headlineOf } from './text';

export const CSV_COLUMNS = [
  'time',
  'entry_id',
  'title',
  'place',
  'place_id',
  'kind',
  'lat',
  'lon',
  'country',
  'confidence',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** One field, quoted if it must be; text that looks like a formula is defused (numbers are left alone). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value !== 'number' && FORMULA_START.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCSV(story: Story): string {
  const places = new Map(story.places.map((p) => [p.id, p]));
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const entry of story.entries) {
    const named = entry.places.map((id) => places.get(id)).filter((p) => p !== undefined);
    const base = [entry.publishedAt, entry.id, headlineOf(entry)];
    if (named.length === 0) rows.push([...base, '', '', '', '', '', '', ''].map(csvField).join(','));
    for (const place of named)
      rows.push(
        [
          ...base,
          place.name,
          place.id,
          place.kind,
          place.lat,
          place.lon,
          place.countryCode ?? '',
          place.confidence ?? '',
        ]
          .map(csvField)
          .join(','),
      );
  }
  return `${rows.join('\r\n')}\r\n`;
}

/**
 * What the import accepts, checked before any work: the pasted text or the opened file, refused with a
 * reason a reader can act on (empty, too long, not text). Nothing here changes what was pasted.
 */
import type { Warning } from '../core/warnings';
import { decodePage, looksBinary, unsupportedEncoding } from '../parse/decode';
import { translate } from '../i18n/i18n';
import { megabytes } from './problems';

/** The longest text the import reads (characters): a live page's text is rarely above 2 MB. */
export const MAX_TEXT_CHARS = 15 * 1024 * 1024;
/** The largest file it opens (bytes): a saved page with its HTML is rarely above 10 MB. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
export const ACCEPTED_FILES = '.txt,.html,.htm,.json';

/** Why `text` cannot be read, or null. */
export function textProblem(text: string): string | null {
  if (!text.trim()) return translate('input.empty');
  if (text.length > MAX_TEXT_CHARS)
    return translate('input.tooLong', { size: megabytes(text.length), max: megabytes(MAX_TEXT_CHARS) });
  return null;
}

/** A story file (JSON), not a page: it is opened as it is, not parsed. */
export function isStoryJson(text: string): boolean {
  return /^\s*[{[]/.test(text) && !/^\s*<!?[a-z]/i.test(text);
}

/** A file opened or dropped, as text, or why it cannot be read. */
export async function readPageFile(
  file: File,
): Promise<{ text: string; warnings: Warning[] } | { error: string }> {
  if (!/\.(?:txt|html?|json)$/i.test(file.name))
    return { error: translate('input.notPage', { file: file.name }) };
  if (file.size > MAX_FILE_BYTES)
    return {
      error: translate('input.fileTooLarge', {
        file: file.name,
        size: megabytes(file.size),
        max: megabytes(MAX_FILE_BYTES),
      }),
    };
  if (file.size === 0) return { error: translate('input.emptyFile', { file: file.name }) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { error: translate('input.unreadable', { file: file.name }) };
  }
  const encoding = unsupportedEncoding(bytes);
  if (encoding) return { error: translate('input.encoding', { file: file.name, encoding }) };
  if (looksBinary(bytes)) return { error: translate('input.binary', { file: file.name }) };
  return decodePage(bytes);
}

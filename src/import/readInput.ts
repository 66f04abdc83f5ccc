/**
 * What the import accepts, checked before any work: the pasted text or the opened file, refused with a
 * reason a reader can act on (empty, too long, not text). Nothing here changes what was pasted.
 */
import { decodePage, looksBinary, unsupportedEncoding } from '../parse/decode';

/** The longest text the import reads (characters): a live page's text is rarely above 2 MB. */
export const MAX_TEXT_CHARS = 15 * 1024 * 1024;
/** The largest file it opens (bytes): a saved page with its HTML is rarely above 10 MB. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
export const ACCEPTED_FILES = '.txt,.html,.htm,.json';

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Why `text` cannot be read, or null. */
export function textProblem(text: string): string | null {
  if (!text.trim())
    return 'There is nothing to read yet: paste the text of a live page (or its HTML), or open a file.';
  if (text.length > MAX_TEXT_CHARS)
    return `The text is ${megabytes(text.length)}, more than the ${megabytes(MAX_TEXT_CHARS)} Live Atlas reads at once. A live page's text is rarely above 2 MB: paste only its posts, or split it in two.`;
  return null;
}

/** A story file (JSON), not a page: it is opened as it is, not parsed. */
export function isStoryJson(text: string): boolean {
  return /^\s*[{[]/.test(text) && !/^\s*<!?[a-z]/i.test(text);
}

/** A file opened or dropped, as text, or why it cannot be read. */
export async function readPageFile(
  file: File,
): Promise<{ text: string; warnings: string[] } | { error: string }> {
  if (!/\.(?:txt|html?|json)$/i.test(file.name))
    return {
      error: `${file.name} is not a page Live Atlas reads: open a .txt, .html or .htm page, or a story .json.`,
    };
  if (file.size > MAX_FILE_BYTES)
    return {
      error: `${file.name} is ${megabytes(file.size)}, more than the ${megabytes(MAX_FILE_BYTES)} Live Atlas opens.`,
    };
  if (file.size === 0) return { error: `${file.name} is empty.` };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { error: `${file.name} could not be read.` };
  }
  const encoding = unsupportedEncoding(bytes);
  if (encoding)
    return {
      error: `${file.name} is in ${encoding}, which Live Atlas does not read. Save it as UTF-8 (or UTF-16) and open it again.`,
    };
  if (looksBinary(bytes))
    return {
      error: `${file.name} is not text (it looks like an image, a PDF or a program). Save the live page as text or HTML and open that.`,
    };
  return decodePage(bytes);
}

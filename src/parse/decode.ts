/**
 * A page file's bytes as text, the same for the CLI and the browser's import: UTF-16 by its byte-order
 * mark, else UTF-8; stray control characters removed and said so. A file that is not text at all (an
 * image, a PDF, a word-processor file) is told apart, so it is refused with a reason, not read as a page.
 */
import type { Warning } from '../core/warnings';

/** Control characters a copied page may carry by accident (all but tab, line feed and carriage return). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Bytes as text: UTF-16 (either order) by its byte-order mark, else UTF-8; control characters removed. */
export function decodePage(bytes: Uint8Array): { text: string; warnings: Warning[] } {
  const warnings: Warning[] = [];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const utf8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    text = new TextDecoder('utf-8').decode(utf8);
    if (text.includes('\ufffd')) warnings.push({ code: 'not-utf8' });
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0) {
    text = text.replace(CONTROL, '');
    warnings.push({ code: 'control-chars', count: controls });
  }
  return { text, warnings };
}

/** The name of an encoding the file's byte-order mark says it is in and that pages are not read in (UTF-32), or null. */
export function unsupportedEncoding(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff))
    return 'UTF-32';
  return null;
}

/** Bytes that are no page's text: NUL bytes (outside UTF-16) or many control bytes near the start. */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) controls++;
  }
  return head.length > 0 && controls / head.length > 0.02;
}

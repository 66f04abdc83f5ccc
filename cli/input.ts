/** Reading a page from a file or standard input: bounded in size, decoded by its byte-order mark, cleaned. */
import { readFileSync, statSync } from 'node:fs';

/** The largest page the CLI reads (a live page's text is rarely above 2 MB; its HTML rarely above 10). */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

export class InputError extends Error {}

/** A name as it can be shown in a one-line message: quoted when it holds spaces or control characters. */
export function shown(name: string): string {
  return /^[\w./@+:,=-]+$/.test(name) ? name : JSON.stringify(name);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function readFileBytes(path: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`cannot read ${shown(path)}: it is a folder`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      `cannot read ${shown(path)}: ${code === 'ENOENT' ? 'no such file' : 'it cannot be read'}`,
    );
  }
  if (size > MAX_INPUT_BYTES)
    throw new InputError(
      `${shown(path)} is ${mb(size)}; the largest page Live Atlas reads is ${mb(MAX_INPUT_BYTES)}`,
    );
  try {
    return readFileSync(path);
  } catch {
    throw new InputError(`cannot read ${shown(path)}: it cannot be read`);
  }
}

/** Reads a stream up to the size limit; an endless one (`/dev/zero`) stops there with a message. */
export async function readStream(stream: AsyncIterable<Uint8Array>, name: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > MAX_INPUT_BYTES)
      throw new InputError(
        `${name} is longer than ${mb(MAX_INPUT_BYTES)}, the largest page Live Atlas reads`,
      );
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Control characters a copied page may carry by accident (all but tab, line feed and carriage return). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Bytes as text: UTF-16 (either order) by its byte-order mark, else UTF-8; control characters removed. */
export function decodePage(bytes: Uint8Array): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const utf8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    text = new TextDecoder('utf-8').decode(utf8);
    if (text.includes('\ufffd'))
      warnings.push('warning: some bytes are not UTF-8 and were replaced by \ufffd');
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0) {
    text = text.replace(CONTROL, '');
    warnings.push(
      `warning: ${controls} control character${controls === 1 ? '' : 's'} (such as NUL) removed from the text`,
    );
  }
  return { text, warnings };
}

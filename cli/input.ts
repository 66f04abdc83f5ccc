/** Reading a page from a file or standard input: bounded in size, decoded by its byte-order mark, cleaned. */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { decodePage, unsupportedEncoding } from '../src/parse/decode';

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
  // A device or a pipe (/dev/zero, a FIFO) says it is empty and may never end: it is read up to the limit.
  try {
    return size > 0 ? readFileSync(path) : readBounded(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${shown(path)}: it cannot be read`);
  }
}

function readBounded(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.alloc(1024 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return Buffer.concat(chunks);
      size += read;
      if (size > MAX_INPUT_BYTES)
        throw new InputError(
          `${shown(path)} is longer than ${mb(MAX_INPUT_BYTES)}, the largest page Live Atlas reads`,
        );
      chunks.push(chunk.subarray(0, read));
    }
  } finally {
    closeSync(fd);
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

/** A page's bytes as text (see decodePage), refused with a reason when in an encoding pages are not read in. */
export function decodeInput(bytes: Uint8Array, name: string): ReturnType<typeof decodePage> {
  const encoding = unsupportedEncoding(bytes);
  if (encoding)
    throw new InputError(
      `${name} is in ${encoding}, which Live Atlas does not read: save it as UTF-8 or UTF-16`,
    );
  return decodePage(bytes);
}

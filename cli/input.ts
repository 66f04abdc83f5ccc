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

export { decodePage } from '../src/parse/decode';

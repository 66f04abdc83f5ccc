/** Writing what the CLI makes: never over its own input or sidecar, always whole (a temporary file, then a rename). */
import { realpathSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, shown } from './input';

/** The file a path names, links followed (or the path itself when nothing is there yet). */
function realOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** Refuses an output that is one of the files read (the page, its sidecar), by any name or link. */
export function checkOutput(out: string, reads: readonly string[]): void {
  const target = realOf(out);
  for (const read of reads)
    if (realOf(read) === target)
      throw new InputError(`--out ${shown(out)} is ${shown(read)}, which is read: choose another file`);
}

/** Writes `text` to `path` whole: a reader of the file never sees half of it, and a failed write leaves the old one. */
export async function writeWhole(path: string, text: string): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  const temporary = join(
    dirname(resolve(path)),
    `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`,
  );
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The sidecar `PAGE.meta.json` beside a page: what its title, publisher, year, date and zone are. */
import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { isKnownTimeZone } from '../src/core/time';
import { FORMAT_NAMES } from '../src/parse/formats';
import { InputError, shown } from './input';
import { checkDay, checkInstant, checkYear } from './dates';

export interface Sidecar {
  title?: string;
  publisher?: string;
  year?: number;
  date?: string;
  sourceTimeZone?: string;
  format?: string;
  captured?: string;
}

const SidecarSchema = v.object({
  title: v.optional(
    v.pipe(v.string('title must be text'), v.maxLength(1000, 'title is over 1000 characters')),
  ),
  publisher: v.optional(
    v.pipe(v.string('publisher must be text'), v.maxLength(200, 'publisher is over 200 characters')),
  ),
  year: v.optional(v.unknown()),
  date: v.optional(v.unknown()),
  sourceTimeZone: v.optional(v.string('sourceTimeZone must be text')),
  format: v.optional(v.string('format must be text')),
  captured: v.optional(v.string('captured must be text')),
});

export function sidecarPath(input: string): string {
  return input.replace(/(\.[^./\\]*)?$/, '.meta.json');
}

/** The sidecar of `input`, checked; a bad one is refused with what is wrong (exit 2). */
export function readSidecar(input: string): Sidecar {
  if (input === '-') return {};
  const path = sidecarPath(input);
  if (!existsSync(path)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new InputError(`cannot read the sidecar ${shown(path)}: it is not valid JSON`);
  }
  const bad = (why: string) => new InputError(`the sidecar ${shown(path)}: ${why}`);
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw bad('it must be an object of title, publisher, year, date and sourceTimeZone');
  const parsed = v.safeParse(SidecarSchema, data);
  if (!parsed.success)
    throw bad(
      parsed.issues[0]?.message ?? 'it is not an object of title, publisher, year, date and sourceTimeZone',
    );
  const sidecar = parsed.output;
  const out: Sidecar = {};
  if (sidecar.title !== undefined) out.title = sidecar.title;
  if (sidecar.publisher !== undefined) out.publisher = sidecar.publisher;
  if (sidecar.year !== undefined) {
    const why = checkYear(sidecar.year);
    if (why) throw bad(`year ${why}`);
    out.year = sidecar.year as number;
  }
  if (sidecar.date !== undefined) {
    const why = typeof sidecar.date === 'string' ? checkDay(sidecar.date) : 'must be a date like 2025-02-14';
    if (why) throw bad(`date ${why}`);
    out.date = sidecar.date as string;
  }
  if (sidecar.sourceTimeZone !== undefined) {
    if (!isKnownTimeZone(sidecar.sourceTimeZone))
      throw bad(`unknown time zone ${JSON.stringify(sidecar.sourceTimeZone)}`);
    out.sourceTimeZone = sidecar.sourceTimeZone;
  }
  if (sidecar.format !== undefined) {
    if (!FORMAT_NAMES.includes(sidecar.format)) throw bad(`unknown format ${JSON.stringify(sidecar.format)}`);
    out.format = sidecar.format;
  }
  if (sidecar.captured !== undefined) {
    const why = checkInstant(sidecar.captured);
    if (why) throw bad(`captured ${why}`);
    out.captured = sidecar.captured;
  }
  return out;
}

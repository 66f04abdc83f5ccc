/** `npm run parse -- INPUT.txt [--year 2025] [--out FILE.json]`: argument and file handling only. */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { isKnownTimeZone } from '../src/core/time';
import type { Gazetteer } from '../src/geo/gazetteer';
import { buildStory, type Sidecar } from './story';

export const USAGE = `Usage: npm run parse -- INPUT.txt [--year 2025] [--date YYYY-MM-DD] [--tz Europe/London] [--out FILE.json] [--quiet]

Turns the text of a copied news live page into Live Atlas JSON.
  INPUT          a text file, or - to read standard input
  --year YEAR    year for dates printed without one (default: the sidecar's, else this year)
  --date DAY     day of the oldest post, for pages whose stamps show times only
  --tz ZONE      IANA time zone of stamps printed without a zone (default: sidecar's, else Europe/London)
  --out FILE     write the JSON there (default: standard output)
  --quiet        no summary line on standard error (warnings are still written)
A sidecar INPUT.meta.json next to the input may give title, publisher, year, date and sourceTimeZone.`;

export interface Io {
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
  loadGazetteer(): Gazetteer;
}

class UsageError extends Error {}

function sidecarPath(input: string): string {
  return input.replace(/(\.[^./\\]*)?$/, '.meta.json');
}

function readSidecar(input: string): Sidecar {
  if (input === '-') return {};
  const path = sidecarPath(input);
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Sidecar;
  } catch {
    throw new UsageError(`cannot read the sidecar ${path}: it is not valid JSON`);
  }
}

async function readInput(input: string, io: Io): Promise<string> {
  if (input === '-') return io.readStdin();
  try {
    return readFileSync(input, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : 'it cannot be read';
    throw new UsageError(`cannot read ${input}: ${why}`);
  }
}

function options(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        year: { type: 'string' },
        date: { type: 'string' },
        tz: { type: 'string' },
        out: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Runs the CLI; returns the exit code. Never throws for bad input. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = options(argv);
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const input = positionals[0];
    if (!input || positionals.length > 1)
      throw new UsageError('give exactly one INPUT file (or - for standard input)');
    if (values.year !== undefined && !/^\d{4}$/.test(values.year))
      throw new UsageError(`--year must be a four-digit year, not "${values.year}"`);
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
      throw new UsageError(`--date must look like 2025-02-14, not "${values.date}"`);
    const sidecar = readSidecar(input);
    const timeZone = values.tz ?? sidecar.sourceTimeZone ?? 'Europe/London';
    if (!isKnownTimeZone(timeZone)) throw new UsageError(`unknown time zone "${timeZone}"`);
    const text = await readInput(input, io);
    if (!text.trim()) throw new UsageError(`${input === '-' ? 'standard input' : input} is empty`);

    const year = values.year ? Number(values.year) : (sidecar.year ?? io.now().getUTCFullYear());
    const startDate = values.date ?? sidecar.date;
    const built = buildStory(
      text,
      { year, timeZone, ...(startDate ? { startDate } : {}) },
      sidecar,
      io.loadGazetteer(),
    );
    const { entries, places } = built.story;
    if (entries.length === 0)
      throw new UsageError(`no recognisable posts in ${input === '-' ? 'standard input' : input}`);

    const yearless = /published at \d{1,2}[:.]\d{2}[^\n]*? \d{1,2} [A-Z][a-z]+(?! \d{4})/.test(text);
    if (!values.year && sidecar.year === undefined && yearless) {
      io.stderr(`warning: dates without a year were taken to be in ${year}; pass --year to change that\n`);
    }
    for (const warning of built.warnings) io.stderr(`${warning}\n`);
    const json = `${JSON.stringify(built.story, null, 2)}\n`;
    if (values.out) {
      try {
        await mkdir(dirname(values.out), { recursive: true });
        await writeFile(values.out, json);
      } catch {
        throw new UsageError(`cannot write ${values.out}`);
      }
    } else io.stdout(json);
    if (!values.quiet) {
      const timed = entries.filter((e) => e.publishedAt).length;
      io.stderr(
        `Found ${entries.length} posts (${timed} with a time) and ${places.length} places; ${built.warnings.length} warnings.\n`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`parse: ${error.message}\n`);
      return 2;
    }
    io.stderr(`parse: unexpected error: ${(error as Error).message}\n`);
    return 1;
  }
}

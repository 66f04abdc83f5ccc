/**
 * `npm run parse -- INPUT… [options]`: argument and file handling only. The page → story work is the
 * pure pipeline (src/pipeline/story.ts), the same the browser's import runs.
 */
import { warningText, type Warning } from '../src/core/warnings';
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isKnownTimeZone } from '../src/core/time';
import type { Gazetteer } from '../src/geo/gazetteer';
import { convertStory } from '../src/convert';
import { toStoryJson } from '../src/convert/json';
import { toOEmbed, viewUrlProblem } from '../src/convert/oembed';
import type { Story } from '../src/core/types';
import { FORMAT_NAMES } from '../src/parse/formats';
import { buildStory, type Built, type GazetteerFor } from '../src/pipeline/story';
import { checkDay, checkInstant, checkYear } from './dates';
import { decodeInput, InputError, readFileBytes, shown } from './input';
import { checkOutput, writeWhole } from './output';
import { readSidecar, sidecarPath, type Sidecar } from './sidecar';

export const USAGE = `Usage: npm run parse -- INPUT.txt [--year 2025] [--date YYYY-MM-DD] [--tz Europe/London] [--to json] [--out FILE.json] [--quiet]
       npm run parse -- PAGE… --out-dir DIR     (or a folder as INPUT: every .txt, .html and .htm in it)

Turns a copied news live page (its text, or the page saved as HTML) into Live Atlas JSON.
  INPUT           a .txt, .html or .htm file, or - to read standard input
  --format NAME   read the page as this format (default: detected): ${FORMAT_NAMES.join(', ')}
  --year YEAR     year for dates printed without one (default: the sidecar's, else this year)
  --date DAY      day of the oldest post, for pages whose stamps show times only
  --tz ZONE       IANA time zone of stamps printed without a zone (default: sidecar's, else Europe/London)
  --captured ISO  when the page was copied, for relative stamps ("14 min ago")
  --to FORMAT     what to write: json (the story, default), geojson, csv, timelinejs, html (one
                  offline page with the viewer inside: opens with no server and no network), or
                  oembed (the oEmbed response a CMS embeds the story from; needs --url)
  --url ADDRESS   with --to oembed: where the story is shown, e.g. https://atlas.example/?data=story.json
                  (with --out-dir, {name} in it stands for each page's name)
  --out FILE      write it there (default: standard output)
  --out-dir DIR   with several pages: write PAGE.json (.geojson, .csv, .timeline.json, .html) for each into DIR
  --pretty        indent the JSON (the default up to 5 MB of JSON); --compact: never
  --explain       say on standard error why each place name was read as the place it was
  --watch         with --out: parse again whenever the page or its sidecar changes, until Ctrl+C; each
                  file is written whole, and a parse that fails keeps the last good file
  --quiet         no summary line on standard error (warnings are still written)
A sidecar INPUT.meta.json next to the input may give title, publisher, year, date, sourceTimeZone and format.`;

export interface Io {
  /** Standard input, read up to the size limit. */
  readStdin(): Promise<string | Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
  /** The gazetteer, or the part of it that holds names starting with `words` (a page's capitalised words). */
  loadGazetteer(words: Set<string>): Gazetteer;
  /** The offline page of a story (`--to html`). */
  offlinePage(story: Story): string;
  /** Calls `onChange` after the files change, one call at a time, until the process is stopped (`--watch`). */
  watch?(paths: string[], onChange: () => Promise<void>): Promise<void>;
  /** Parses several pages at once (worker threads); without it, one after another in this thread. */
  parseMany?(jobs: Job[], onDone: (result: JobResult) => void): Promise<void>;
}

export class UsageError extends Error {}

const PAGE_FILE = /\.(?:txt|html?)$/i;

/** What `--to` writes. */
export const OUTPUTS = ['json', 'geojson', 'csv', 'timelinejs', 'html', 'oembed'] as const;
export type Output = (typeof OUTPUTS)[number];
const EXTENSIONS: Record<Output, string> = {
  json: '.json',
  geojson: '.geojson',
  csv: '.csv',
  timelinejs: '.timeline.json',
  html: '.html',
  oembed: '.oembed.json',
};

export interface Options {
  to?: Output;
  format?: string;
  year?: number;
  date?: string;
  tz?: string;
  captured?: string;
  /** Where the story is shown (`--to oembed`). */
  url?: string;
  pretty?: boolean;
  compact?: boolean;
}

export interface Job {
  input: string;
  out: string;
  options: Options;
}

export interface JobResult {
  input: string;
  out: string;
  ok: boolean;
  /** The summary line (or the reason it failed). */
  line: string;
  warnings: string[];
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
        format: { type: 'string' },
        to: { type: 'string' },
        captured: { type: 'string' },
        url: { type: 'string' },
        out: { type: 'string' },
        'out-dir': { type: 'string' },
        pretty: { type: 'boolean' },
        explain: { type: 'boolean' },
        compact: { type: 'boolean' },
        quiet: { type: 'boolean' },
        watch: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const message = (error as Error).message;
    // `--year -2025`: the value looks like an option. Say so, and how to give it.
    const ambiguous = /^Option '(--[\w-]+)[^']*' argument is ambiguous/.exec(message);
    if (ambiguous)
      throw new UsageError(
        `${ambiguous[1]} needs a value; one that starts with "-" is given as ${ambiguous[1]}=VALUE`,
      );
    // The argument parser's messages run over lines; ours are one.
    throw new UsageError((message.split('\n')[0] ?? 'bad arguments').replace(/\s+$/, ''));
  }
}

/** The arguments' options, checked (each wrong one refused with a one-line reason). */
function checked(values: ReturnType<typeof options>['values']): Options {
  const out: Options = {};
  if (values.year !== undefined) {
    const year = /^\d{4}$/.test(values.year) ? Number(values.year) : NaN;
    if (!/^\d{4}$/.test(values.year))
      throw new UsageError(`--year must be a four-digit year, not ${JSON.stringify(values.year)}`);
    const why = checkYear(year);
    if (why) throw new UsageError(`--year ${why}`);
    out.year = year;
  }
  if (values.date !== undefined) {
    const why = checkDay(values.date);
    if (why) throw new UsageError(`--date ${why}`);
    out.date = values.date;
  }
  if (values.tz !== undefined) {
    if (!isKnownTimeZone(values.tz)) throw new UsageError(`unknown time zone ${JSON.stringify(values.tz)}`);
    out.tz = values.tz;
  }
  if (values.format !== undefined) {
    if (!FORMAT_NAMES.includes(values.format))
      throw new UsageError(
        `unknown format ${JSON.stringify(values.format)}; the formats are ${FORMAT_NAMES.join(', ')}`,
      );
    out.format = values.format;
  }
  if (values.captured !== undefined) {
    const why = checkInstant(values.captured);
    if (why) throw new UsageError(`--captured ${why}`);
    out.captured = values.captured;
  }
  if (values.to !== undefined) {
    if (!(OUTPUTS as readonly string[]).includes(values.to))
      throw new UsageError(`--to must be one of ${OUTPUTS.join(', ')}, not ${JSON.stringify(values.to)}`);
    out.to = values.to as Output;
  }
  if (values.url !== undefined) {
    const why = viewUrlProblem(values.url.replaceAll('{name}', 'name'));
    if (why) throw new UsageError(`--url ${why}`);
    if (out.to !== 'oembed') throw new UsageError('--url is for --to oembed');
    out.url = values.url;
  }
  if (out.to === 'oembed' && out.url === undefined)
    throw new UsageError(
      '--to oembed needs --url, the address where the story is shown (e.g. https://atlas.example/?data=story.json)',
    );
  if (values.pretty && values.compact) throw new UsageError('give --pretty or --compact, not both');
  if (values.pretty) out.pretty = true;
  if (values.compact) out.compact = true;
  return out;
}

async function readPage(input: string, io: Io): Promise<{ text: string; warnings: Warning[] }> {
  if (input !== '-') return decodeInput(readFileBytes(input), shown(input));
  const stdin = await io.readStdin();
  return typeof stdin === 'string' ? { text: stdin, warnings: [] } : decodeInput(stdin, 'standard input');
}

/** Where dates without a year were put, when nothing said which year they are in. */
const YEARLESS = /published at \d{1,2}[:.]\d{2}[^\n]*? \d{1,2} [A-Z][a-z]+(?! \d{4})/;

/** Parses one page into a story; throws UsageError for what the reader must fix. */
export function parseOne(
  text: string,
  input: string,
  given: Options,
  sidecar: Sidecar,
  now: Date,
  gazetteer: GazetteerFor,
): { built: Built; json: string; notes: string[] } {
  const name = input === '-' ? 'standard input' : shown(input);
  if (!text.trim()) throw new UsageError(`${name} is empty`);
  const timeZone = given.tz ?? sidecar.sourceTimeZone ?? 'Europe/London';
  const year = given.year ?? sidecar.year ?? now.getUTCFullYear();
  const startDate = given.date ?? sidecar.date;
  const format = given.format ?? sidecar.format;
  const captured = given.captured ?? sidecar.captured;
  const built = buildStory(
    text,
    {
      year,
      timeZone,
      ...(startDate ? { startDate } : {}),
      ...(format ? { format } : {}),
      ...(captured ? { captured: Date.parse(captured) } : {}),
    },
    {
      ...(sidecar.title ? { title: sidecar.title } : {}),
      ...(sidecar.publisher ? { publisher: sidecar.publisher } : {}),
    },
    gazetteer,
  );
  if (built.story.entries.length === 0)
    throw new UsageError(
      `no recognisable posts in ${name}; Live Atlas reads live pages in these formats: ${FORMAT_NAMES.join(', ')} (detected, or chosen with --format NAME)`,
    );
  if (built.problems.length > 0)
    throw new UsageError(
      `the story made from ${name} would not be valid, so it is not written: ${built.problems
        .slice(0, 3)
        .map((p) => `${p.where}: ${p.message}`)
        .join('; ')}`,
    );
  const notes: string[] = [];
  if (given.year === undefined && sidecar.year === undefined && YEARLESS.test(text))
    notes.push(`warning: dates without a year were taken to be in ${year}; pass --year to change that`);
  const json = toStoryJson(built.story, given.pretty ? 'pretty' : given.compact ? 'compact' : 'auto');
  return { built, json, notes };
}

/** The story as `--to` asks (the JSON already made for `json`). */
export function rendered(
  built: Built,
  json: string,
  given: Options,
  offlinePage: (story: Story) => string,
): string {
  const to = given.to;
  if (!to || to === 'json') return json;
  if (to === 'html') return offlinePage(built.story);
  if (to === 'oembed') return `${JSON.stringify(toOEmbed(built.story, given.url ?? ''), null, 1)}\n`;
  return convertStory(built.story, to).text;
}

function summary(built: Built): string {
  const { entries, places } = built.story;
  const timed = entries.filter((e) => e.publishedAt).length;
  return `Found ${entries.length} posts (${timed} with a time) and ${places.length} places in the ${built.format} format; ${built.warnings.length} warnings.`;
}

/** One page, read and written: the job a batch's worker does. */
export async function runJob(
  job: Job,
  now: Date,
  gazetteer: GazetteerFor,
  offlinePage: (story: Story) => string,
): Promise<JobResult> {
  try {
    const sidecar = readSidecar(job.input);
    checkOutput(job.out, [job.input, sidecarPath(job.input)]);
    const page = decodeInput(readFileBytes(job.input), shown(job.input));
    const { built, json, notes } = parseOne(page.text, job.input, job.options, sidecar, now, gazetteer);
    await writeWhole(job.out, rendered(built, json, job.options, offlinePage));
    const line = `${shown(job.input)} → ${shown(job.out)}: ${built.story.entries.length} posts, ${built.story.places.length} places, format ${built.format}, ${built.warnings.length} warnings`;
    return {
      input: job.input,
      out: job.out,
      ok: true,
      line,
      warnings: [...page.warnings.map(warningText), ...notes],
    };
  } catch (error) {
    const reason =
      error instanceof UsageError || error instanceof InputError
        ? error.message
        : `unexpected error: ${(error as Error).message}`;
    return {
      input: job.input,
      out: job.out,
      ok: false,
      line: `${shown(job.input)}: failed: ${reason}`,
      warnings: [],
    };
  }
}

/** The pages a batch parses: the files given, and the page files of any folder given. */
function pagesOf(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    const folder = statSync(input, { throwIfNoEntry: false })?.isDirectory() ?? false;
    return folder
      ? readdirSync(input)
          .filter((f) => PAGE_FILE.test(f))
          .sort()
          .map((f) => join(input, f))
      : [input];
  });
}

async function runBatch(
  inputs: string[],
  outDir: string,
  given: Options,
  io: Io,
  quiet: boolean,
): Promise<number> {
  const pages = pagesOf(inputs);
  if (pages.length === 0)
    throw new UsageError(`no .txt, .html or .htm pages in ${inputs.map(shown).join(', ')}`);
  if (given.url !== undefined && !given.url.includes('{name}'))
    throw new UsageError("with --out-dir, --url needs {name} where each page's name goes");
  const jobs = pages.map((input): Job => {
    const name = basename(input).replace(PAGE_FILE, '');
    return {
      input,
      out: join(outDir, `${name}${EXTENSIONS[given.to ?? 'json']}`),
      options: given.url
        ? { ...given, url: given.url.replaceAll('{name}', encodeURIComponent(name)) }
        : given,
    };
  });
  const outs = new Set<string>();
  for (const job of jobs) {
    if (outs.has(job.out))
      throw new UsageError(`two pages would both be written to ${shown(job.out)}: rename one`);
    outs.add(job.out);
  }
  let failed = 0;
  const report = (result: JobResult) => {
    for (const warning of result.warnings) io.stderr(`${shown(result.input)}: ${warning}\n`);
    if (!result.ok) failed++;
    if (!quiet || !result.ok) io.stderr(`${result.line}\n`);
  };
  if (io.parseMany) await io.parseMany(jobs, report);
  else {
    for (const job of jobs)
      report(
        await runJob(
          job,
          io.now(),
          (words) => io.loadGazetteer(words),
          (story) => io.offlinePage(story),
        ),
      );
  }
  if (!quiet) io.stderr(`${jobs.length - failed} of ${jobs.length} pages parsed into ${shown(outDir)}.\n`);
  return failed > 0 ? 1 : 0;
}

type Flags = ReturnType<typeof options>['values'];

/** One page parsed and written to `out` (or standard output); throws a UsageError or InputError for bad input. */
async function parseOnePage(
  input: string,
  out: string | undefined,
  given: Options,
  values: Flags,
  io: Io,
): Promise<Built> {
  const sidecar = readSidecar(input);
  if (out !== undefined) checkOutput(out, input === '-' ? [] : [input, sidecarPath(input)]);
  const page = await readPage(input, io);
  const { built, json, notes } = parseOne(page.text, input, given, sidecar, io.now(), (words) =>
    io.loadGazetteer(words),
  );
  const said = [...page.warnings.map(warningText), ...notes, ...built.warnings.map(warningText)];
  for (const warning of said) io.stderr(`${warning}\n`);
  if (values.explain)
    for (const e of built.explanations)
      io.stderr(
        `post ${e.entry + 1}: "${e.text}" → ${e.name} (${e.source}), confidence ${e.confidence}: ${e.why.join('; ')}${e.alternatives.length ? `; else ${e.alternatives.join(', ')}` : ''}\n`,
      );
  const text = rendered(built, json, given, (story) => io.offlinePage(story));
  if (out !== undefined) {
    try {
      await writeWhole(out, text);
    } catch {
      throw new UsageError(`cannot write ${shown(out)}`);
    }
  } else io.stdout(text);
  if (!values.quiet) io.stderr(`${summary(built)}\n`);
  return built;
}

/**
 * `--watch`: parses the page now and again after every change to it or its sidecar, writing `out` whole
 * each time. A parse that fails says why and leaves the last good file as it was. Returns 0 once stopped.
 */
async function watchOne(input: string, out: string, given: Options, values: Flags, io: Io): Promise<number> {
  // An output that is the page or its sidecar is refused at once (exit 2), not on every change.
  checkOutput(out, [input, sidecarPath(input)]);
  const clock = () => io.now().toISOString().slice(11, 19);
  const once = async () => {
    try {
      await parseOnePage(input, out, given, values, io);
      io.stderr(`${clock()} wrote ${shown(out)}; watching ${shown(input)} (Ctrl+C stops)\n`);
    } catch (error) {
      const reason =
        error instanceof UsageError || error instanceof InputError
          ? error.message
          : `unexpected error: ${String((error as Error).message).split('\n')[0]}`;
      io.stderr(
        `${clock()} ${shown(input)}: ${reason.replace(/\n/g, ' ')}; kept the last good ${shown(out)}\n`,
      );
    }
  };
  await once();
  await io.watch?.([input, sidecarPath(input)], once);
  return 0;
}

/** Runs the CLI; returns the exit code. Never throws for bad input. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = options(argv);
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const given = checked(values);
    const outDir = values['out-dir'];
    if (outDir !== undefined) {
      if (values.out !== undefined)
        throw new UsageError('give --out for one page or --out-dir for several, not both');
      if (positionals.length === 0 || positionals.includes('-'))
        throw new UsageError('give the pages (files or folders) to parse into --out-dir');
      return await runBatch(positionals, outDir, given, io, Boolean(values.quiet));
    }
    const input = positionals[0];
    if (!input || positionals.length > 1)
      throw new UsageError(
        'give exactly one INPUT file (or - for standard input), or several with --out-dir DIR',
      );
    if (values.watch) {
      if (input === '-') throw new UsageError('--watch needs an INPUT file to watch, not standard input');
      if (values.out === undefined)
        throw new UsageError('--watch needs --out FILE, the file it keeps up to date');
      if (!io.watch) throw new UsageError('--watch is not available here');
      return await watchOne(input, values.out, given, values, io);
    }
    await parseOnePage(input, values.out, given, values, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr(`parse: ${error.message.replace(/\n/g, ' ')}\n`);
      return 2;
    }
    io.stderr(`parse: unexpected error: ${String((error as Error).message).split('\n')[0]}\n`);
    return 1;
  }
}

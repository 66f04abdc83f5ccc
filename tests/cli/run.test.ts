import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../../cli/run';
import { gazetteer } from '../support/gazetteer';

const SAMPLE = new URL('../../data/bbc-2025-02-14-munich-security-conference.txt', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'live-atlas-cli-'));

function io(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const fake: Io = {
    readStdin: async () => stdin,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    now: () => new Date('2026-03-01T12:00:00Z'),
    loadGazetteer: gazetteer,
    offlinePage: (story) => `<!doctype html><title>offline</title>${story.entries.length} posts`,
  };
  return { fake, out: () => out.join(''), err: () => err.join('') };
}

const PAGE = `  1. Second postpublished at 10:25 Greenwich Mean Time 14 February

    Talks continue in Kyiv.

  2. First postpublished at 09:00 Greenwich Mean Time 14 February

    It began in Warsaw.
`;

describe('npm run parse -- INPUT [--year] [--out]', () => {
  it('writes the story JSON to standard output and a summary to standard error', async () => {
    const { fake, out, err } = io();
    expect(await run([SAMPLE], fake)).toBe(0);
    const story = JSON.parse(out());
    expect(story.schemaVersion).toBe(1);
    expect(story.entries).toHaveLength(20);
    expect(story.story).toMatchObject({ publisher: 'BBC News', sourceTimeZone: 'Europe/London' });
    expect(err()).toMatch(
      /^Found 20 posts \(20 with a time\) and \d+ places in the bbc format; 0 warnings\.$/m,
    );
  });

  it('reads the year from the sidecar next to the input', async () => {
    const { fake, out } = io();
    await run([SAMPLE], fake);
    expect(JSON.parse(out()).entries[0].publishedAt).toBe('2025-02-14T10:25:00Z');
  });

  it('reads standard input for "-" and takes --year over the default', async () => {
    const { fake, out, err } = io(PAGE);
    expect(await run(['-', '--year', '2023'], fake)).toBe(0);
    const story = JSON.parse(out());
    expect(story.entries.map((e: { publishedAt: string }) => e.publishedAt)).toEqual([
      '2023-02-14T10:25:00Z',
      '2023-02-14T09:00:00Z',
    ]);
    expect(err()).not.toMatch(/warning: dates without a year/);
  });

  it('warns when it falls back to the current year', async () => {
    const { fake, out, err } = io(PAGE);
    expect(await run(['-'], fake)).toBe(0);
    expect(JSON.parse(out()).entries[0].publishedAt).toBe('2026-02-14T10:25:00Z');
    expect(err()).toContain(
      'warning: dates without a year were taken to be in 2026; pass --year to change that',
    );
  });

  it('writes to --out, creating its folder', async () => {
    const { fake, out } = io(PAGE);
    const file = join(dir, 'nested', 'story.json');
    expect(await run(['-', '--year', '2025', '--out', file], fake)).toBe(0);
    expect(out()).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).entries).toHaveLength(2);
  });

  it('writes GeoJSON, CSV, TimelineJS and the offline page with --to', async () => {
    const geo = io(PAGE);
    expect(await run(['-', '--year', '2025', '--to', 'geojson'], geo.fake)).toBe(0);
    const collection = JSON.parse(geo.out());
    expect(collection.type).toBe('FeatureCollection');
    expect(
      collection.features.map((f: { properties: { name: string } }) => f.properties.name).sort(),
    ).toEqual(['Kyiv', 'Warsaw']);
    const csv = io(PAGE);
    expect(await run(['-', '--year', '2025', '--to', 'csv'], csv.fake)).toBe(0);
    expect(csv.out().split('\r\n')[0]).toBe(
      'time,entry_id,title,place,place_id,kind,lat,lon,country,confidence',
    );
    const timeline = io(PAGE);
    expect(await run(['-', '--year', '2025', '--to', 'timelinejs'], timeline.fake)).toBe(0);
    expect(
      JSON.parse(timeline.out()).events.map((e: { text: { headline: string } }) => e.text.headline),
    ).toEqual(['First post', 'Second post']);
    const html = io(PAGE);
    const file = join(dir, 'offline', 'story.html');
    expect(await run(['-', '--year', '2025', '--to', 'html', '--out', file], html.fake)).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('<!doctype html><title>offline</title>2 posts');
  });

  it('writes the oEmbed response a CMS embeds the story from, for the address given with --url', async () => {
    const { fake, out } = io(PAGE);
    const url = 'https://atlas.example/news/?data=stories%2Fkyiv.json';
    expect(await run(['-', '--year', '2025', '--to', 'oembed', '--url', url], fake)).toBe(0);
    const oembed = JSON.parse(out());
    expect(oembed).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Live Atlas',
      provider_url: 'https://atlas.example/news/',
      width: 720,
      height: 640,
    });
    expect(oembed.html).toContain(
      'data-pym-src="https://atlas.example/news/?data=stories%2Fkyiv.json&amp;embed=1"',
    );
    expect(oembed.html).toContain('<script src="https://atlas.example/news/pym.v1.min.js" async></script>');
  });

  it("with --out-dir, puts each page's name into the --url of its oEmbed response", async () => {
    const pages = join(dir, 'pages-oembed');
    mkdirSync(pages, { recursive: true });
    writeFileSync(join(pages, 'kyiv day.txt'), PAGE);
    const outDir = join(dir, 'as-oembed');
    const argv = [pages, '--year', '2025', '--to', 'oembed', '--out-dir', outDir, '--quiet'];
    const without = io();
    expect(await run([...argv, '--url', 'https://atlas.example/?data=x.json'], without.fake)).toBe(2);
    expect(without.err()).toMatch(/--url needs \{name\}/);
    const { fake } = io();
    expect(await run([...argv, '--url', 'https://atlas.example/?data=s/{name}.json'], fake)).toBe(0);
    const oembed = JSON.parse(readFileSync(join(outDir, 'kyiv day.oembed.json'), 'utf8'));
    expect(oembed.html).toContain('data-pym-src="https://atlas.example/?data=s%2Fkyiv+day.json&amp;embed=1"');
  });

  it('names each --out-dir file by the format --to asks for', async () => {
    const pages = join(dir, 'pages');
    mkdirSync(pages, { recursive: true });
    writeFileSync(join(pages, 'one.txt'), PAGE);
    const { fake } = io();
    const outDir = join(dir, 'as-csv');
    expect(await run([pages, '--year', '2025', '--to', 'csv', '--out-dir', outDir, '--quiet'], fake)).toBe(0);
    expect(readFileSync(join(outDir, 'one.csv'), 'utf8')).toMatch(/^time,entry_id/);
  });

  it('reports skipped text with its line number', async () => {
    const { fake, err } = io(`LIVE banner text here\nSummary\n\n${PAGE}`);
    await run(['-', '--year', '2025'], fake);
    expect(err()).toMatch(/^line 1: skipped "LIVE banner text here": page furniture before the summary$/m);
  });

  it.each([
    [['/no/such/file.txt'], /^parse: cannot read \/no\/such\/file\.txt: no such file\n$/],
    [[dir], /^parse: cannot read .*: it is a folder\n$/],
    [[], /^parse: give exactly one INPUT file/],
    [['a.txt', 'b.txt'], /^parse: give exactly one INPUT file/],
    [[SAMPLE, '--year', '25'], /^parse: --year must be a four-digit year, not "25"\n$/],
    [[SAMPLE, '--tz', 'Mars/Olympus'], /^parse: unknown time zone "Mars\/Olympus"\n$/],
    [[SAMPLE, '--bogus'], /^parse: Unknown option '--bogus'/],
    [
      [SAMPLE, '--to', 'kml'],
      /^parse: --to must be one of json, geojson, csv, timelinejs, html, oembed, not "kml"\n$/,
    ],
    [[SAMPLE, '--to', 'oembed'], /^parse: --to oembed needs --url, the address where the story is shown/],
    [[SAMPLE, '--url', 'https://atlas.example/'], /^parse: --url is for --to oembed\n$/],
    [
      [SAMPLE, '--to', 'oembed', '--url', 'javascript:alert(1)'],
      /^parse: --url must be an http or https address, not "javascript:alert\(1\)"\n$/,
    ],
  ])('exits non-zero with a one-line message for %j', async (argv, message) => {
    const { fake, err, out } = io();
    expect(await run(argv, fake)).not.toBe(0);
    expect(err()).toMatch(message);
    expect(err().trim().split('\n')).toHaveLength(1);
    expect(out()).toBe('');
  });

  it('refuses an empty file and text with no posts', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n\n');
    const a = io();
    expect(await run([empty], a.fake)).toBe(2);
    expect(a.err()).toBe(`parse: ${empty} is empty\n`);
    const b = io('Just some words.\nNothing that looks like a post.\n');
    expect(await run(['-'], b.fake)).toBe(2);
    expect(b.err()).toBe(
      'parse: no recognisable posts in standard input; Live Atlas reads live pages in these formats: bbc, guardian, telegraph, independent, sky, cnn, wire, generic, jsonld (detected, or chosen with --format NAME)\n',
    );
  });

  it('prints its usage with --help', async () => {
    const { fake, out } = io();
    expect(await run(['--help'], fake)).toBe(0);
    expect(out()).toMatch(/^Usage: npm run parse -- INPUT\.txt \[--year 2025\]/);
  });
});

describe('the parse command as a process', () => {
  const exec = promisify(execFile);
  const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
  const cli = new URL('../../cli/parse.ts', import.meta.url).pathname;

  it('reads stdin and writes JSON, exit code 0', async () => {
    const child = exec(tsx, [cli, '-', '--year', '2025']);
    child.child.stdin?.end(PAGE);
    const { stdout, stderr } = await child;
    expect(JSON.parse(stdout).entries).toHaveLength(2);
    expect(stderr).toContain('Found 2 posts');
  });

  it('fails with a message and no stack trace for a missing file', async () => {
    const error = await exec(tsx, [cli, 'missing.txt']).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2, stderr: 'parse: cannot read missing.txt: no such file\n' });
  });
});

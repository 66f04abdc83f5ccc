/** The CLI on bad paths: it never overwrites what it reads, never writes a story the app would refuse, and says why in one line. */
import { execFile, spawn } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../src/core/validate';
import { run, type Io } from '../../cli/run';
import { gazetteer } from '../support/gazetteer';

const dir = mkdtempSync(join(tmpdir(), 'live-atlas-hostile-'));
const PAGE = `  1. Second postpublished at 10:25 Greenwich Mean Time 14 February

    Talks continue in Kyiv.

  2. First postpublished at 09:00 Greenwich Mean Time 14 February

    It began in Warsaw.
`;

function io(stdin: string | Uint8Array = '') {
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

function page(name: string, text = PAGE, sidecar?: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  if (sidecar !== undefined) writeFileSync(path.replace(/\.[^.]+$/, '.meta.json'), JSON.stringify(sidecar));
  return path;
}

async function refused(argv: string[], message: RegExp, stdin?: string | Uint8Array) {
  const { fake, err, out } = io(stdin);
  expect(await run(argv, fake)).toBe(2);
  expect(err()).toMatch(message);
  expect(err().trim().split('\n')).toHaveLength(1);
  expect(out()).toBe('');
}

describe('npm run parse on its own files', () => {
  it('refuses --out equal to the input, by any name or link, and leaves the page as it was', async () => {
    const input = page('same.txt');
    const link = join(dir, 'link-to-same.txt');
    symlinkSync(input, link);
    for (const out of [input, join(dir, '.', 'same.txt'), link])
      await refused(
        [input, '--year', '2025', '--out', out],
        /is .*same\.txt, which is read: choose another file/,
      );
    expect(readFileSync(input, 'utf8')).toBe(PAGE);
  });

  it('refuses --out equal to the sidecar it reads', async () => {
    const input = page('sided.txt', PAGE, { year: 2025 });
    await refused([input, '--out', join(dir, 'sided.meta.json')], /which is read/);
    expect(JSON.parse(readFileSync(join(dir, 'sided.meta.json'), 'utf8'))).toEqual({ year: 2025 });
  });

  it('writes through a temporary file and a rename, leaving nothing else behind', async () => {
    const out = join(dir, 'whole', 'story.json');
    const { fake } = io(PAGE);
    expect(await run(['-', '--year', '2025', '--out', out], fake)).toBe(0);
    expect(readdirSync(join(dir, 'whole'))).toEqual(['story.json']);
    expect(JSON.parse(readFileSync(out, 'utf8')).entries).toHaveLength(2);
    // A rename puts a new file in the old one's place: a reader holding the old file (here, another
    // name for it) keeps it whole. Writing into the old file would change it under that reader.
    const held = join(dir, 'whole', 'held.json');
    linkSync(out, held);
    const before = readFileSync(held, 'utf8');
    expect(await run(['-', '--year', '2024', '--out', out], io(PAGE).fake)).toBe(0);
    expect(readFileSync(held, 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(out, 'utf8')).entries[0].publishedAt).toMatch(/^2024-/);
  });
});

describe('npm run parse on impossible dates', () => {
  it.each([
    [['--date', '2025-02-30'], /^parse: --date is not a day of the calendar: 2025-02-30\n$/],
    [['--date', '2025-13-45'], /^parse: --date is not a day of the calendar: 2025-13-45\n$/],
    [['--date', '0099-01-01'], /^parse: --date has a year that must be between 1000 and 9999, not 99\n$/],
    [['--year', '0000'], /^parse: --year must be between 1000 and 9999, not 0\n$/],
    [['--year', '0099'], /^parse: --year must be between 1000 and 9999, not 99\n$/],
    [
      ['--year', '-2025'],
      /^parse: --year needs a value; one that starts with "-" is given as --year=VALUE\n$/,
    ],
    [['--year=-2025'], /^parse: --year must be a four-digit year, not "-2025"\n$/],
    [['--captured', 'yesterday'], /^parse: --captured must be a time like/],
    [['--format', 'tabloid'], /^parse: unknown format "tabloid"; the formats are bbc, guardian/],
  ])('refuses %j with a one-line reason (exit 2)', async (args, message) => {
    await refused(['-', ...args], message, PAGE);
  });

  it.each([
    [{ year: -5 }, /the sidecar .*: year must be between 1000 and 9999, not -5/],
    [{ year: 'twenty' }, /year must be a whole number like 2025, not "twenty"/],
    [{ year: 1e9 }, /year must be between 1000 and 9999, not 1000000000/],
    [{ year: 25.5 }, /year must be a whole number like 2025, not 25.5/],
    [{ title: { text: 'x' } }, /the sidecar .*: title must be text/],
    [{ date: '2025-02-30' }, /date is not a day of the calendar/],
    [{ sourceTimeZone: 'Mars/Base' }, /unknown time zone "Mars\/Base"/],
    [
      { captured: 'yesterday' },
      /the sidecar .*: captured must be a time like 2025-06-18T21:30:00Z, not "yesterday"/,
    ],
    [{ captured: '2025-02-30T10:00:00Z' }, /captured must be a time like .*, not "2025-02-30T10:00:00Z"/],
    [[1, 2], /the sidecar/],
  ])('refuses a sidecar with %j (exit 2, not 1)', async (sidecar, message) => {
    const input = page(`bad-sidecar-${Math.random().toString(36).slice(2)}.txt`, PAGE, sidecar);
    await refused([input], message);
  });

  it('quotes a file name with a newline, so the message stays one line', async () => {
    await refused([join(dir, 'odd\nname.txt')], /^parse: cannot read ".*odd\\nname\.txt": no such file\n$/);
  });
});

describe('npm run parse never writes a story the app would refuse', () => {
  it('splits a 195,000-character paragraph, with a warning, into paragraphs the schema accepts', async () => {
    const long = `${'The river rose again overnight. '.repeat(6100)}`.trim();
    expect(long.length).toBeGreaterThan(195_000);
    const { fake, out, err } = io(PAGE.replace('Talks continue in Kyiv.', long));
    expect(await run(['-', '--year', '2025'], fake)).toBe(0);
    const story = JSON.parse(out());
    expect(validateStory(story).problems).toEqual([]);
    expect(
      story.entries[0].blocks.map((b: { text: string }) => b.text.length).every((n: number) => n <= 100_000),
    ).toBe(true);
    expect(story.entries[0].blocks.map((b: { text: string }) => b.text).join(' ')).toBe(long);
    expect(err()).toMatch(/post 1: a paragraph of \d+ characters was split into 2/);
  });

  it('says so when it has to cut a text it cannot split (an image description)', async () => {
    const { fake, out, err } = io(PAGE.replace('Talks continue in Kyiv.', 'word '.repeat(39_000).trim()));
    expect(await run(['-', '--year', '2025'], fake)).toBe(0);
    expect(validateStory(JSON.parse(out())).problems).toEqual([]);
    expect(err()).toMatch(/^post 1: an image's description of 194999 characters was cut to 100000$/m);
  });

  it('says so when it marks fewer place names than a post has (the text kept whole)', async () => {
    const crowded = Array.from({ length: 1300 }, () => 'Kyiv, Warsaw, Munich and Paris.').join(' ');
    const { fake, out, err } = io(PAGE.replace('Talks continue in Kyiv.', crowded));
    expect(await run(['-', '--year', '2025'], fake)).toBe(0);
    const story = JSON.parse(out());
    expect(validateStory(story).problems).toEqual([]);
    expect(story.entries[0].mentions).toHaveLength(5000);
    expect(err()).toMatch(
      /^post 1: 5200 place names were cut to 5000 marked in the text \(the text is kept\)$/m,
    );
    expect(err()).toMatch(/; 1 warnings\.$/m);
  });

  it('writes compact JSON on --compact and indented JSON on --pretty', async () => {
    const a = io(PAGE);
    await run(['-', '--year', '2025', '--compact'], a.fake);
    expect(a.out().trim().split('\n')).toHaveLength(1);
    const b = io(PAGE);
    await run(['-', '--year', '2025', '--pretty'], b.fake);
    expect(b.out().split('\n').length).toBeGreaterThan(20);
  });
});

describe('npm run parse on encodings and damage', () => {
  const bom = (encoding: 'utf16le' | 'utf16be') => {
    const le = Buffer.from(PAGE, 'utf16le');
    if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
    const be = Buffer.from(le);
    be.swap16();
    return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
  };

  it.each(['utf16le', 'utf16be'] as const)('reads a %s file by its byte-order mark', async (encoding) => {
    const input = join(dir, `${encoding}.txt`);
    writeFileSync(input, bom(encoding));
    const { fake, out } = io();
    expect(await run([input, '--year', '2025'], fake)).toBe(0);
    expect(JSON.parse(out()).entries.map((e: { title: string }) => e.title)).toEqual([
      'Second post',
      'First post',
    ]);
  });

  it('refuses a UTF-32 file by its byte-order mark, naming the encoding (exit 2)', async () => {
    const input = join(dir, 'utf32.txt');
    writeFileSync(input, Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('A\0\0\0', 'latin1')]));
    await refused(
      [input, '--year', '2025'],
      /^parse: .*utf32\.txt is in UTF-32, which Live Atlas does not read: save it as UTF-8 or UTF-16\n$/,
    );
  });

  it('drops NUL and other control characters, with a warning', async () => {
    const { fake, out, err } = io(Buffer.from(PAGE.replace('Talks', 'Ta\u0000lks\u0007'), 'utf8'));
    expect(await run(['-', '--year', '2025'], fake)).toBe(0);
    expect(JSON.parse(out()).entries[0].blocks[0].text).toBe('Talks continue in Kyiv.');
    expect(err()).toContain('warning: 2 control characters (such as NUL) removed from the text');
  });

  it('refuses a page over the size limit with its size', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(26 * 1024 * 1024, 'a'));
    await refused([big], /big\.txt is 26\.0 MB; the largest page Live Atlas reads is 25\.0 MB/);
  });
});

describe('npm run parse on many pages', () => {
  it('parses each page into --out-dir, one summary line a page; one bad page never stops the rest (exit 1)', async () => {
    const folder = join(dir, 'archive');
    const out = join(dir, 'stories');
    page('archive-a.txt');
    writeFileSync(join(dir, 'archive-a.meta.json'), JSON.stringify({ year: 2025 }));
    const a = join(dir, 'archive-a.txt');
    const b = page('archive-b.txt', 'Nothing that looks like a post.\n');
    const { fake, err } = io();
    expect(await run([a, b, '--year', '2025', '--out-dir', out], fake)).toBe(1);
    expect(readdirSync(out)).toEqual(['archive-a.json']);
    expect(err()).toMatch(/archive-a\.txt → .*archive-a\.json: 2 posts, \d+ places, format bbc, 0 warnings/);
    expect(err()).toMatch(/archive-b\.txt: failed: no recognisable posts/);
    expect(err()).toMatch(/1 of 2 pages parsed into/);
    expect(existsSync(folder)).toBe(false);
  });

  it('takes a folder as INPUT: every .txt, .html and .htm in it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'live-atlas-folder-'));
    writeFileSync(join(folder, 'one.txt'), PAGE);
    writeFileSync(join(folder, 'two.txt'), PAGE.replace('Kyiv', 'Lviv'));
    writeFileSync(join(folder, 'notes.md'), '# not a page');
    const out = join(folder, 'json');
    const { fake } = io();
    expect(await run([folder, '--year', '2025', '--out-dir', out], fake)).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['one.json', 'two.json']);
  });

  it('refuses several pages without --out-dir, and --out with --out-dir', async () => {
    await refused(['a.txt', 'b.txt'], /give exactly one INPUT file/);
    await refused(['a.txt', '--out', 'x.json', '--out-dir', 'y'], /not both/);
  });
});

describe('the parse command as a process, on endless input', () => {
  it('stops reading /dev/zero at the size limit with a message, and no stack trace', async () => {
    const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
    const cli = new URL('../../cli/parse.ts', import.meta.url).pathname;
    const child = spawn(tsx, [cli, '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const zero = spawn('cat', ['/dev/zero'], { stdio: ['ignore', 'pipe', 'ignore'] });
    zero.stdout.pipe(child.stdin);
    child.stdin.on('error', () => {});
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    zero.kill();
    expect(code).toBe(2);
    expect(stderr).toBe('parse: standard input is longer than 25.0 MB, the largest page Live Atlas reads\n');
  }, 60_000);

  it('stops reading /dev/zero given as a file at the size limit too', async () => {
    const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
    const cli = new URL('../../cli/parse.ts', import.meta.url).pathname;
    const child = spawn(tsx, [cli, '/dev/zero'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toBe('parse: /dev/zero is longer than 25.0 MB, the largest page Live Atlas reads\n');
  }, 60_000);

  it('parses several pages on worker threads', async () => {
    const exec = promisify(execFile);
    const folder = mkdtempSync(join(tmpdir(), 'live-atlas-threads-'));
    for (const name of ['a', 'b', 'c']) writeFileSync(join(folder, `${name}.txt`), PAGE);
    const { stderr } = await exec('node', [
      new URL('../../cli/parse.mjs', import.meta.url).pathname,
      folder,
      '--year',
      '2025',
      '--out-dir',
      join(folder, 'out'),
    ]);
    expect(readdirSync(join(folder, 'out')).sort()).toEqual(['a.json', 'b.json', 'c.json']);
    expect(stderr).toMatch(/3 of 3 pages parsed/);
  }, 60_000);
});

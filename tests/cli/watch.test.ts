/** `npm run parse -- page.txt --out story.json --watch`: the story kept up to date, always whole. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../../cli/run';
import { gazetteer } from '../support/gazetteer';

const dir = mkdtempSync(join(tmpdir(), 'live-atlas-watch-'));

/** A BBC-style page of `n` posts, newest first, one a minute from 09:00 (with `words` more in each). */
function page(n: number, words = 0): string {
  const more = ' More talks are planned for the week ahead.'.repeat(words);
  return Array.from({ length: n }, (_, i) => {
    const minute = n - 1 - i;
    const time = `09:${String(minute).padStart(2, '0')}`;
    return `  ${i + 1}. Update ${minute + 1}published at ${time} Greenwich Mean Time 14 February\n\n    Talks continue in Kyiv, post ${minute + 1}.${more}\n`;
  }).join('\n');
}

/**
 * Another process that reads the story as fast as it can, as a reader's browser would, and counts the
 * reads that were not whole JSON: a file written in place (not through a rename) is caught half-written.
 */
function startReader(file: string) {
  const script = `
    const { readFileSync, existsSync } = require('node:fs');
    let reads = 0, torn = 0;
    const stop = () => { process.stdout.write(JSON.stringify({ reads, torn })); process.exit(0); };
    process.on('SIGTERM', stop);
    (function loop() {
      for (let i = 0; i < 20; i++) {
        try { JSON.parse(readFileSync(process.argv[1], 'utf8')); reads++; }
        catch (e) { if (existsSync(process.argv[1])) torn++; }
      }
      setImmediate(loop);
    })();`;
  const reader = spawn(process.execPath, ['-e', script, file]);
  let output = '';
  reader.stdout.on('data', (chunk) => (output += String(chunk)));
  return async () => {
    const done = new Promise((resolve) => reader.on('exit', resolve));
    reader.kill('SIGTERM');
    await done;
    return JSON.parse(output) as { reads: number; torn: number };
  };
}

function io(watch: Io['watch']) {
  const err: string[] = [];
  const fake: Io = {
    readStdin: async () => '',
    stdout: () => {},
    stderr: (t) => void err.push(t),
    now: () => new Date('2026-03-01T12:00:00Z'),
    loadGazetteer: gazetteer,
    offlinePage: () => '',
    watch,
  };
  return { fake, err: () => err.join('') };
}

const posts = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { entries: unknown[] }).entries.length;

describe('--watch', () => {
  it('parses again after each change, and a parse that fails keeps the last good file', async () => {
    const input = join(dir, 'page.txt');
    const out = join(dir, 'story.json');
    writeFileSync(input, page(2));
    const seen: number[] = [];
    const { fake, err } = io(async (paths, onChange) => {
      expect(paths).toEqual([input, join(dir, 'page.meta.json')]);
      seen.push(posts(out));
      writeFileSync(input, page(3));
      await onChange();
      seen.push(posts(out));
      writeFileSync(input, 'not a live page at all');
      await onChange();
      seen.push(posts(out));
    });
    expect(await run([input, '--out', out, '--year', '2025', '--watch', '--quiet'], fake)).toBe(0);
    expect(seen).toEqual([2, 3, 3]);
    expect(err()).toMatch(/page\.txt: .+; kept the last good .*story\.json\n$/);
  });

  it('needs a file to watch and a file to write, which is not the page', async () => {
    const input = join(dir, 'alone.txt');
    writeFileSync(input, page(1));
    for (const args of [
      [input, '--watch'],
      ['-', '--out', join(dir, 'x.json'), '--watch'],
      [input, '--out', input, '--watch'],
    ]) {
      const { fake, err } = io(async () => {
        throw new Error('must not watch');
      });
      expect(await run(args, fake), args.join(' ')).toBe(2);
      expect(err()).toMatch(/^parse: .+\n$/);
    }
  });

  it('as a process: under a burst of writes, every read of the story is whole JSON, and Ctrl+C stops it', async () => {
    const input = join(dir, 'burst.txt');
    const out = join(dir, 'burst.json');
    writeFileSync(input, page(1));
    const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
    const cli = new URL('../../cli/parse.ts', import.meta.url).pathname;
    const child = spawn(tsx, [cli, input, '--out', out, '--year', '2025', '--watch', '--quiet']);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await expect.poll(() => stderr, { timeout: 20_000 }).toContain('wrote');

    const stopReading = startReader(out);
    // Posts of about 40 KB: each story written is a megabyte or two, long enough to be caught half-written.
    for (let n = 2; n <= 40; n++) {
      writeFileSync(input, page(n, 900));
      await new Promise((r) => setTimeout(r, n % 4 === 0 ? 200 : 10));
    }
    await expect.poll(() => posts(out), { timeout: 30_000, interval: 100 }).toBe(40);
    const { reads, torn } = await stopReading();
    expect(reads).toBeGreaterThan(20);
    expect(torn).toBe(0);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 60_000);
});

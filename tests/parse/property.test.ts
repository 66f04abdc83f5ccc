import { readFileSync } from 'node:fs';
import { warningText } from '../../src/core/warnings';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toLines } from '../../src/parse/lines';
import { parsePage, type ParsedPage } from '../../src/parse/page';
import { findStamps } from '../../src/parse/formats/bbc/stamp';

const SAMPLE = readFileSync(
  new URL('../../data/bbc-2025-02-14-munich-security-conference.txt', import.meta.url),
  'utf8',
);
const OPTIONS = { year: 2025, timeZone: 'Europe/London' };

/** Damage a copy might suffer: lost, doubled or joined lines, cut text, stray characters. */
const damage = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 400 }),
    }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 40 }) }),
    fc.record({ kind: fc.constant('join' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('duplicate' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 800 }),
    }),
  ),
  { maxLength: 12 },
);

function apply(
  text: string,
  edits: fc.Arbitrary<unknown> extends never
    ? never
    : { kind: string; at: number; length?: number; text?: string }[],
): string {
  let out = text;
  for (const edit of edits) {
    const at = edit.at % (out.length + 1);
    if (edit.kind === 'delete') out = out.slice(0, at) + out.slice(at + (edit.length ?? 0));
    else if (edit.kind === 'insert') out = out.slice(0, at) + (edit.text ?? '') + out.slice(at);
    else if (edit.kind === 'join')
      out = out.replace(/\n/g, (m, offset: number) => (offset >= at && offset < at + 200 ? ' ' : m));
    else out = out.slice(0, at) + out.slice(at, at + (edit.length ?? 0)) + out.slice(at);
  }
  return out;
}

describe('parsePage(text) on damaged text', () => {
  it('never throws, and every time stamp yields an entry or a warning naming its line', () => {
    fc.assert(
      fc.property(damage, (edits) => {
        const text = apply(SAMPLE, edits);
        const result = parsePage(text, OPTIONS);
        const stampLines = toLines(text)
          .filter((l) => findStamps(l.text).length > 0)
          .map((l) => l.n);
        const reported = new Set([
          ...result.lines,
          ...result.warnings.map((w) => Number(/^line (\d+):/.exec(warningText(w))?.[1])),
        ]);
        for (const n of stampLines) expect(reported.has(n), `line ${n} has a stamp`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps structure with random whitespace and furniture between posts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('', ' ', 'undefined', 'LIVE stream page 1', '-'), { maxLength: 5 }),
        (noise) => {
          const text = SAMPLE.replace(/\n {2}(\d+)\. /g, (m) => `\n${noise.join('\n')}${m}`);
          expect(parsePage(text, OPTIONS).entries).toHaveLength(20);
        },
      ),
      { numRuns: 50 },
    );
  });

  /** What a long line of text with no time stamp gives: no post, and one warning quoting its start. */
  function expectSkippedLine(result: ParsedPage, text: string) {
    expect(result.entries).toEqual([]);
    expect(result.lines).toEqual([]);
    expect(result.warnings.map(warningText)).toEqual([
      `line 1: skipped "${text.slice(0, 40)}…": text before the first post`,
    ]);
  }

  const PATHOLOGICAL: [
    string,
    string,
    number,
    (result: ParsedPage, text: string, repeats: number) => void,
  ][] = [
    ['one letter', 'a', 250_000, expectSkippedLine],
    ['glued capitals', 'abcDef', 42_500, expectSkippedLine],
    ['bullets and quotes', '•"“', 82_500, expectSkippedLine],
    ['", external"', 'Foo Bar, external ', 15_000, expectSkippedLine],
    ['name-like words', 'Anna Maria ', 25_000, expectSkippedLine],
    [
      'stamps',
      'published at 10:25 ',
      6_250,
      (result, _text, repeats) => {
        // The page gives no date: one untimed post; every other stamp is reported on line 1.
        expect(result.entries).toHaveLength(1);
        expect(result.entries[0]?.publishedAt).toBeNull();
        expect(result.missingDate).toBe(true);
        expect(result.lines).toEqual([1]);
        expect(result.warnings).toHaveLength(repeats);
        expect(result.warnings.filter((w) => !warningText(w).startsWith('line 1: '))).toEqual([]);
      },
    ],
  ];

  // The first parse of a process runs cold (unoptimised code, a small heap): warm up on the sample
  // first, so the limit below weighs the parser's algorithm, not V8 starting up.
  beforeAll(() => {
    parsePage(SAMPLE, OPTIONS);
  });

  // Nothing here is timed. Each case parses a line of n and of 4n characters (4n is about a megabyte;
  // half that for stamps, which each cost a warning) and checks what comes back. The 2 s limit only makes a slow parser fail instead of stall: a regex
  // that backtracks catastrophically (or merely quadratically) on such a line takes minutes, while a
  // linear parser takes well under a second for both. Vitest fails a synchronous test that returns
  // after its timeout; one that never returns stops the run, which is just as visible.
  it.each(PATHOLOGICAL)(
    'reads a line of %s of n and 4n characters the same way (no catastrophic backtracking)',
    (_name, unit, repeats, expectResult) => {
      for (const times of [repeats, repeats * 4]) {
        const text = unit.repeat(times);
        expectResult(parsePage(text, OPTIONS), text, times);
      }
    },
    2000,
  );
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/parse/lines';
import { parsePage } from '../../src/parse/page';
import { findStamps } from '../../src/parse/stamp';

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
          ...result.warnings.map((w) => Number(/^line (\d+):/.exec(w)?.[1])),
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

  it.each([
    ['a megabyte of one letter', 'a'.repeat(1_000_000)],
    ['a megabyte of glued capitals', 'abcDef'.repeat(170_000)],
    ['a line of 50,000 stamps', 'published at 10:25 '.repeat(50_000)],
    ['a megabyte of bullets and quotes', '•"“'.repeat(330_000)],
    ['a megabyte of ", external"', 'Foo Bar, external '.repeat(60_000)],
    ['a megabyte of name-like words', 'Anna Maria '.repeat(100_000)],
  ])('returns on %s (no catastrophic backtracking)', (_name, text) => {
    expect(() => parsePage(text, OPTIONS)).not.toThrow();
  });
});

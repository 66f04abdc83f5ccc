import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/page';
import { publisherFixtures, structureOf } from '../support/fixtures';

const fixtures = publisherFixtures().filter((f) => f.extension === '.txt');

describe('parsePage on other publishers’ live pages and BBC copy damage (hand-labelled fixtures)', () => {
  describe.each(fixtures)('$name', (fixture) => {
    const { year, sourceTimeZone, date, captured, format, posts, entries } = fixture.expected;
    const page = parsePage(fixture.text, {
      year,
      timeZone: sourceTimeZone,
      ...(date ? { startDate: date } : {}),
      ...(captured ? { captured: Date.parse(captured) } : {}),
    });

    it(`is read as ${format}, with ${posts} posts`, () => {
      expect(page.format).toBe(format);
      expect(page.entries).toHaveLength(posts);
    });

    it.each(entries.map((want, i) => ({ want, i })))('reads post $i exactly as labelled', ({ want, i }) => {
      const { places: _places, ...structure } = want;
      expect(structureOf(page.entries[i] as never)).toEqual(structure);
    });
  });

  it('warns for each relative stamp it cannot place without the capture time, and guesses none', () => {
    const fixture = fixtures.find((f) => f.name === 'cnn/03-relative-no-capture');
    const page = parsePage(fixture?.text ?? '', { year: 2025, timeZone: 'America/New_York' });
    expect(page.entries.every((e) => e.publishedAt === null)).toBe(true);
    expect(page.warnings.filter((w) => /--captured/.test(w))).toHaveLength(page.entries.length);
  });

  it('reads a page in the format it is told to, whatever it looks like', () => {
    const fixture = fixtures.find((f) => f.name === 'guardian/01-key-events-bst');
    expect(
      parsePage(fixture?.text ?? '', { year: 2025, timeZone: 'Europe/London', format: 'generic' }).format,
    ).toBe('generic');
  });
});

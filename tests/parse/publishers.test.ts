import { describe, expect, it } from 'vitest';
import { warningText } from '../../src/core/warnings';
import { readDocument } from '../../src/parse/document';
import { parsePage } from '../../src/parse/page';
import { publisherFixtures, structureOf } from '../support/fixtures';

const fixtures = publisherFixtures();

describe('parsePage on other publishers’ live pages and BBC copy damage (hand-labelled fixtures)', () => {
  describe.each(fixtures)('$name', (fixture) => {
    const { year, sourceTimeZone, date, captured, format, posts, entries } = fixture.expected;
    const page = readDocument(fixture.text, {
      year,
      timeZone: sourceTimeZone,
      ...(date ? { startDate: date } : {}),
      ...(captured ? { captured: Date.parse(captured) } : {}),
    });

    it(`is read as ${format}, with ${posts} posts`, () => {
      expect(page.format).toBe(format);
      expect(page.entries).toHaveLength(posts);
    });

    if (fixture.extension === '.html')
      it('names the page’s headline and publisher', () => {
        expect({ title: page.title, publisher: page.publisher }).toEqual({
          title: fixture.expected.title,
          publisher: fixture.expected.publisher,
        });
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
    expect(page.warnings.filter((w) => /--captured/.test(warningText(w)))).toHaveLength(page.entries.length);
  });

  it('reads a page in the format it is told to, whatever it looks like', () => {
    const fixture = fixtures.find((f) => f.name === 'guardian/01-key-events-bst');
    expect(
      parsePage(fixture?.text ?? '', { year: 2025, timeZone: 'Europe/London', format: 'generic' }).format,
    ).toBe('generic');
  });
});

describe('readDocument(input) on saved pages', () => {
  it('never reads scripts, styles, comments or cookie banners as text', () => {
    const html = `<!doctype html><html><head><title>Live - Paper</title><style>p{color:red}</style>
      <script>var x = "published at 10:00 Greenwich Mean Time 1 May";</script></head><body>
      <!-- 09:00 published at 09:00 -->
      <div class="cookie-banner"><p>We use cookies</p></div>
      <main><p>18:20</p><p>Roads closed</p><p>The A62 is closed.</p><p>10:05</p><p>Fire breaks out</p><p>Crews are at the scene.</p></main>
      </body></html>`;
    const page = readDocument(html, { year: 2025, timeZone: 'Europe/London', startDate: '2025-06-14' });
    expect(page.format).toBe('generic');
    expect(page.entries.map((e) => e.title)).toEqual(['Roads closed', 'Fire breaks out']);
    const all = JSON.stringify(page.entries);
    for (const hidden of ['color:red', 'var x', 'cookies', '09:00']) expect(all).not.toContain(hidden);
    expect(page.title).toBe('Live');
    expect(page.publisher).toBe('Paper');
  });
});

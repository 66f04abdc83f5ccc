/**
 * The interface in German, Ukrainian and Arabic (issue #16): its words from each catalogue, plurals by
 * the language's rules, dates through Intl in its locale, the story's own words as published, and the
 * header's Language control.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Explorer } from '../../src/app/Explorer';
import { LoadError } from '../../src/app/LoadError';
import { buildChronology } from '../../src/core/chronology';
import { failureText } from '../../src/core/failures';
import { validateStory } from '../../src/core/validate';
import { activateLanguage, showLanguage, translate } from '../../src/i18n/i18n';
import { warningText, type Warning } from '../../src/core/warnings';
import { describeWarning } from '../../src/import/warnings';
import { describeImportProblem } from '../../src/import/problems';
import { textProblem } from '../../src/import/readInput';

vi.mock('../../src/map/StoryMap', () => ({ default: () => <div>map</div> }));

const { story } = validateStory(
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8')),
);
const chronology = buildChronology(story);
const KREMLIN = 'No contact between US and Russian officials - Kremlin';

const catalogue = (language: string) =>
  JSON.parse(readFileSync(resolve(process.cwd(), `src/i18n/locales/${language}.json`), 'utf8')) as Record<
    string,
    string
  >;

afterEach(async () => {
  window.history.replaceState(null, '', '/');
  await showLanguage('en');
});

/** What each language says for the sample: its 20 posts and the Kremlin post's time. */
const EXPECTED = {
  // The zone's name is the locale's own (CLDR's "GMT+0" in German and Ukrainian).
  de: { posts: '20 Beiträge', time: /10:25 GMT(\+0)?, 14\. Februar/ },
  uk: { posts: '20 дописів', time: /10:25 GMT(\+0)?, 14 лютого/ },
  ar: { posts: '20 منشورًا', time: /10:25 .+، 14 فبراير/ },
} as const;

describe.each(Object.keys(EXPECTED) as (keyof typeof EXPECTED)[])('in %s', (language) => {
  const t = catalogue(language);

  it('names the controls and regions in the language, and keeps the story as published', async () => {
    await activateLanguage(language);
    window.history.replaceState(null, '', '/');
    render(<Explorer story={story} chronology={chronology} />);
    expect(screen.getByRole('slider', { name: t['scrubber.label'] })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: t['explorer.timeline'] })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: t['zone.label'] })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: t['language.label'] })).toHaveValue(language);
    expect(screen.queryByRole('slider', { name: 'Time' })).toBeNull();
    // Plurals by the language's own rules (20 is `other` in German, `many` in Ukrainian and Arabic).
    expect(screen.getByRole('banner')).toHaveTextContent(EXPECTED[language].posts);
    // The story's words are not translated; its dates are written in the language.
    const post = screen.getByRole('article', { name: KREMLIN });
    expect(within(post).getByRole('heading', { name: KREMLIN })).toHaveAttribute('dir', 'auto');
    expect(post).toHaveTextContent(EXPECTED[language].time);
  });

  it('says why an import cannot go on in the language, numbers written its way', async () => {
    await activateLanguage(language);
    expect(textProblem('  ')).toBe(t['input.empty']);
    expect(describeImportProblem({ reason: 'gazetteer-status', status: 503 })).toBe(
      (t['importProblem.gazetteerStatus'] ?? '').replace('{status}', '503'),
    );
    const tooLong = textProblem('x'.repeat(15 * 1024 * 1024 + 1)) ?? '';
    expect(tooLong).toContain(language === 'de' || language === 'uk' ? '15,0 MB' : 'MB');
    expect(tooLong).not.toBe(catalogue('en')['input.tooLong']);
  });

  it('says why a story could not be loaded in the language', async () => {
    await activateLanguage(language);
    render(<LoadError error={{ reason: 'status', status: 404 }} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(t['loadError.title'] ?? '');
    expect(alert).toHaveTextContent((t['failure.status'] ?? '').replace('{status}', '404'));
    expect(alert).not.toHaveTextContent(failureText({ reason: 'status', status: 404 }));
  });
});

describe('the Language control', () => {
  it('changes the interface in place, keeps the rest of the address, and sets the page’s direction', async () => {
    window.history.replaceState(null, '', '/?tz=UTC');
    const user = userEvent.setup();
    render(<Explorer story={story} chronology={chronology} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ar');
    const ar = catalogue('ar');
    await waitFor(() =>
      expect(screen.getByRole('slider', { name: ar['scrubber.label'] })).toBeInTheDocument(),
    );
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('ar');
    expect(new URLSearchParams(window.location.search).get('tz')).toBe('UTC');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    // Every option names its language in itself.
    expect(screen.getByRole('option', { name: 'Deutsch' })).toHaveAttribute('lang', 'de');
    await user.selectOptions(screen.getByRole('combobox', { name: ar['language.label'] }), 'en');
    await waitFor(() => expect(screen.getByRole('slider', { name: 'Time' })).toBeInTheDocument());
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });
});

/** One of each warning the parser gives, as it gives them. */
const WARNINGS: Warning[] = [
  { code: 'not-utf8' },
  { code: 'control-chars', count: 1 },
  { code: 'control-chars', count: 2 },
  { code: 'time-no-date', line: 3, time: '10:00' },
  { code: 'time-ago', line: 4, minutes: 12 },
  { code: 'no-stamps', line: 1 },
  { code: 'skipped-furniture', line: 1, text: '"LIVE"' },
  { code: 'skipped-before-post', line: 2, text: '"Intro…"' },
  { code: 'second-stamp', line: 9, text: '"published at 10:52"', post: 8, kept: 'GMT' },
  { code: 'second-stamp', line: 9, text: '"published at 10:52"', post: 8, kept: 'first' },
  { code: 'events-cut', post: 1, count: 1200, max: 1000 },
  ...(
    ['title', 'listItem', 'imageAlt', 'imageCaption', 'imageCredit', 'caption', 'paragraph', 'quote'] as const
  ).map((part): Warning => ({ code: 'text-cut', post: 2, part, length: 200_000, max: 100_000 })),
  { code: 'paragraph-split', post: 1, length: 250_000, parts: 3 },
  { code: 'list-cut', post: 1, count: 600, max: 500 },
  { code: 'links-cut', post: 1, count: 300, max: 200 },
  { code: 'blocks-cut', post: 1, count: 600, max: 500 },
  { code: 'labels-cut', post: 1, count: 40, max: 20 },
  { code: 'places-cut', post: 1, count: 600, max: 500 },
  { code: 'mentions-cut', post: 1, count: 5200, max: 5000 },
];

describe('the parser’s warnings in the import’s review', () => {
  it('are said in English exactly as the command line writes them', async () => {
    await activateLanguage('en');
    for (const w of WARNINGS) expect(describeWarning(translate, w)).toBe(warningText(w));
  });

  it.each(['de', 'uk', 'ar'])('are all said in %s, none left in English', async (language) => {
    await activateLanguage(language as 'de');
    for (const w of WARNINGS) {
      const said = describeWarning(translate, w);
      expect(said).not.toBe(warningText(w));
      expect(said).not.toMatch(/\{|\}/);
    }
  });
});

describe('the English catalogue', () => {
  it('writes counts as the interface always did: plain numbers, singular for one', async () => {
    await activateLanguage('en');
    expect(translate('header.posts', { count: 10_000 })).toBe('10000 posts');
    expect(translate('header.posts', { count: 1 })).toBe('1 post');
    expect(translate('list.countOf', { shown: 1500, total: 12_000 })).toBe('1500 of 12000 posts');
  });

  it('shows a story’s words as written, backslashes included', async () => {
    await activateLanguage('en');
    expect(translate('map.placeName', { place: 'Odd \\u0041 \\x41 name', count: 2 })).toBe(
      'Odd \\u0041 \\x41 name, 2 posts',
    );
  });

  it('says every failure as the loaders and the command line do', async () => {
    await activateLanguage('en');
    const en = catalogue('en');
    expect(en['failure.network']).toBe(failureText({ reason: 'network' }));
    render(<LoadError error={{ reason: 'not-a-story', kind: 'list' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent(failureText({ reason: 'not-a-story', kind: 'list' }));
  });
});

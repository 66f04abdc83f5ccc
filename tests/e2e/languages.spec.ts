import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

type Catalogue = Record<string, string>;
const catalogue = (language: string) =>
  JSON.parse(
    readFileSync(new URL(`../../src/i18n/locales/${language}.json`, import.meta.url), 'utf8'),
  ) as Catalogue;

const KREMLIN = 'No contact between US and Russian officials - Kremlin';
const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

test.describe('the interface in each language (issue #16)', () => {
  for (const { code, dir } of LANGUAGES) {
    test(`?lang=${code}: the interface in it, the story as published, and axe passes`, async ({ page }) => {
      const t = catalogue(code);
      await page.goto(`./?lang=${code}`);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.getByRole('slider', { name: t['scrubber.label'] })).toBeVisible();
      await expect(page.getByRole('combobox', { name: t['language.label'] })).toHaveValue(code);
      await expect(page.getByRole('combobox', { name: t['zone.label'] })).toBeVisible();
      await expect(page.getByRole('button', { name: t['map.zoomIn'], exact: true })).toBeVisible();
      // The story's own words are not translated.
      await expect(page.getByRole('article', { name: KREMLIN })).toBeVisible();
      await expect(page.locator('.leaflet-control-attribution')).toContainText(t['map.creditPlaces'] ?? '');
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations).toEqual([]);
    });
  }

  test('the import page in Arabic: its words, its Language control, and axe passes', async ({ page }) => {
    const t = catalogue('ar');
    await page.goto('./?import=1&lang=ar');
    await expect(page.getByRole('heading', { level: 1, name: t['import.title'] })).toBeVisible();
    await expect(page.getByRole('combobox', { name: t['language.label'] })).toHaveValue('ar');
    await page.getByRole('button', { name: t['input.make'] }).click();
    await expect(page.getByText(t['input.empty'] ?? '')).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
  });

  test('the Arabic interface is mirrored, and its time axis runs left to right', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./?lang=ar');
    const t = catalogue('ar');
    const slider = page.getByRole('slider', { name: t['scrubber.label'] });
    await expect(slider).toBeVisible();
    // The map, first in reading order, is on the right of the list in a right-to-left page.
    const list = await page.locator('.explorer-timeline').boundingBox();
    const map = await page.locator('.explorer-map').boundingBox();
    expect(list && map && map.x > list.x).toBe(true);
    // The story's own English keeps its own direction.
    const title = page.getByRole('article', { name: KREMLIN }).locator('.entry-title');
    await expect(title).toHaveJSProperty('dir', 'auto');
    const paragraph = page.getByRole('article', { name: KREMLIN }).locator('.entry-body p').first();
    expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe('ltr');
    expect(await page.locator('.app-header').evaluate((h) => getComputedStyle(h).direction)).toBe('rtl');
    // The scrubber's start is on the left: Home puts the thumb at the track's left end.
    await slider.focus();
    await page.keyboard.press('Home');
    const track = await slider.boundingBox();
    const thumb = await page.locator('.scrubber-thumb').boundingBox();
    expect(track && thumb && thumb.x - track.x < track.width / 4).toBe(true);
    await saveScreenshot(page, 'language-ar-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(slider).toBeVisible();
    await saveScreenshot(page, 'language-ar-phone');
  });

  test('the header’s Language control changes the interface in place and keeps the view', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('article', { name: KREMLIN }).click();
    await expect(page).toHaveURL(/entry=/);
    const entry = new URL(page.url()).searchParams.get('entry');
    const picker = page.getByRole('combobox', { name: 'Language' });
    await picker.focus();
    await picker.selectOption('ar');
    const ar = catalogue('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page).toHaveURL(/[?&]lang=ar(&|$)/);
    expect(new URL(page.url()).searchParams.get('entry')).toBe(entry);
    await expect(page.getByRole('slider', { name: ar['scrubber.label'] })).toBeVisible();
    // The control keeps the focus through the redraw.
    await expect(page.getByRole('combobox', { name: ar['language.label'] })).toBeFocused();
    await page.getByRole('combobox', { name: ar['language.label'] }).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('slider', { name: 'Time' })).toBeVisible();
  });

  test.describe('in a German browser', () => {
    test.use({ locale: 'de-DE' });

    test('with no `lang`, the interface follows the browser’s language, dates too', async ({ page }) => {
      const t = catalogue('de');
      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
      await expect(page.getByRole('slider', { name: t['scrubber.label'] })).toBeVisible();
      await expect(page.getByRole('article', { name: KREMLIN })).toContainText('14. Februar');
      await page.goto('./?lang=en');
      await expect(page.getByRole('slider', { name: 'Time' })).toBeVisible();
    });
  });
});

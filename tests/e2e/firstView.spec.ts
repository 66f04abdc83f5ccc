/**
 * The prerendered first view: the bare page draws the sample story and its map from HTML and CSS before
 * any script runs, lines up with the live map that replaces it, and never stands in for another view.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const firstView = (page: Page) => page.locator('#first-view');

/** Holds the app's script back until `release` is called, so the first view can be looked at. */
async function holdScript(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/index-*.js', async (route) => {
    await released;
    await route.fallback();
  });
  return release;
}

/** The centre of an element on the screen, once the page is parsed and its stylesheets have loaded. */
async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  await page.waitForFunction(
    () =>
      document.readyState !== 'loading' &&
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet),
  );
  const element = page.locator(selector).first();
  await expect(element).toBeVisible();
  const box = await element.boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test.describe('the first view', () => {
  test('shows the story, its map and markers with no script at all, under the strict CSP', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto('./');
    await expect(firstView(page).locator('h1')).toContainText('Munich Security Conference');
    await expect(firstView(page).locator('article')).toHaveCount(20);
    await expect(
      firstView(page).locator('.first-view-marker:visible', { hasText: /^Munich$/ }),
    ).toBeVisible();
    await expect(firstView(page).locator('.static-basemap-land').first()).toBeVisible();
    await expect(firstView(page).locator('.static-credits')).toContainText('GeoNames (CC BY 4.0)');
    // A picture of the page: nothing in it is offered to assistive technology or takes focus.
    await expect(page.getByRole('article')).toHaveCount(0);
    await expect(firstView(page)).toHaveAttribute('inert', '');
    await page.screenshot({ path: 'test-results/screenshots/first-view.png' });
    expect(errors, 'no style or script refused by the Content Security Policy').toEqual([]);
    await context.close();
  });

  test('puts its markers where the live map puts them, then gives way to the live explorer', async ({
    page,
  }) => {
    const release = await holdScript(page);
    await page.goto('./', { waitUntil: 'commit' });
    await expect(firstView(page)).toBeVisible();
    const pictured = await centreOf(
      page,
      '#first-view .first-view-marker:visible:has(.marker-label:text-is("Munich"))',
    );
    await saveScreenshot(page, 'first-view');
    release();
    await expect(page.getByRole('button', { name: /^Munich, \d+ posts$/ })).toBeVisible();
    await expect(firstView(page)).toHaveCount(0);
    const live = await centreOf(page, '.leaflet-marker-icon[aria-label^="Munich"]');
    expect(Math.abs(live.x - pictured.x)).toBeLessThanOrEqual(2);
    expect(Math.abs(live.y - pictured.y)).toBeLessThanOrEqual(2);
    await expect(page.getByRole('article')).toHaveCount(20);
  });

  test('leaves its land under the live map until the basemap is drawn', async ({ page }) => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/basemap/countries-110m.json', async (route) => {
      await released;
      await route.fallback();
    });
    await page.goto('./');
    await expect(page.getByRole('button', { name: /^Munich, \d+ posts$/ })).toBeVisible();
    await expect(firstView(page)).toHaveCount(0);
    const land = page.locator('.story-map .land-picture');
    await expect(land).toBeVisible();
    await saveScreenshot(page, 'first-view-handover');
    release();
    await expect(page.locator('.story-map .basemap-land').first()).toBeAttached();
    await expect(land).toHaveCount(0);
  });

  for (const [width, height, where] of [
    [390, 844, 'a phone, where the map opens further out'],
    [1920, 1080, 'a large screen, where the map opens closer in'],
  ] as const) {
    test(`lines up on ${where}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const release = await holdScript(page);
      await page.goto('./', { waitUntil: 'commit' });
      const pictured = await centreOf(
        page,
        '#first-view .first-view-marker:visible:has(.marker-label:text-is("Munich"))',
      );
      release();
      await expect(page.getByRole('button', { name: /^Munich, \d+ posts$/ })).toBeVisible();
      const live = await centreOf(page, '.leaflet-marker-icon[aria-label^="Munich"]');
      expect(Math.abs(live.x - pictured.x)).toBeLessThanOrEqual(2);
      expect(Math.abs(live.y - pictured.y)).toBeLessThanOrEqual(2);
    });
  }

  test('is never shown for a shared moment, an embed or another story', async ({ page }) => {
    const release = await holdScript(page);
    for (const query of ['?entry=20250214-1025-1ggb5w', '?embed=1', '?data=./data/sample.json']) {
      await page.goto(`./${query}`, { waitUntil: 'commit' });
      await expect(firstView(page)).toBeAttached();
      await expect(firstView(page)).toBeHidden();
    }
    release();
    await expect(page.getByRole('article')).toHaveCount(20);
    await expect(firstView(page)).toHaveCount(0);
  });
});

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Records CSP violations and dialogs (alert, confirm) a payload might open. */
async function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  return {
    dialogs,
    violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  };
}

test.describe('under a strict Content Security Policy', () => {
  test('the production build runs with no violations in the explorer, presentation and handout', async ({
    page,
  }) => {
    const seen = await watch(page);
    const response = await page.goto('./');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['content-security-policy']).not.toContain('unsafe-inline');
    await expect(page.locator('.place-marker').first()).toBeVisible();
    await page
      .getByRole('button', { name: /^Munich/ })
      .first()
      .click();
    await page.goto('./?present=1');
    await expect(page.locator('.present-slide')).toBeVisible();
    await page.goto('./?print=1');
    await expect(page.locator('.print-map path').first()).toBeAttached();
    expect(await seen.violations()).toEqual([]);
  });
});

test.describe('hostile URL parameters', () => {
  const script = '<script>alert(1)</script>';
  const img = '"><img src=x onerror=alert(2)>';
  const query = new URLSearchParams({
    t: script,
    entry: img,
    place: 'javascript:alert(3)',
    q: img,
    order: script,
    embed: script,
    present: img,
    print: 'javascript:alert(4)',
    from: 'not-a-time',
    to: '9999-99-99T99:99Z',
    tiles: 'javascript:alert(5)//{z}/{x}/{y}',
    childId: script,
  }).toString();

  test('are ignored safely: nothing runs, the story shows, the search shows the text as text', async ({
    page,
  }) => {
    const seen = await watch(page);
    await page.goto(`./?${query}`);
    await expect(page.getByRole('slider', { name: 'Time' })).toHaveAttribute('aria-valuetext', /^10:25 GMT/);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(img);
    await expect(page.getByText(/No posts match/)).toBeVisible();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(seen.dialogs).toEqual([]);
    expect(await seen.violations()).toEqual([]);
  });

  test('a data URL from another origin or scheme is refused with a message', async ({ page }) => {
    for (const data of [
      'javascript:alert(1)',
      'https://evil.example/story.json',
      'data:application/json,{}',
    ]) {
      await page.goto(`./?data=${encodeURIComponent(data)}`);
      await expect(page.getByRole('alert')).toContainText(/not allowed|must be an http or https URL/);
    }
  });
});

test.describe('hostile stories', () => {
  const sample = () =>
    JSON.parse(readFileSync(new URL('../../public/data/sample.json', import.meta.url), 'utf8'));

  test('a title of 99,999 characters without a space wraps: the page is no wider than the window', async ({
    page,
  }) => {
    const story = sample();
    story.entries[0].title = 'W'.repeat(99_999);
    // Opened as a teacher would open a story file: pasted into Import, then opened in the explorer.
    await page.goto('./?import=1');
    await page.getByLabel('Page text').fill(JSON.stringify(story));
    await page.getByRole('button', { name: 'Make the map' }).click();
    await page.getByRole('button', { name: 'Open in explorer' }).click();
    await expect(page).toHaveURL(/story=/);
    await expect(page.getByRole('article')).toHaveCount(20);
    await expect(page.locator('article h2').first()).toContainText('W'.repeat(100));
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
    // Nor does the post scroll sideways inside the list.
    const list = page.locator('.entry-list');
    expect(await list.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    // And the title itself stays inside its post (a post clips what overflows it, hiding the rest).
    const title = page.locator('article h2').first();
    expect(await title.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  });

  test('a data address too long to be a link says so, and never shows the sample instead', async ({
    page,
  }) => {
    await page.goto(`./?data=${encodeURIComponent(`./data/${'x'.repeat(2100)}.json`)}`);
    await expect(page.getByRole('alert')).toContainText(/too long/i);
    await expect(page.getByRole('article')).toHaveCount(0);
    await expect(page.getByText('Munich Security Conference')).toHaveCount(0);
  });
});

test.describe('a failing network', () => {
  test('retries the story with backoff, then offers Retry, which works once the server answers', async ({
    page,
    guard,
  }) => {
    guard.expected.push(/status of 503/);
    let fail = true;
    let attempts = 0;
    await page.route('**/data/sample.json', (route) => {
      attempts++;
      return fail ? route.fulfill({ status: 503, body: 'busy' }) : route.fallback();
    });
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('the server answered 503', { timeout: 15_000 });
    expect(attempts).toBeGreaterThanOrEqual(3);
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('article')).toHaveCount(20);
  });

  test('a slow story shows the loading skeleton first', async ({ page }) => {
    // The story is held back until the test has seen the skeleton, then let through.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname.endsWith('/data/sample.json'),
      async (route) => {
        await held;
        await route.fallback();
      },
    );
    // A story named in the URL: the prerendered first view (the bare page's) does not stand in for it.
    // (The page's load event waits for the held story, which the page preloads.)
    await page.goto('./?data=./data/sample.json', { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('status')).toContainText('Loading the story');
    await expect(page.getByRole('article')).toHaveCount(0);
    release();
    await expect(page.getByRole('article')).toHaveCount(20, { timeout: 15_000 });
  });

  test('raster tiles that fail leave the vector basemap in place', async ({ page, guard }) => {
    await page.goto('./?tiles=osm');
    await expect(page.locator('.basemap-land').first()).toBeAttached();
    await expect
      .poll(() => guard.blocked.filter((u) => u.includes('tile.openstreetmap.org')).length)
      .toBeGreaterThan(3);
    await expect(page.locator('.leaflet-tile-pane img')).toHaveCount(0, { timeout: 10_000 });
    await expect(page.locator('.place-marker').first()).toBeVisible();
    await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
  });
});

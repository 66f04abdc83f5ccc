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

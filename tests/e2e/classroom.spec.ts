import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { mapAtRest } from './map';
import { saveScreenshot } from './screenshots';

test.describe('presentation mode', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('P presents one post at a time over the map, with clicker keys, blanking and Esc', async ({
    page,
  }) => {
    await page.goto('./?entry=20250214-0707-06pf6g');
    await expect(page.getByRole('article').first()).toBeVisible();
    await page.getByRole('slider', { name: 'Time' }).focus();
    await page.keyboard.press('p');
    await expect(page).toHaveURL(/present=1/);
    const slide = page.locator('.present-slide');
    await expect(slide.getByRole('heading', { level: 2 })).toContainText(
      "'Don't lecture or ignore each other'",
    );
    await expect(page.getByText('1 of 20')).toBeVisible();
    const bodySize = await slide
      .locator('p')
      .nth(1)
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(28);

    for (const key of ['ArrowRight', 'PageDown', ' ']) await page.keyboard.press(key);
    await expect(page.getByText('4 of 20')).toBeVisible();
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText(
      "Macron reacts to Trump's 'electro-shock' return as he weighs in on Ukraine",
    );
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageUp');
    await expect(page.getByText('2 of 20')).toBeVisible();
    await expect(page.locator('.present-map .place-marker[aria-current="true"]')).not.toHaveCount(0);
    await mapAtRest(page);
    await saveScreenshot(page, 'present');
    // The map frames the post's places beside the slide, not under it.
    const card = await slide.boundingBox();
    const marker = await page
      .locator('.present-map .place-marker[aria-current="true"]')
      .first()
      .boundingBox();
    expect(card && marker).toBeTruthy();
    if (card && marker) expect(marker.x).toBeGreaterThan(card.x + card.width);

    await page.keyboard.press('b');
    await expect(page.getByRole('button', { name: /Screen blanked/ })).toBeVisible();
    await page.keyboard.press('.');
    await expect(page.getByRole('button', { name: /Screen blanked/ })).toHaveCount(0);

    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/present=1/);
    await expect(page.getByRole('slider', { name: 'Time' })).toHaveAttribute('aria-valuetext', /^07:14 GMT/);
  });

  test('starts at the beginning: P with no click first, and a lesson link, open on the oldest post', async ({
    page,
  }) => {
    await page.goto('./');
    // Loaded: the live app has taken over from the prerendered first view.
    await expect(page.locator('#first-view')).toHaveCount(0);
    await expect(page.getByRole('slider', { name: 'Time' })).toBeVisible();
    // No click and no focus: the key reaches the page itself.
    await page.keyboard.press('p');
    await expect(page).toHaveURL(/present=1/);
    await expect(page.getByText('1 of 20')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('2 of 20')).toBeVisible();

    await page.goto('./?from=2025-02-14T07:50:00Z&to=2025-02-14T08:30:00Z&present=1');
    await expect(page.getByText('1 of 4')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('2 of 4')).toBeVisible();
  });

  test('on a projector (1920×1080) place labels are at least 20 px, and cluster numbers sit inside their bubbles', async ({
    page,
  }) => {
    await page.goto('./?present=1&entry=20250214-0758-124nfu');
    await expect(page.locator('.present-slide')).toBeVisible();
    await expect(page.locator('.present-map .marker-label').first()).toBeVisible();
    await mapAtRest(page);
    const labels = await page
      .locator('.present-map .marker-label, .present-map .area-label > span')
      .evaluateAll((els) =>
        els
          .filter((e) => e.getBoundingClientRect().width > 0)
          .map((e) => ({ text: e.textContent, px: parseFloat(getComputedStyle(e).fontSize) })),
      );
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label.px, label.text ?? '').toBeGreaterThanOrEqual(20);
    const clusters = await page.locator('.present-map .cluster-marker').evaluateAll((els) =>
      els.map((e) => {
        const bubble = e.getBoundingClientRect();
        const number = e.querySelector('span')?.getBoundingClientRect();
        return number
          ? number.left >= bubble.left &&
              number.right <= bubble.right &&
              number.top >= bubble.top &&
              number.bottom <= bubble.bottom
          : false;
      }),
    );
    for (const inside of clusters) expect(inside).toBe(true);
  });

  test('?present=1 opens the presentation and autoplay moves on by itself', async ({ page }) => {
    await page.clock.install();
    await page.goto('./?present=1&entry=20250214-0707-06pf6g');
    await expect(page.getByText('1 of 20')).toBeVisible();
    await page.getByLabel('Pace').selectOption('10');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.clock.runFor(10_500);
    await expect(page.getByText('2 of 20')).toBeVisible();
  });
});

test.describe('lesson links', () => {
  test('from and to limit the story to a part of it', async ({ page }) => {
    await page.goto('./?from=2025-02-14T07:50:00Z&to=2025-02-14T08:30:00Z');
    await expect(page.getByRole('article')).toHaveCount(4);
    await expect(page.getByRole('slider', { name: 'Time' })).toHaveAttribute('aria-valuetext', /^08:25 GMT/);
  });
});

test.describe('lesson links that lose nothing', () => {
  test('an inverted range says so and shows the whole story', async ({ page }) => {
    await page.goto('./?from=2025-02-14T09:00:00Z&to=2025-02-14T08:00:00Z');
    await expect(page.getByRole('status').filter({ hasText: /after|before|inverted/i })).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(20);
  });

  test('a range to 08:25 keeps the post shown as 08:25, and one ending at 08:24 does not', async ({
    page,
  }) => {
    await page.goto('./?from=2025-02-14T07:50Z&to=2025-02-14T08:25Z');
    await expect(page.getByRole('article')).toHaveCount(4);
    await expect(page.getByRole('article').filter({ hasText: '08:25 GMT' })).toHaveCount(1);
    await page.goto('./?from=2025-02-14T07:50Z&to=2025-02-14T08:24Z');
    await expect(page.getByRole('article')).toHaveCount(3);
    await expect(page.getByRole('article').filter({ hasText: '08:25 GMT' })).toHaveCount(0);
  });
});

test.describe('presenting with the map focused', () => {
  test('← and → change slides, not the map', async ({ page }) => {
    await page.goto('./?present=1');
    await expect(page.getByText('1 of 20')).toBeVisible();
    const map = page.locator('.present-map .leaflet-container');
    await map.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('2 of 20')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByText('1 of 20')).toBeVisible();
    // The keys went to the slides while the map kept the focus.
    await expect(map).toBeFocused();
  });
});

test.describe('lesson builder', () => {
  test('the Share dialog builds a lesson link from a first and a last post, which opens on the first', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    // Posts are offered by time and title, oldest first.
    await expect(dialog.getByLabel('First post').locator('option').first()).toHaveText(
      /^07:07 GMT · 'Don't lecture or ignore each other'/,
    );
    await expect(dialog.getByLabel('First post').locator('option[value="20250214-0758-124nfu"]')).toHaveText(
      /^07:58 GMT · Life on the front line/,
    );
    await dialog.getByLabel('First post').selectOption('20250214-0758-124nfu');
    await dialog.getByLabel('Last post').selectOption('20250214-0825-1mxs5g');
    const link = await dialog.getByLabel('Lesson link').inputValue();
    const params = new URL(link).searchParams;
    expect(params.get('from')).toBe('2025-02-14T07:58:00Z');
    expect(params.get('to')).toBe('2025-02-14T08:25:00Z');
    expect(params.get('entry')).toBe('20250214-0758-124nfu');
    await dialog.getByRole('button', { name: 'Copy lesson link' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Lesson link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await page.goto(link);
    await expect(page.getByRole('article')).toHaveCount(4);
    await expect(page.getByRole('note')).toContainText('Posts 07:58–08:25 of 20');
    await expect(page.getByRole('slider', { name: 'Time' })).toHaveAttribute('aria-valuetext', /^07:58 GMT/);
  });
});

test.describe('handout', () => {
  test('prints the map and the chronology to A4 and Letter', async ({ page }) => {
    await page.goto('./?print=1');
    await expect(page.getByRole('heading', { name: 'Chronology' })).toBeVisible();
    await expect(page.locator('.print-map path').first()).toBeAttached();
    await expect(page.locator('.handout-entry')).toHaveCount(20);
    const first = page.locator('.handout-entry').first();
    await expect(first).toContainText('07:07 GMT, 14 February');
    await expect(first).toContainText('Places: Munich, United States, Russia, Ukraine');
    await expect(first.getByRole('link')).toHaveAttribute('href', /\?entry=20250214-0707-06pf6g$/);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await saveScreenshot(page, 'handout');
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, format).toBeGreaterThanOrEqual(2);
      // No paper wasted: the sample's 20 posts on four pages, the chronology starting under the map.
      expect(pages, format).toBeLessThanOrEqual(4);
    }
  });
});

test.describe('printing the explorer', () => {
  test('Ctrl+P prints the handout, not the screen, and the explorer is as it was after', async ({ page }) => {
    await page.goto('./?entry=20250214-0758-124nfu');
    await expect(page.locator('#first-view')).toHaveCount(0);
    // The handout's code arrives while the page is idle.
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance.getEntriesByType('resource').some((e) => /HandoutView-[\w-]+\.js$/.test(e.name)),
        ),
      )
      .toBe(true);
    // What the browser does on Ctrl+P: tell the page it is about to print, then lay it out for paper.
    // The file fetched is not yet the module run (and its own imports fetched): on a busy machine the
    // first Ctrl+P may come before it is; the reader would press it again, and so does the test.
    await page.emulateMedia({ media: 'print' });
    await expect
      .poll(async () => {
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        return page.getByRole('heading', { name: 'Chronology' }).count();
      })
      .toBe(1);
    await expect(page.getByRole('heading', { name: 'Chronology' })).toBeVisible();
    await expect(page.getByRole('slider', { name: 'Time' })).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('heading', { name: 'Chronology' })).toHaveCount(0);
    await expect(page.getByRole('slider', { name: 'Time' })).toHaveAttribute('aria-valuetext', /^07:58 GMT/);
  });
});

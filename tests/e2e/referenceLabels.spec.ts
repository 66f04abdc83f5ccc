import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mapAtRest } from './map';
import { saveScreenshot } from './screenshots';

interface Rect {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.describe('a map with context (issue #15 point 7)', () => {
  test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

  test('countries, capitals and seas are named, muted, and never over the story’s marks', async ({
    page,
  }) => {
    await page.goto('./');
    await mapAtRest(page);
    const labels = page.locator('.ref-label');
    await expect.poll(() => labels.count()).toBeGreaterThan(8);
    await expect(page.locator('.ref-label--sea', { hasText: 'Black Sea' })).toBeVisible();
    await expect(page.locator('.ref-label--country', { hasText: 'Norway' })).toBeVisible();
    await expect(page.locator('.ref-label--capital').first()).toBeVisible();
    // Decorative: hidden from assistive technology (the table of places is the map's alternative).
    await expect(page.locator('.leaflet-referenceLabels-pane')).toHaveAttribute('aria-hidden', 'true');

    await expectNothingCovered(page);
    await saveScreenshot(page, 'reference-labels');
  });

  test('the story’s region circles carry their names, where they fit', async ({ page }) => {
    await page.goto('./?t=2025-02-14T07:23:00Z');
    await mapAtRest(page);
    const regions = page.locator('.ref-label--region');
    await expect
      .poll(() => regions.allTextContents())
      .toEqual(expect.arrayContaining(['Luhansk region', 'Zaporizhzhia region']));
    await expectNothingCovered(page);
  });

  test('country names are in the reader’s language', async ({ page }) => {
    await page.goto('./?lang=de');
    await mapAtRest(page);
    await expect(page.locator('.ref-label--country', { hasText: 'Norwegen' })).toBeVisible();
    await expect(page.locator('.ref-label--country', { hasText: /^Norway$/ })).toHaveCount(0);
  });
});

/** No reference label over a story mark, another label, or the map's edge (once they have settled). */
async function expectNothingCovered(page: Page) {
  await expect.poll(() => covered(page)).toEqual([]);
}

async function covered(page: Page): Promise<string[]> {
  const rects = (selector: string) =>
    page.locator(selector).evaluateAll((elements) =>
      elements
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
        })
        .filter((r) => r.width > 0 && r.height > 0),
    );
  const refs = await rects('.ref-label');
  const marks = await rects('.place-marker, .cluster-marker, .marker-label, .area-label, .edge-pointer');
  const map = await page.locator('.story-map').boundingBox();
  const problems: string[] = [];
  for (const r of refs) {
    for (const m of marks) if (overlap(r, m)) problems.push(`${r.text} over ${m.text}`);
    for (const o of refs) if (o !== r && overlap(r, o)) problems.push(`${r.text} over ${o.text}`);
    if (!map || r.x < map.x || r.x + r.width > map.x + map.width) problems.push(`${r.text} cut`);
  }
  return problems;
}

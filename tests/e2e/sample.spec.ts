import { expect, test } from './fixtures';
import { mapAtRest } from './map';
import { saveScreenshot } from './screenshots';

test.describe('the sample story', () => {
  test('shows every post beside a map with Munich, Warsaw, Chernobyl, Kyiv and Malokaterynivka', async ({
    page,
    guard,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Munich Security Conference');
    await expect(page.getByRole('article')).toHaveCount(20);
    const map = page.getByRole('region', { name: 'Map' });
    for (const name of ['Munich', 'Warsaw', 'Chernobyl', 'Kyiv', 'Malokaterynivka']) {
      await expect(map.getByRole('button', { name: new RegExp(name) }).first()).toBeVisible();
    }
    await expect(page.locator('.basemap-land').first()).toBeAttached();
    await mapAtRest(page);
    await saveScreenshot(page, 'screenshot');
    expect(guard.blocked).toEqual([]);
  });
});

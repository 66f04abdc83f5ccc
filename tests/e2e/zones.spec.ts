import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const KREMLIN = 'No contact between US and Russian officials - Kremlin';
const FRONT_LINE = "Life on the front line: 'If I wake up in the morning, that's already pretty good'";

test.describe('time zones (issue #16)', () => {
  test('each post in the local time of its place, from the zone grid, and the control to change it', async ({
    page,
  }) => {
    await page.goto('./?tz=place');
    const picker = page.getByRole('combobox', { name: 'Time zone' });
    await expect(picker).toHaveValue('place');
    const post = (title: string) => page.getByRole('article', { name: title });
    await expect(post(FRONT_LINE)).toContainText('09:58 EET, 14 February');
    await expect(post(KREMLIN)).toContainText('13:25 GMT+3, 14 February');
    await expect(page.getByRole('slider', { name: 'Time' })).toHaveAttribute(
      'aria-valuetext',
      `13:25 GMT+3, 14 February: ${KREMLIN}`,
    );
    const axe = await new AxeBuilder({ page }).include('.app-header').analyze();
    expect(axe.violations).toEqual([]);

    await picker.selectOption('UTC');
    await expect(page).toHaveURL(/[?&]tz=UTC(&|$)/);
    await expect(post(KREMLIN)).toContainText('10:25 UTC, 14 February');
    await picker.selectOption('source');
    await expect(page).not.toHaveURL(/tz=/);
    await expect(post(KREMLIN)).toContainText('10:25 GMT, 14 February');
  });

  test.describe('in a reader’s own zone', () => {
    test.use({ timezoneId: 'America/New_York' });

    test('`tz=reader` shows the browser’s zone, and the control names it', async ({ page }) => {
      await page.goto('./?tz=reader');
      await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('reader');
      await expect(page.getByRole('option', { name: 'Yours (America/New_York)' })).toBeAttached();
      await expect(page.getByRole('article', { name: KREMLIN })).toContainText('05:25 GMT-5, 14 February');
    });
  });

  test('an unknown zone falls back to the story’s own, with no error', async ({ page }) => {
    await page.goto('./?tz=Mars%2FOlympus_Mons');
    await expect(page.getByRole('article', { name: KREMLIN })).toContainText('10:25 GMT, 14 February');
    await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('source');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('the handout and the embed follow `tz`', async ({ page }) => {
    await page.goto('./?print=1&tz=Asia%2FTokyo');
    await expect(page.locator('.handout-entry').filter({ hasText: KREMLIN })).toContainText(
      '19:25 GMT+9, 14 February',
    );
    await page.goto('./?embed=1&tz=UTC');
    await expect(page.getByRole('article')).toContainText('10:25 UTC, 14 February');
  });
});

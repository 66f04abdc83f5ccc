/** Screenshots the suite takes: kept in test-results, and written to docs/ with UPDATE_SCREENSHOTS=1. */
import type { Page } from '@playwright/test';

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
  if (process.env.UPDATE_SCREENSHOTS === '1') await page.screenshot({ path: `docs/${name}.png` });
}

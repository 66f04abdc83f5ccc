/** Waiting on the map: a fit to the current post is pending or flying while the map carries `data-fit`. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Resolves once every story map in `scope` has finished moving to the current post. */
export async function mapAtRest(scope: Page | Locator): Promise<void> {
  const maps = scope.locator('.story-map');
  await expect(maps.first()).toBeVisible();
  await expect(scope.locator('.story-map[data-fit]')).toHaveCount(0);
}

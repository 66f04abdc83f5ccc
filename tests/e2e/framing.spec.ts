import { expect, test } from './fixtures';
import { mapAtRest } from './map';
import { saveScreenshot } from './screenshots';

const POINTER = /^Washington, D\.C\., off the map to the west: show it$/;

test.describe('sensible framing (issue #15 point 8)', () => {
  test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

  test('a far place is a labelled pointer at the map’s edge, and choosing it moves the map there', async ({
    page,
  }) => {
    await page.goto('./');
    const slider = page.getByRole('slider', { name: 'Time' });
    await expect(slider).toBeVisible();
    await mapAtRest(page);
    const map = page.locator('.story-map');
    const box = await map.boundingBox();
    if (!box) throw new Error('no map');

    // The newest post (Moscow, the Kremlin and Washington) opens on Europe, with Washington pointed to.
    const pointer = page.getByRole('button', { name: POINTER });
    await expect(pointer).toBeVisible();
    const at = await pointer.boundingBox();
    expect(at && at.x < box.x + box.width / 4).toBe(true);

    // The post before it (Downing Street, Brussels and Washington) is framed on London and Brussels, close
    // enough to tell them apart, not zoomed out across the Atlantic.
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', /^10:09 GMT/);
    const apart = async () => {
      const london = await page.locator('.place-marker', { hasText: 'Downing Street' }).first().boundingBox();
      const brussels = await page.locator('.place-marker', { hasText: 'Brussels' }).first().boundingBox();
      return london && brussels ? Math.abs(brussels.x - london.x) : 0;
    };
    await expect.poll(apart).toBeGreaterThan(150);
    await mapAtRest(page);
    await expect(pointer).toBeVisible();
    await saveScreenshot(page, 'far-place-pointer');

    await pointer.click();
    await expect(pointer).toHaveCount(0);
    await mapAtRest(page);
    const washington = page.getByRole('button', { name: /^(?!.*off the map).*Washington, D\.C\./ }).first();
    await expect(washington).toBeVisible();
    const there = await washington.boundingBox();
    expect(
      there &&
        there.x >= box.x &&
        there.x + there.width <= box.x + box.width &&
        there.y >= box.y &&
        there.y + there.height <= box.y + box.height,
    ).toBe(true);
  });
});

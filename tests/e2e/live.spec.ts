import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { startLiveServer, type LiveServer } from './liveServer';
import { saveScreenshot } from './screenshots';

type Data = { entries: Record<string, unknown>[] } & Record<string, unknown>;
const SAMPLE = readFileSync(new URL('../../public/data/sample.json', import.meta.url), 'utf8');
const LATEST = 'No contact between US and Russian officials - Kremlin';

/** The sample with `extra` more posts on top, one every five minutes after its last. */
function grown(extra: number): Data {
  const data = JSON.parse(SAMPLE) as Data;
  const top = data.entries[0] as Record<string, unknown>;
  for (let i = 1; i <= extra; i++)
    data.entries.unshift({
      ...top,
      id: `live-${i}`,
      number: 20 + i,
      title: `Live update ${i}`,
      publishedAt: new Date(Date.parse('2025-02-14T10:25:00Z') + i * 5 * 60_000)
        .toISOString()
        .replace('.000', ''),
      mentions: [],
    });
  return data;
}

let server: LiveServer;
test.beforeEach(async () => {
  server = await startLiveServer();
  server.publish(grown(0));
});
test.afterEach(async () => server.close());

test('a live page that grows by one post while it is open: a badge, a button for the new post, the reader kept in place', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(`${server.origin}/?data=./live/story.json&live=1`);
  const current = page.locator('article[aria-current="true"]');
  await expect(current).toHaveAccessibleName(LATEST);
  await expect(page.locator('.live-badge')).toContainText('Live');

  // Nothing new: the re-fetch asks for the version the page has, and the server answers 304.
  await page.clock.fastForward(30_000);
  await expect.poll(() => server.requests.length).toBe(2);
  expect(server.requests[1]).toBe('"v1"');

  // One post more.
  server.publish(grown(1));
  await page.clock.fastForward(30_000);
  const button = page.getByRole('button', { name: '1 new post' });
  await expect(button).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '1 new post' })).toBeAttached();
  await expect(page.getByRole('article')).toHaveCount(21);
  await expect(current).toHaveAccessibleName(LATEST);
  // The post the reader was reading is still on screen, though a new one came in above it.
  await expect(current).toBeInViewport({ ratio: 0.3 });
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText('21 posts');
  await saveScreenshot(page, 'live');

  await button.click();
  await expect(current).toHaveAccessibleName('Live update 1');
  await expect(page).toHaveURL(/entry=live-1/);
  await expect(button).toBeHidden();
});

test('the embed follows a live page too', async ({ page }) => {
  await page.clock.install();
  await page.goto(`${server.origin}/?data=./live/story.json&live=1&embed=1`);
  await expect(page.getByRole('article')).toHaveAccessibleName(LATEST);
  server.publish(grown(2));
  await page.clock.fastForward(30_000);
  await page.getByRole('button', { name: '2 new posts' }).click();
  await expect(page.getByRole('article')).toHaveAccessibleName('Live update 2');
});

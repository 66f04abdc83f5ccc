/**
 * The largest story the schema accepts (tests/e2e/limitsStory.ts: 100,000 posts over 100,000 places,
 * the newest post at every per-post limit) loads with the page responsive throughout: no task holds the
 * page's thread for more than 200 ms of its time, and nothing of the story is lost on the way.
 */
import { expect, test } from './fixtures';
import { limitsStory } from './limitsStory';
import { startLiveServer, type LiveServer } from './liveServer';
import { expectNoTaskOver, tasksBetweenMarks } from './mainThread';

let server: LiveServer;
test.beforeAll(async () => {
  server = await startLiveServer();
  server.publish(limitsStory());
});
test.afterAll(async () => server.close());

test('the largest story the schema accepts loads whole, with no task over 200 ms on the page’s thread', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const newest = page.locator('article[aria-current="true"]');
  const traced = await tasksBetweenMarks(browser, page, 'story:requested', 'test:settled', async () => {
    await page.goto(`${server.origin}/?data=./live/story.json`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A story at the limits', {
      timeout: 120_000,
    });
    // All of it: every post counted, the newest drawn to its last block and its list to its last item.
    await expect(page.locator('.story-credit')).toContainText('100000 posts');
    await expect(newest).toHaveAccessibleName('Update 100000 from Place 99999');
    await expect(newest.locator('.entry-body > *')).toHaveCount(2_000, { timeout: 60_000 });
    await expect(newest.locator('.entry-body li')).toHaveCount(5_000, { timeout: 60_000 });
    await expect(newest.locator('.entry-body > p').last()).toHaveText(
      'At 9am on Monday paragraph 1997 names Place 1997.',
    );
    // Its 1,000 places, from the first of the story's 100,000 to the last: every slice of them came.
    const places = newest.getByRole('group', { name: 'Places in this post' }).getByRole('button');
    await expect(places).toHaveCount(1_000);
    await expect(places.first()).toHaveText('Place 99999');
    await expect(places.last()).toHaveText('Place 998');
    await expect(page.locator('.cluster-marker').first()).toBeVisible({ timeout: 60_000 });
    await page.evaluate(() => performance.mark('test:settled'));
  });
  expectNoTaskOver(traced, 200, 50);
});

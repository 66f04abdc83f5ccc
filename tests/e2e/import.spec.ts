/**
 * Import in the browser, as a teacher would do it: paste a live page (one written for this test, not the
 * sample), fix a place, open it, find it again after a reload, and take it away in every format, each
 * file checked by what reads it (the schema, the GeoJSON rules, a CSV parser, TimelineJS, Chromium
 * opening the offline page from disk with no network).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { check as checkGeoJSON } from '@placemarkio/check-geojson';
import type { Download, Page } from '@playwright/test';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { expectNoTaskOver, tasksBetweenMarks } from './mainThread';

const STORM = readFileSync(new URL('./fixtures/storm-live.txt', import.meta.url), 'utf8');
const SCHEMA = JSON.parse(readFileSync(new URL('../../schema/story.schema.json', import.meta.url), 'utf8'));
const TIMELINE_JS = createRequire(import.meta.url).resolve('@knight-lab/timelinejs/dist/js/timeline.js');

async function importStorm(page: Page) {
  await page.goto('./?import=1');
  await expect(page.getByRole('heading', { name: 'Import a live page', level: 1 })).toBeVisible();
  await expect(page.getByText(/Nothing is uploaded/)).toBeVisible();
  await page.getByLabel('Page text').fill(STORM);
  await page.getByRole('button', { name: 'Make the map' }).click();
  await expect(page.getByRole('table', { name: 'Review places' })).toBeVisible({ timeout: 30_000 });
}

const row = (page: Page, name: string) =>
  page
    .getByRole('table', { name: 'Review places' })
    .getByRole('row')
    .filter({
      has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }),
    });

/** Puts a long text in the box at once, as a paste does (typing it in would take the test minutes). */
async function paste(page: Page, value: string) {
  await page.getByLabel('Page text').evaluate((el, text) => {
    const area = el as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, text);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

async function text(download: Download): Promise<string> {
  return readFileSync((await download.path()) as string, 'utf8');
}

test.describe('importing a live page in the browser', () => {
  test('paste, review, fix a place, open it, and find it again under My stories', async ({ page }) => {
    await importStorm(page);
    await expect(page.getByLabel('Story title')).toHaveValue(
      'Hurricane Mara live: storm crosses Jamaica and heads for Cuba',
    );
    const facts = page.getByRole('region', { name: 'What was found' });
    await expect(facts.getByText('Posts')).toBeVisible();
    await expect(facts.locator('dd').first()).toHaveText('5');
    await expect(facts).toContainText('First post');
    await expect(facts).toContainText('21 October');

    // The least sure place comes first: Miami, named once, with nothing around it to confirm it.
    const first = page.getByRole('table', { name: 'Review places' }).getByRole('row').nth(1);
    await expect(first).toContainText('Miami');
    // Sure places follow: no row below it shows a lower confidence.
    const percents = (
      await page.getByRole('table', { name: 'Review places' }).getByRole('row').allInnerTexts()
    )
      .slice(1)
      .map((text) => Number(/(\d+)%/.exec(text)?.[1] ?? NaN));
    expect(percents.length).toBeGreaterThan(5);
    expect(percents[0]).toBe(Math.min(...percents));
    // "A curfew in Kingston and St Andrew" covers the parish, not only the city: the reader picks the
    // other reading the geocoder offers.
    await row(page, 'Kingston').getByRole('button', { name: 'Fix Kingston' }).click();
    await page.getByRole('button', { name: /^Use Kingston region \(region, Jamaica\)/ }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Kingston is now Kingston region' }),
    ).toBeVisible();
    await expect(row(page, 'Kingston region')).toContainText('Region');
    await expect(row(page, 'Kingston region')).toContainText('100%');
    await expect(row(page, 'Kingston region')).not.toContainText('(not sure)');

    // "The Bahamas by Friday": the reader would rather pin Nassau, found by search.
    await row(page, 'Bahamas').getByRole('button', { name: 'Fix Bahamas' }).click();
    await page.getByRole('search').getByLabel('Search for another place').fill('Nassau');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await page
      .getByRole('list', { name: 'Places found' })
      .getByRole('button', { name: 'Use Nassau (city, Bahamas)' })
      .click();
    await expect(row(page, 'Nassau')).toContainText('Bahamas');
    await expect(row(page, 'Bahamas')).toHaveCount(0);

    // A place removed from the whole story is gone from the table and the preview map.
    await row(page, 'Georgia').getByRole('button', { name: 'Fix Georgia' }).click();
    await page.getByRole('button', { name: /^Remove Georgia.* from the story/ }).click();
    await expect(row(page, 'Georgia')).toHaveCount(0);
    await expect(page.getByRole('img', { name: /^Map of the places in the story/ })).not.toHaveAccessibleName(
      /Georgia/,
    );
    await expect(page.getByRole('img', { name: /^Map of the places in the story/ })).toHaveAccessibleName(
      /Nassau/,
    );

    await page.getByLabel('Story title').fill('Hurricane Mara in class');
    await page.getByRole('button', { name: 'Open in explorer' }).click();
    await expect(page).toHaveURL(/\?story=s-/);
    await expect(page.getByRole('heading', { name: 'Hurricane Mara in class', level: 1 })).toBeVisible();
    await expect(page.locator('.place-marker').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();

    // A reload still has it; so does the import view's list.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Hurricane Mara in class', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Import' }).click();
    const mine = page.getByRole('region', { name: 'My stories' });
    await expect(mine.getByRole('link', { name: 'Hurricane Mara in class' })).toBeVisible();

    await mine.getByRole('button', { name: 'Rename Hurricane Mara in class' }).click();
    await mine.getByLabel('New title').fill('Mara, lesson 1');
    await mine.getByRole('button', { name: 'Save title' }).click();
    await expect(mine.getByRole('link', { name: 'Mara, lesson 1' })).toBeVisible();
    await mine.getByRole('link', { name: 'Mara, lesson 1' }).click();
    await expect(page.getByRole('heading', { name: 'Mara, lesson 1', level: 1 })).toBeVisible();
    // Presenting, the handout and the embed work for it as for the sample.
    const local = new URL(page.url()).searchParams.get('story');
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.locator('.present-slide')).toBeVisible();
    await page.goto(`./?story=${local}&print=1`);
    await expect(page.getByRole('heading', { name: 'Mara, lesson 1', level: 1 })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Map of the places in the story/ })).toBeVisible();
    await page.goto(`./?story=${local}&embed=1`);
    await expect(page.locator('.place-marker, .leaflet-marker-icon').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Import' })).toHaveCount(0);

    await page.goto('./?import=1');
    await mine.getByRole('button', { name: 'Delete Mara, lesson 1' }).click();
    await mine.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(mine.getByText(/None yet/)).toBeVisible();
  });

  test('every download is a file its reader accepts', async ({ page, browser }) => {
    await importStorm(page);
    const take = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      return download;
    };

    const json = await take('Download JSON');
    expect(json.suggestedFilename()).toBe(
      'live-atlas-hurricane-mara-live-storm-crosses-jamaica-and-heads-for-cuba.json',
    );
    const story = JSON.parse(await text(json));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const valid = ajv.compile(SCHEMA);
    expect(valid(story), JSON.stringify(valid.errors)).toBe(true);
    expect(story.entries).toHaveLength(5);

    const geojson = await take('Download GeoJSON');
    const collection = checkGeoJSON(await text(geojson));
    expect(collection.type).toBe('FeatureCollection');
    const features = (
      collection as { features: { geometry: { type: string }; properties: Record<string, unknown> }[] }
    ).features;
    const mentions = story.entries.reduce((n: number, e: { places: string[] }) => n + e.places.length, 0);
    expect(features).toHaveLength(mentions);
    expect(features.every((f) => f.geometry.type === 'Point')).toBe(true);
    expect(Object.keys(features[0]?.properties ?? {})).toEqual(
      expect.arrayContaining(['time', 'entryId', 'title', 'placeId', 'name', 'kind', 'confidence']),
    );

    const csv = await take('Download CSV');
    const parsed = Papa.parse<Record<string, string>>(await text(csv), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(mentions);
    expect(parsed.data.map((r) => r.place)).toContain('Montego Bay');
    expect(Number(parsed.data[0]?.lat)).not.toBeNaN();

    const timeline = JSON.parse(await text(await take('Download TimelineJS')));
    const viewer = await browser.newPage();
    // TimelineJS asks for fonts and styles from the web: nothing leaves this machine.
    await viewer.route('**/*', (route) => route.abort());
    await viewer.setContent('<div id="timeline" style="width: 900px; height: 600px"></div>');
    await viewer.addScriptTag({ path: TIMELINE_JS });
    await viewer.evaluate((data) => {
      const TL = (window as unknown as { TL: { Timeline: new (id: string, data: unknown) => unknown } }).TL;
      new TL.Timeline('timeline', data);
    }, timeline);
    await expect(viewer.locator('.tl-slide-content .tl-headline').first()).toBeAttached();
    await expect(
      viewer.locator('.tl-headline', { hasText: 'Storm strengthens over the Caribbean' }).first(),
    ).toBeAttached();
    await expect(viewer.locator('.tl-message, .tl-error')).toHaveCount(0);
    await viewer.close();

    const offline = await take('Download offline page');
    expect(offline.suggestedFilename()).toMatch(/\.html$/);
    const context = await browser.newContext({ offline: true });
    const reached: string[] = [];
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith('file:')) return route.continue();
      reached.push(route.request().url());
      return route.abort();
    });
    const disk = await context.newPage();
    const problems: string[] = [];
    disk.on('pageerror', (e) => problems.push(e.message));
    disk.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    const file = test.info().outputPath('offline-story.html');
    await offline.saveAs(file);
    await disk.goto(`file://${file}`);
    await expect(
      disk.getByRole('heading', { name: 'Hurricane Mara live: storm crosses Jamaica and heads for Cuba' }),
    ).toBeVisible();
    await expect(disk.locator('.place-marker').first()).toBeVisible();
    await expect(disk.locator('.basemap-land, .leaflet-overlay-pane path').first()).toBeAttached();
    // Under its own policy: only its own script (by hash), no eval, nothing fetched.
    const policy = await disk.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(policy).toContain("connect-src 'none'");
    await disk.addScriptTag({ content: 'window.injected = 1' }).catch(() => undefined);
    expect(await disk.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    expect(reached).toEqual([]);
    // The one error: the script this test tried to add, which the policy refused.
    expect(problems.filter((p) => !/Content Security Policy/.test(p))).toEqual([]);
    await context.close();
  });
});

test.describe('bad input to the import', () => {
  test('each is refused beside the input, the text kept, nothing run', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto('./?import=1');
    const box = page.getByLabel('Page text');
    const make = page.getByRole('button', { name: 'Make the map' });
    const problem = page.getByRole('alert');

    await make.click();
    await expect(problem).toHaveText(/nothing to read yet/);

    await box.fill('Just some words.\nNothing here looks like a post.');
    await make.click();
    await expect(problem).toHaveText(/No posts were found in this text/, { timeout: 30_000 });
    await expect(box).toHaveValue('Just some words.\nNothing here looks like a post.');

    await page.getByLabel(/Or open a file/).setInputFiles({
      name: 'photo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
      ]),
    });
    await expect(problem).toHaveText(/photo\.txt is not text/);
    await expect(box).toHaveValue('Just some words.\nNothing here looks like a post.');

    const hostile = `<html><head><title>Storm live: scripts inside</title><script>window.pwned = 1; alert(1)</script></head><body>
<img src="x" onerror="window.pwned = 2">
<p>Storm live: scripts inside</p>
${STORM.split('\n')
  .slice(12)
  .map((l) => `<p>${l}</p>`)
  .join('\n')}
<script>window.pwned = 3</script></body></html>`;
    await box.fill(hostile);
    await make.click();
    await expect(page.getByRole('table', { name: 'Review places' })).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);

    // A story file with a broken post: its errors listed, the valid rest shown.
    const story = JSON.parse(readFileSync(new URL('../../public/data/sample.json', import.meta.url), 'utf8'));
    story.entries[1].publishedAt = 'yesterday';
    await box.fill(JSON.stringify(story));
    await make.click();
    await expect(page.getByRole('heading', { name: /Parts left out/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'What was found' }).locator('dd').first()).toHaveText(
      String(story.entries.length - 1),
    );

    await box.fill('{"entries": ');
    await make.click();
    await expect(problem).toHaveText(/not valid JSON/);

    // A 20 MB paste: refused with its size, kept as pasted.
    const huge = 'Storm news from Kingston. '.repeat(800_000);
    await paste(page, huge);
    await make.click();
    await expect(problem).toHaveText(/The text is 19\.8 MB, more than the 15\.0 MB/);
    expect(await box.evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(huge.length);
  });
});

test.describe('a long page', () => {
  test('is read off the main thread: no task over 50 ms while it works', async ({ page, browser }) => {
    const places = ['Kingston', 'Havana', 'Miami', 'Nassau', 'Santiago de Cuba', 'Montego Bay', 'Key West'];
    // 600 posts a minute apart, newest first, from 17:59 back to 08:00, in the Guardian's shape.
    const posts = Array.from({ length: 600 }, (_, i) => {
      const minute = 17 * 60 + 59 - i;
      const h = Math.floor(minute / 60);
      const mm = String(minute % 60).padStart(2, '0');
      const twelve = `${h % 12 || 12}.${mm}${h < 12 ? 'am' : 'pm'} BST`;
      const place = places[i % places.length];
      return `${twelve}\n${String(h).padStart(2, '0')}:${mm}\nUpdate ${600 - i} from ${place}\nReporters in ${place} say the storm is moving north towards ${places[(i + 3) % places.length]}, with heavy rain across Jamaica and Cuba.\n`;
    });
    const long = `Hurricane Mara live: a long day\nTue 21 Oct 2025 18.10 BST\n\n${posts.join('\n')}`;
    await page.goto('./?import=1');
    await paste(page, long);
    // The pasted text laid out and drawn (as a real paste is before the reader can click anything) and
    // the page idle: what follows is the import's own work.
    await page.getByLabel('Page text').evaluate((el) => el.scrollHeight);
    await page.getByRole('button', { name: 'Make the map' }).focus();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    await page.evaluate(
      () => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 5000 })),
    );
    await page.getByLabel('Format').selectOption('guardian');
    // From the click (the task that handles it, whole) to the story's arrival from the worker, as
    // Chromium's trace records the page's thread.
    const traced = await tasksBetweenMarks(browser, page, 'import:click', 'import:result', async () => {
      await page.getByRole('button', { name: 'Make the map' }).click();
      await expect(page.getByRole('table', { name: 'Review places' })).toBeVisible({ timeout: 45_000 });
    });
    // No task keeps the page's thread busy for more than 50 ms of its time: the reading is the worker's.
    expectNoTaskOver(traced, 50, 5);
    await expect(page.getByRole('region', { name: 'What was found' }).locator('dd').first()).toHaveText(
      '600',
    );
  });
});

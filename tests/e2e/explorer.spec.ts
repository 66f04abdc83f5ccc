import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mapAtRest } from './map';
import { saveScreenshot } from './screenshots';

const map = (page: Page) => page.getByRole('region', { name: 'Map' });
const slider = (page: Page) => page.getByRole('slider', { name: 'Time' });
/** Point markers on the map (Leaflet marks them role=button), not the zoom controls. */
const pointMarkers = (page: Page) => map(page).locator('.place-marker, .cluster-marker');

async function open(page: Page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(map(page).locator('.basemap-land').first()).toBeAttached();
}

test.describe('the explorer', () => {
  test('opens on the latest post, with the whole story on the map', async ({ page }) => {
    await open(page);
    await expect(slider(page)).toHaveAttribute(
      'aria-valuetext',
      /^10:25 GMT, 14 February: No contact between US and Russian officials - Kremlin$/,
    );
    await expect(page.locator('article[aria-current="true"]')).toContainText(
      'No contact between US and Russian officials',
    );
  });

  test('Home puts the first post (07:07) current with only Munich on the map; Malokaterynivka appears at 07:58', async ({
    page,
  }) => {
    await open(page);
    await slider(page).focus();
    await page.keyboard.press('Home');
    await expect(slider(page)).toHaveAttribute(
      'aria-valuetext',
      /^07:07 GMT, 14 February: 'Don't lecture or ignore each other'/,
    );
    await expect(pointMarkers(page)).toHaveCount(1);
    await expect(pointMarkers(page).first()).toHaveAccessibleName(/^Munich, \d+ posts$/);
    await expect(pointMarkers(page).first()).toHaveAttribute('aria-current', 'true');

    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(slider(page)).toHaveAttribute(
      'aria-valuetext',
      /^07:58 GMT, 14 February: Life on the front line/,
    );
    await expect(map(page).getByRole('button', { name: /Malokaterynivka/ })).toBeVisible();
    await expect(page).toHaveURL(/entry=20250214-0758-/);
  });

  test('a marker filters the posts to its place, and the chip clears the filter', async ({ page }) => {
    await open(page);
    await map(page)
      .getByRole('button', { name: /^Warsaw, 2 posts$/ })
      .click();
    await expect(page.getByRole('article')).toHaveCount(2);
    await expect(page).toHaveURL(/place=warsaw/);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /^09:35 GMT/);
    await page.getByRole('button', { name: 'Clear place filter: Warsaw' }).click();
    await expect(page.getByRole('article')).toHaveCount(20);
    await expect(page).not.toHaveURL(/place=/);
  });

  test('Back undoes choosing a place', async ({ page }) => {
    await open(page);
    await page
      .getByRole('article')
      .first()
      .getByRole('button', { name: 'Moscow', exact: true })
      .first()
      .click();
    await expect(page).toHaveURL(/place=moscow/);
    await page.goBack();
    await expect(page).not.toHaveURL(/place=/);
    await expect(page.getByRole('article')).toHaveCount(20);
  });

  test('a deep link reproduces the view: place, search, order and entry', async ({ page }) => {
    await open(page, '?place=munich&q=conference&order=oldest&entry=20250214-0714-0tf2wx');
    await expect(page.getByRole('button', { name: 'Clear place filter: Munich' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('conference');
    const titles = await page.getByRole('article').getByRole('heading').allTextContents();
    expect(titles[0]).toContain("'Don't lecture or ignore each other'");
    expect(titles.length).toBeGreaterThan(1);
    await expect(slider(page)).toHaveAttribute(
      'aria-valuetext',
      /^07:14 GMT, 14 February: Why this meeting of world leaders matters$/,
    );
    await expect(page.locator('article[aria-current="true"]')).toContainText(
      'Why this meeting of world leaders matters',
    );
  });

  test('scrubbing replaces history instead of flooding it', async ({ page }) => {
    await open(page);
    const before = await page.evaluate(() => history.length);
    await slider(page).focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('works by keyboard alone: slider, play, search, a place, a marker', async ({ page }) => {
    await open(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(slider(page)).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /^10:09 GMT/);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Speed')).toBeFocused();
    // The "When it happened" track is one tab stop: the event of the current post (or the latest before it).
    await page.keyboard.press('Tab');
    const events = page.getByRole('group', { name: 'When it happened' });
    await expect(events.locator('button[aria-current="true"]')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
    await page.keyboard.type('Chernobyl');
    await expect(page.getByRole('article')).toHaveCount(4);
    // A marker of the current post (10:09 frames London and Brussels; Munich may be outside the view and
    // so not drawn, depending on where the map's move from the newest post ends).
    const marker = map(page).getByRole('button', { name: /^Brussels/ });
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/place=brussels/);
  });

  test('Play steps through the story and any key pauses it', async ({ page }) => {
    // The page's clock runs as usual, and the test moves it on when it needs time to pass.
    await page.clock.install();
    await open(page);
    await slider(page).focus();
    await page.keyboard.press('Home');
    await page.getByLabel('Speed').selectOption({ label: '4×' });
    await page.getByRole('button', { name: 'Play' }).click();
    // It moves on by itself (checked by leaving the first post: a poll may miss any one step).
    await expect(slider(page)).not.toHaveAttribute('aria-valuetext', /^07:07 GMT/, { timeout: 10_000 });
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    // Paused: it stays where the key left it.
    const paused = await slider(page).getAttribute('aria-valuenow');
    // Three seconds on the page's clock (six steps at 4×) go by at once; nothing moves. (No pauseAt:
    // the page's clock and this process's Date.now() differ on a busy machine, and pausing "in the past" throws.)
    await page.clock.runFor(3000);
    await expect(slider(page)).toHaveAttribute('aria-valuenow', paused ?? '');
  });

  test('the post list follows the scrubber: after every step the current post is in view', async ({
    page,
  }) => {
    await open(page);
    await slider(page).focus();
    await page.keyboard.press('Home');
    const inView = () =>
      page.evaluate(() => {
        const card = document.querySelector('article[aria-current="true"]');
        const list = card?.closest('.entry-list');
        if (!card || !list) return false;
        const c = card.getBoundingClientRect();
        const l = list.getBoundingClientRect();
        // Its heading and first lines are inside the list's visible box.
        return c.top >= l.top - 1 && c.top + Math.min(c.height, 80) <= l.bottom + 1;
      });
    for (let step = 0; step < 19; step++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(inView, { message: `step ${step + 1}` }).toBe(true);
    }
    for (let step = 0; step < 19; step++) {
      await page.keyboard.press('ArrowLeft');
      await expect.poll(inView, { message: `back ${step + 1}` }).toBe(true);
    }
  });

  test('Russia is drawn without a band across the world where it crosses 180°', async ({ page }) => {
    await open(page);
    await expect(page.locator('#first-view')).toHaveCount(0);
    await expect(map(page).locator('path.area').first()).toBeAttached();
    const pane = () =>
      page.evaluate(() => {
        const el = document.querySelector<HTMLElement & { _leaflet_pos?: { x: number; y: number } }>(
          '.explorer-map .leaflet-map-pane',
        );
        return el?._leaflet_pos ?? { x: 0, y: 0 };
      });
    // Where the map puts a latitude and longitude, from two markers whose places are known: x is
    // linear in longitude, y in Mercator's y.
    const projection = await page.evaluate(() => {
      const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
      const at = (name: string) => {
        const box = document
          .querySelector(`.explorer-map .leaflet-marker-icon[aria-label^="${name}"]`)
          ?.getBoundingClientRect();
        return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
      };
      const munich = at('Munich');
      const warsaw = at('Warsaw');
      if (!munich || !warsaw) return null;
      return {
        x0: munich.x - ((warsaw.x - munich.x) / (21.0118 - 11.5755)) * 11.5755,
        ax: (warsaw.x - munich.x) / (21.0118 - 11.5755),
        y0: munich.y,
        ay: (warsaw.y - munich.y) / (mercY(52.2298) - mercY(48.1374)),
        m0: mercY(48.1374),
      };
    });
    expect(projection).not.toBeNull();
    const before = await pane();
    // Drag the map south, to see Chukotka's latitudes (a drag moves the map exactly, with no animation).
    const box = await map(page).locator('.story-map').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2, box.y + 60 + 30 * i);
    await page.mouse.up();
    await expect.poll(async () => (await pane()).y).toBeGreaterThan(before.y + 250);
    const after = await pane();
    const hit = (lon: number, lat: number) =>
      page.evaluate(
        ({ p, lon, lat, dx, dy }) => {
          const mercY = (l: number) => Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360));
          const x = p.x0 + p.ax * lon + dx;
          const y = p.y0 + p.ay * (mercY(lat) - p.m0) + dy;
          const el = document.elementFromPoint(x, y);
          if (!el?.closest('.story-map')) return 'off the map';
          return el.closest('path.area') ? 'area' : 'no area';
        },
        { p: projection!, lon, lat, dx: after.x - before.x, dy: after.y - before.y },
      );
    // The Norwegian Sea at Chukotka's latitudes: no country of the story there.
    expect(await hit(-5, 68)).toBe('no area');
    expect(await hit(-5, 70)).toBe('no area');
    // Russia itself is drawn as an area of the story (the test can see one).
    expect(await hit(45, 62)).toBe('area');
  });

  test('in dark mode the current country stands out from the land and the other countries by 3:1', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, '?entry=20250214-0707-06pf6g');
    await expect(page.locator('#first-view')).toHaveCount(0);
    await expect(map(page).locator('path.area--current').first()).toBeAttached();
    const contrasts = await page.evaluate(() => {
      const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const style = (selector: string) => {
        const el = document.querySelector(selector);
        if (!el) throw new Error(selector);
        const s = getComputedStyle(el);
        return { fill: rgb(s.fill), opacity: Number(s.fillOpacity) };
      };
      const land = style('.explorer-map path.basemap-land').fill;
      // What the eye sees: the area's fill laid over the land at its opacity.
      const over = ({ fill, opacity }: { fill: number[]; opacity: number }) =>
        fill.map((c, i) => c * opacity + (land[i] ?? 0) * (1 - opacity));
      const luminance = (c: number[]) => {
        const [r = 0, g = 0, b = 0] = c.map((v) => {
          const x = v / 255;
          return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a: number[], b: number[]) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
      };
      const current = over(style('.explorer-map path.area--current'));
      const past = document.querySelector('.explorer-map path.area--past')
        ? over(style('.explorer-map path.area--past'))
        : land;
      return { land: ratio(current, land), past: ratio(current, past) };
    });
    expect(contrasts.land).toBeGreaterThanOrEqual(3);
    expect(contrasts.past).toBeGreaterThanOrEqual(3);
  });

  test('a search reaches the map: the places of the posts it finds stand out, the rest are dimmed', async ({
    page,
  }) => {
    await open(page);
    await expect(page.locator('#first-view')).toHaveCount(0);
    await expect(map(page).locator('.leaflet-marker-icon.is-dimmed')).toHaveCount(0);
    await page.getByRole('searchbox', { name: 'Search' }).fill('Chernobyl');
    await expect(page.getByText('4 of 20 posts')).toBeVisible();
    await expect(map(page).locator('.leaflet-marker-icon.is-dimmed').first()).toBeAttached();
    // Warsaw is in no post about Chernobyl; the markers of the search's places are drawn in full.
    const undimmed = map(page).locator('.leaflet-marker-icon:not(.is-dimmed)');
    await expect(undimmed.first()).toBeAttached();
    await expect(map(page).locator('.leaflet-marker-icon.is-dimmed[aria-label^="Warsaw"]')).toHaveCount(1);
    expect(await page.locator('article mark').count()).toBeGreaterThan(0);
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await expect(map(page).locator('.leaflet-marker-icon.is-dimmed')).toHaveCount(0);
  });

  test('place names never cover another name or a marker, and none is cut at the map edge', async ({
    page,
  }) => {
    for (const query of ['', '?entry=20250214-0758-124nfu', '?entry=20250214-0847-092w4s']) {
      await open(page, query);
      await mapAtRest(page);
      const found = await map(page).evaluate((root) => {
        const box = (e: Element) => e.getBoundingClientRect();
        const frame = box(root.querySelector('.leaflet-container') as Element);
        const labels = [...root.querySelectorAll('.place-marker .marker-label')]
          .filter((e) => box(e).width > 0)
          .map((e) => ({ text: e.textContent ?? '', own: e.closest('.leaflet-marker-icon'), r: box(e) }));
        const markers = [
          ...root.querySelectorAll('.leaflet-marker-icon.place-marker, .leaflet-marker-icon.cluster-marker'),
        ]
          .map((e) => ({ e, r: box(e) }))
          .filter(
            (m) =>
              m.r.right > frame.left &&
              m.r.left < frame.right &&
              m.r.bottom > frame.top &&
              m.r.top < frame.bottom,
          );
        const meet = (a: DOMRect, b: DOMRect) =>
          a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        const problems: string[] = [];
        for (const [i, a] of labels.entries()) {
          const inside =
            a.r.left >= frame.left - 1 &&
            a.r.right <= frame.right + 1 &&
            a.r.top >= frame.top - 1 &&
            a.r.bottom <= frame.bottom + 1;
          const markerInView = markers.some((m) => m.e === a.own);
          if (markerInView && !inside) problems.push(`${a.text} is cut at the edge`);
          for (const b of labels.slice(i + 1))
            if (meet(a.r, b.r)) problems.push(`${a.text} covers ${b.text}`);
          for (const m of markers)
            if (m.e !== a.own && meet(a.r, m.r)) problems.push(`${a.text} covers a marker`);
        }
        return { problems, labels: labels.length };
      });
      expect(found.labels, query).toBeGreaterThan(0);
      expect(found.problems, query).toEqual([]);
    }
  });

  test('has no serious or critical accessibility violations', async ({ page }) => {
    await open(page);
    const opened = await new AxeBuilder({ page }).analyze();
    await slider(page).focus();
    await page.keyboard.press('Home');
    await map(page)
      .getByRole('button', { name: /^Munich/ })
      .click();
    const filtered = await new AxeBuilder({ page }).analyze();
    const serious = [...opened.violations, ...filtered.violations].filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      serious.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('stacks the map above the timeline with no sideways scrolling and 44 px touch targets', async ({
    page,
  }) => {
    await open(page);
    const mapBox = await map(page).boundingBox();
    const timelineBox = await page.getByRole('region', { name: 'Timeline' }).boundingBox();
    expect(mapBox && timelineBox && mapBox.y < timelineBox.y).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const targets = [
      slider(page),
      timeline.getByRole('button', { name: 'Play' }),
      timeline.getByLabel('Speed'),
      timeline.getByRole('searchbox', { name: 'Search' }),
      timeline.getByRole('button', { name: /^Order/ }),
      timeline
        .getByRole('article')
        .first()
        .getByRole('button', { name: /^Go to / }),
      timeline.getByRole('group', { name: 'Places in this post' }).first().getByRole('button').first(),
    ];
    for (const target of targets) {
      const box = await target.boundingBox();
      expect(
        box?.height ?? 0,
        await target.evaluate((el) => el.outerHTML.slice(0, 80)),
      ).toBeGreaterThanOrEqual(44);
    }
    await saveScreenshot(page, 'phone');
  });
});

for (const viewport of [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
]) {
  test.describe(`reading the list on a ${viewport.width}×${viewport.height} phone`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });

    test('keeps a compact scrubber with the current time and post on screen, and folds the map away', async ({
      page,
    }) => {
      await open(page);
      const timeline = page.getByRole('region', { name: 'Timeline' });
      const now = timeline.getByRole('button', { name: /^Current post: / });
      await expect(now).toHaveAccessibleName(
        'Current post: 10:25 GMT No contact between US and Russian officials - Kremlin',
      );
      // Deep in the list: the scrubber and the current post are still on screen, in a bar of at most a
      // quarter of it.
      await page.getByRole('article').nth(12).scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 400));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(viewport.height);
      for (const part of [slider(page), now]) {
        const box = await part.boundingBox();
        expect(box && box.y >= 0 && box.y + box.height <= viewport.height, JSON.stringify(box)).toBe(true);
      }
      const bar = await page.locator('.timeline-head').boundingBox();
      expect(bar?.height ?? Infinity).toBeLessThanOrEqual(viewport.height / 4);
      // It follows the scrubber, and takes the reader to the post.
      await slider(page).focus();
      await page.keyboard.press('Home');
      await expect(now).toHaveAccessibleName(/^Current post: 07:07 GMT /);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await now.click();
      const current = page.locator('article[aria-current="true"]');
      const belowBar = async () => {
        const card = await current.boundingBox();
        const head = await page.locator('.timeline-head').boundingBox();
        return card && head ? card.y >= head.y + head.height - 1 && card.y < viewport.height - 40 : false;
      };
      await expect.poll(belowBar).toBe(true);

      // Scrubbing while reading the list keeps the current post below the bar.
      await slider(page).focus();
      for (let step = 0; step < 4; step++) {
        await page.keyboard.press('ArrowRight');
        await expect(now).toHaveAccessibleName(
          new RegExp(
            `^Current post: ${await slider(page)
              .getAttribute('aria-valuetext')
              .then((t) => (t ?? '').slice(0, 5))}`,
          ),
        );
        await expect.poll(belowBar).toBe(true);
      }

      // The map folds away and comes back, drawn at its size.
      await page.evaluate(() => window.scrollTo(0, 0));
      const openTop = (await timeline.boundingBox())?.y ?? 0;
      await page.getByRole('button', { name: 'Hide map' }).click();
      const drawn = map(page).locator('.leaflet-container');
      await expect(drawn).toBeHidden();
      await expect(page.getByRole('button', { name: 'Show map' })).toHaveAttribute('aria-expanded', 'false');
      // The timeline moves up into the map's place.
      expect((await timeline.boundingBox())?.y ?? Infinity).toBeLessThan(openTop - 200);
      await page.getByRole('button', { name: 'Show map' }).click();
      await expect(drawn).toBeVisible();
      expect((await drawn.boundingBox())?.height ?? 0).toBeGreaterThan(200);
      await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
    });
  });
}

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { appUrl, FOREIGN_ORIGIN, HOST_ORIGIN, hostPage } from './host';
import { saveScreenshot } from './screenshots';

const PYM_HOST = (src: string) => `<!doctype html><html lang="en"><head><title>Host newsroom page</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;font-family:sans-serif"><h1>Our live coverage</h1>
<div id="atlas"></div>
<script src="${HOST_ORIGIN}/pym.v1.min.js"></script>
<script>
  window.received = [];
  window.addEventListener('message', (e) => { if (e.data && typeof e.data === 'object') window.received.push(e.data); });
  window.pymParent = new pym.Parent('atlas', ${JSON.stringify(src)}, { title: 'Live Atlas' });
</script></body></html>`;

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('#atlas iframe').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no frame');
  await expect(frame.getByRole('slider', { name: 'Time' })).toBeVisible();
  return frame;
}

test.describe('embedded in another site', () => {
  test('reports its height to a real pym.js Parent, also after the window narrows', async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(hostPage(HOST_ORIGIN, PYM_HOST(appUrl(baseURL, '?embed=1'))));
    const frame = await embedFrame(page);
    const iframe = page.locator('#atlas iframe');
    await expect
      .poll(async () => Number.parseInt((await iframe.getAttribute('height')) ?? '0', 10))
      .toBeGreaterThan(300);
    const contentHeight = () =>
      frame.evaluate(() =>
        Math.ceil((document.getElementById('root') ?? document.body).getBoundingClientRect().height),
      );
    const frameHeight = () => iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.abs((await frameHeight()) - (await contentHeight())))
      .toBeLessThanOrEqual(2);
    const wide = await frameHeight();
    await saveScreenshot(page, 'embed');
    // Steady: the frame's height follows its width only, never the post (short or long) on show.
    const slider = frame.getByRole('slider', { name: 'Time' });
    await slider.focus();
    for (const key of ['Home', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'End', 'ArrowLeft']) {
      const before = await slider.getAttribute('aria-valuenow');
      await page.keyboard.press(key);
      await expect(slider).not.toHaveAttribute('aria-valuenow', before ?? '');
      expect(await contentHeight()).toBe(wide);
      expect(await frameHeight()).toBe(wide);
    }

    await page.setViewportSize({ width: 420, height: 800 });
    await expect.poll(frameHeight).not.toBe(wide);
    await expect
      .poll(async () => Math.abs((await frameHeight()) - (await contentHeight())))
      .toBeLessThanOrEqual(2);
    await saveScreenshot(page, 'embed-narrow');
  });

  test('takes the height a site asks for with ?height=, whatever the post', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(hostPage(HOST_ORIGIN, PYM_HOST(appUrl(baseURL, '?embed=1&height=700'))));
    const frame = await embedFrame(page);
    const iframe = page.locator('#atlas iframe');
    const frameHeight = () => iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    await expect.poll(frameHeight).toBe(700);
    await frame.getByRole('slider', { name: 'Time' }).focus();
    await page.keyboard.press('Home');
    await expect(frame.getByRole('slider', { name: 'Time' })).toHaveAttribute('aria-valuetext', /^07:07/);
    expect(await frameHeight()).toBe(700);
  });

  test('answers the postMessage API and ignores bad or foreign messages', async ({ page, baseURL }) => {
    await page.goto(hostPage(HOST_ORIGIN, PYM_HOST(appUrl(baseURL, '?embed=1'))));
    const frame = await embedFrame(page);
    const received = () =>
      page.evaluate(() => (window as unknown as { received: { type: string }[] }).received);
    await expect
      .poll(async () => (await received()).filter((m) => m.type === 'live-atlas:ready').length)
      .toBe(1);
    await expect.poll(async () => (await received()).some((m) => m.type === 'live-atlas:change')).toBe(true);

    const post = (message: unknown) =>
      page.evaluate(
        ([m, origin]) =>
          (document.querySelector('#atlas iframe') as HTMLIFrameElement).contentWindow?.postMessage(
            m,
            origin as string,
          ),
        [message, new URL(baseURL!).origin],
      );

    await post({ type: 'live-atlas:goto', entryId: '20250214-0758-124nfu' });
    await expect(frame.getByRole('slider', { name: 'Time' })).toHaveAttribute('aria-valuetext', /^07:58 GMT/);
    await expect
      .poll(async () => (await received()).at(-1))
      .toEqual({
        type: 'live-atlas:change',
        time: '2025-02-14T07:58:00Z',
        entryId: '20250214-0758-124nfu',
        placeId: null,
      });

    await post({ type: 'live-atlas:goto', placeId: 'warsaw' });
    await expect(frame.getByRole('slider', { name: 'Time' })).toHaveAttribute('aria-valuetext', /^09:35 GMT/);
    await expect
      .poll(async () => (await received()).at(-1))
      .toMatchObject({ placeId: 'warsaw', entryId: '20250214-0935-0qlxtr' });

    await post({ type: 'live-atlas:goto', time: '2025-02-14T07:10:00Z' });
    await expect(frame.getByRole('slider', { name: 'Time' })).toHaveAttribute(
      'aria-valuetext',
      /^07:10 GMT, 14 February: 'Don't lecture/,
    );

    const before = await frame.getByRole('slider', { name: 'Time' }).getAttribute('aria-valuetext');
    for (const bad of [
      'live-atlas:goto',
      null,
      { type: 'live-atlas:goto' },
      { type: 'live-atlas:goto', entryId: '<script>alert(1)</script>' },
      { type: 'live-atlas:goto', time: 'tomorrow' },
      { type: 'live-atlas:goto', entryId: 42 },
      { type: 'live-atlas:goto', entryId: 'no-such-entry' },
      { type: 'live-atlas:goto', placeId: 'kyiv', extra: true },
      { type: 'live-atlas:destroy' },
      [1, 2, 3],
    ]) {
      await post(bad);
    }
    // A frame from a foreign origin inside the host page tries too.
    const evil = hostPage(
      FOREIGN_ORIGIN,
      `<script>parent.frames[0].postMessage({ type: 'live-atlas:goto', placeId: 'kyiv' }, '*');</script>`,
    );
    await page.evaluate(
      (src) =>
        new Promise((loaded) => {
          const frame = document.createElement('iframe');
          frame.addEventListener('load', loaded, { once: true });
          frame.src = src;
          document.body.append(frame);
        }),
      evil,
    );
    // Messages are handled in the order they arrive: once a good one sent after them has taken effect,
    // the bad and the foreign ones have been seen, and ignored.
    expect(before).toMatch(/^07:10 GMT/);
    await post({ type: 'live-atlas:goto', entryId: '20250214-0714-0tf2wx' });
    await expect(frame.getByRole('slider', { name: 'Time' })).toHaveAttribute('aria-valuetext', /^07:14 GMT/);
    expect((await received()).filter((m) => (m as { placeId?: string }).placeId === 'kyiv')).toEqual([]);
    await expect(frame.getByRole('button', { name: /^Clear place filter/ })).toHaveCount(0);
    await expect(frame.locator('.embed-map')).toBeVisible();

    await post({ type: 'live-atlas:play' });
    await expect(frame.getByRole('button', { name: 'Pause' })).toBeVisible();
    await post({ type: 'live-atlas:pause' });
    await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('the embed has compact chrome, an "Open full view" link to the same view, and no a11y violations', async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 300, height: 400 });
    await page.goto(appUrl(baseURL, '?embed=1&entry=20250214-0758-124nfu'));
    await expect(page.getByRole('slider', { name: 'Time' })).toHaveAttribute('aria-valuetext', /^07:58 GMT/);
    const link = page.getByRole('link', { name: /Open full view/ });
    await expect(link).toHaveAttribute('target', '_blank');
    expect(new URL((await link.getAttribute('href'))!).search).toBe('?entry=20250214-0758-124nfu');
    await expect(page.getByRole('article')).toHaveCount(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
  });
});

test.describe('share and embed dialog', () => {
  test('offers a deep link and an embed snippet that works pasted into a blank page', async ({
    page,
    baseURL,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(appUrl(baseURL, '?place=kyiv'));
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await expect(dialog).toBeVisible();
    const link = await dialog.getByLabel('Link to this moment of the story').inputValue();
    expect(new URL(link).searchParams.get('place')).toBe('kyiv');
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const snippet = await dialog.getByLabel(/Embed on a web page/).inputValue();
    expect(snippet).toMatch(
      /<iframe src="[^"]*embed=1[^"]*" title="Live Atlas: [^"]+" aria-label="[^"]+" loading="lazy" allow="fullscreen" allowfullscreen/,
    );
    expect(snippet).toContain('pym.v1.min.js');
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Embed code copied.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    await page.goto(
      hostPage(
        HOST_ORIGIN,
        `<!doctype html><html lang="en"><head><title>Blank</title></head><body>${snippet}</body></html>`,
      ),
    );
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('slider', { name: 'Time' })).toBeVisible();
    await expect(frame.getByRole('button', { name: 'Clear place filter: Kyiv' })).toHaveCount(0);
    await expect
      .poll(() => page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height))
      .toBeGreaterThan(300);
  });
});

test.describe('embedded in a hidden tab', () => {
  test('takes goto and play while hidden, and draws its map once the tab is shown', async ({
    page,
    baseURL,
  }) => {
    // Errors inside the frame (another origin: the guard does not hear them) are kept where the test can read them.
    await page.addInitScript(() => {
      const kept: string[] = [];
      (window as unknown as { frameErrors: string[] }).frameErrors = kept;
      window.addEventListener('error', (e) => kept.push(e.message));
      window.addEventListener('unhandledrejection', (e) => kept.push(String(e.reason)));
    });
    const src = appUrl(baseURL, '?embed=1');
    await page.goto(
      hostPage(
        HOST_ORIGIN,
        `<!doctype html><html lang="en"><head><title>Tabs</title></head><body>
<div id="tab" style="display:none"><iframe title="Live Atlas" src="${src}" style="width:800px;height:600px;border:0"></iframe></div>
<script>
  window.received = [];
  window.addEventListener('message', (e) => { if (e.data && typeof e.data === 'object') window.received.push(e.data); });
  window.send = (message) => document.querySelector('iframe').contentWindow.postMessage(message, '*');
</script></body></html>`,
      ),
    );
    type Host = { received: { type: string; placeId?: string | null }[]; send(m: unknown): void };
    const heard = (type: string) =>
      page.evaluate((t) => (window as unknown as Host).received.filter((m) => m.type === t), type);
    await expect.poll(async () => (await heard('live-atlas:ready')).length, { timeout: 20_000 }).toBe(1);
    await page.evaluate(() => {
      const host = window as unknown as Host;
      host.send({ type: 'live-atlas:goto', placeId: 'kyiv' });
      host.send({ type: 'live-atlas:play' });
      host.send({ type: 'live-atlas:pause' });
    });
    await expect
      .poll(async () => (await heard('live-atlas:change')).some((m) => m.placeId === 'kyiv'))
      .toBe(true);
    await page.evaluate(() => {
      (document.getElementById('tab') as HTMLElement).style.display = 'block';
    });
    const frame = page.frameLocator('iframe');
    // The post it was sent to, and a map drawn around it: markers on the map, none at a NaN position.
    await expect(
      frame.locator('article[aria-current="true"]').getByRole('button', { name: 'Kyiv' }).first(),
    ).toBeVisible();
    const marker = frame.locator('.leaflet-marker-icon.is-current, .cluster-marker.is-current').first();
    await expect(marker).toBeVisible();
    const map = await frame.locator('.leaflet-container').boundingBox();
    const pin = await marker.boundingBox();
    expect(
      map &&
        pin &&
        pin.x >= map.x &&
        pin.x <= map.x + map.width &&
        pin.y >= map.y &&
        pin.y <= map.y + map.height,
      JSON.stringify({ map, pin }),
    ).toBe(true);
    expect(await frame.locator('.leaflet-map-pane').getAttribute('style')).not.toContain('NaN');
    const inner = page.frames().find((f) => f !== page.mainFrame());
    expect(await inner?.evaluate(() => (window as unknown as { frameErrors: string[] }).frameErrors)).toEqual(
      [],
    );
    await expect(frame.locator('.basemap-land').first()).toBeAttached();
  });
});

test.describe('the embed snippet', () => {
  async function snippetOf(page: Page, baseURL: string | undefined): Promise<string> {
    await page.goto(appUrl(baseURL, '?place=kyiv'));
    await page.getByRole('button', { name: 'Share' }).click();
    return page.getByLabel(/Embed on a web page/).inputValue();
  }

  /** The documents the app's folder served into frames: the placeholder's and the app's own. */
  function framedDocuments(page: Page, baseURL: string | undefined): string[] {
    const app = new URL(appUrl(baseURL, ''));
    const loaded: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.isNavigationRequest() && request.frame() !== page.mainFrame() && url.origin === app.origin)
        loaded.push(url.pathname === app.pathname ? 'app' : url.pathname.slice(app.pathname.length));
    });
    return loaded;
  }

  test('with pym.js, loads the app once: in the frame pym creates, not in the one it replaces', async ({
    page,
    baseURL,
  }) => {
    const snippet = await snippetOf(page, baseURL);
    const loaded = framedDocuments(page, baseURL);
    await page.goto(
      hostPage(
        HOST_ORIGIN,
        `<!doctype html><html lang="en"><head><title>Article</title></head><body>${snippet}</body></html>`,
      ),
    );
    // pym.js's frame names its child; the placeholder had only the light page.
    await expect(page.locator('iframe')).toHaveAttribute('src', /childId=/);
    await expect(page.locator('iframe')).toHaveCount(1);
    await expect(page.frameLocator('iframe').getByRole('slider', { name: 'Time' })).toBeVisible();
    // The app once, in pym's frame; before it at most the placeholder's light page (which pym may replace
    // before it has begun to load, on a busy machine).
    expect(loaded.filter((d) => d !== 'embed.html')).toEqual(['app']);
    expect(loaded.at(-1)).toBe('app');
    expect(loaded.filter((d) => d === 'embed.html').length).toBeLessThanOrEqual(1);
  });

  test('without pym.js (a host that drops scripts), the placeholder opens the embed itself', async ({
    page,
    baseURL,
  }) => {
    const snippet = (await snippetOf(page, baseURL)).replace(/<script[^>]*><\/script>/, '');
    expect(snippet).not.toContain('<script');
    const loaded = framedDocuments(page, baseURL);
    await page.goto(
      hostPage(
        HOST_ORIGIN,
        `<!doctype html><html lang="en"><head><title>Article</title></head><body>${snippet}</body></html>`,
      ),
    );
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('slider', { name: 'Time' })).toBeVisible();
    // The same view the snippet was made from: Kyiv's latest post.
    await expect(frame.getByRole('article').getByRole('button', { name: 'Kyiv' }).first()).toBeVisible();
    const shown = new URL(
      page
        .frames()
        .find((f) => f !== page.mainFrame())
        ?.url() ?? 'about:blank',
    );
    expect([shown.searchParams.get('embed'), shown.searchParams.get('place')]).toEqual(['1', 'kyiv']);
    // The app once, in pym's frame; before it at most the placeholder's light page (which pym may replace
    // before it has begun to load, on a busy machine).
    expect(loaded.filter((d) => d !== 'embed.html')).toEqual(['app']);
    expect(loaded.at(-1)).toBe('app');
    expect(loaded.filter((d) => d === 'embed.html').length).toBeLessThanOrEqual(1);
  });
});

test.describe("the README's embed example", () => {
  test('works with pym.js: it talks to the frame pym creates, once it is ready', async ({
    page,
    baseURL,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(appUrl(baseURL, ''));
    await page.getByRole('button', { name: 'Share' }).click();
    const snippet = await page.getByLabel(/Embed on a web page/).inputValue();
    const id = /id="([^"]+)"/.exec(snippet)?.[1] ?? '';
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = /### postMessage API[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(example).toContain('live-atlas:goto');
    const origin = new URL(appUrl(baseURL, '')).origin;
    const script = example
      .replaceAll('#live-atlas-1x2y3z', `#${id}`)
      .replaceAll('https://atlas.example', origin);
    const logged: string[] = [];
    page.on('console', (message) => logged.push(message.text()));
    await page.goto(
      hostPage(
        HOST_ORIGIN,
        `<!doctype html><html lang="en"><head><title>Blank</title></head><body>${snippet}<script>${script}</script></body></html>`,
      ),
    );
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('slider', { name: 'Time' })).toBeVisible();
    // The example asked for Kyiv: the frame shows Kyiv's latest post, and the host hears of the change.
    await expect(frame.getByRole('article').getByRole('button', { name: 'Kyiv' }).first()).toBeVisible();
    await expect.poll(() => logged.some((line) => /^20250214-\d{4}-/.test(line))).toBe(true);
  });
});

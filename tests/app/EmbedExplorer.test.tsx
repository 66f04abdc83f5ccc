import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { App } from '../../src/app/App';
import { EmbedExplorer } from '../../src/app/EmbedExplorer';
import { embedHeight } from '../../src/core/embedProtocol';
import { buildChronology } from '../../src/core/chronology';
import { validateStory } from '../../src/core/validate';

vi.mock('../../src/map/StoryMap', () => ({ default: () => <div>map</div> }));

const SAMPLE_TEXT = readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8');
const { story } = validateStory(JSON.parse(SAMPLE_TEXT));
const chronology = buildChronology(story);

const TITLE = 'Munich Security Conference: Vance meets Zelensky as Chernobyl shield is hit';
const ID_0758 = '20250214-0758-124nfu';
const ID_0905 = '20250214-0905-0dbvb7';
const ID_1009 = '20250214-1009-0fxap2';
const ID_1025 = '20250214-1025-1ggb5w';
const TITLE_0758 = "Life on the front line: 'If I wake up in the morning, that's already pretty good'";
const TITLE_0905 = 'How did we get here?';
const TITLE_1009 = "Ukraine on 'irreversible path' to Nato, Downing Street says";
const TITLE_1025 = 'No contact between US and Russian officials - Kremlin';
const HOST = 'https://news.example';

const params = () => new URLSearchParams(window.location.search);
const article = () => screen.getByRole('article');
const slider = () => screen.getByRole('slider', { name: 'Time' });

function renderEmbed(search = '?embed=1') {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  render(<EmbedExplorer story={story} chronology={chronology} />);
  return { user };
}

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('EmbedExplorer', () => {
  describe('on its own (not framed)', () => {
    it('shows the story’s title as the page heading', () => {
      renderEmbed();
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(TITLE);
    });

    it('links to the same view in a new tab, without embed=1', () => {
      renderEmbed(`?embed=1&entry=${ID_0758}&place=kyiv&tiles=osm`);
      // dom-accessibility-api drops the space at the start of the hidden span; a browser keeps it.
      const link = screen.getByRole('link', { name: /^Open full view ?\(opens in a new tab\)$/ });
      const href = new URL(link.getAttribute('href') ?? '', window.location.href);
      expect(href.pathname).toBe(window.location.pathname);
      expect(Object.fromEntries(href.searchParams)).toEqual({ entry: ID_0758, place: 'kyiv', tiles: 'osm' });
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    });

    it('has the map, one slider named "Time" and the current post only', () => {
      renderEmbed();
      expect(within(screen.getByRole('region', { name: 'Map' })).getByText('map')).toBeInTheDocument();
      expect(screen.getAllByRole('slider')).toHaveLength(1);
      expect(slider()).toHaveAttribute('aria-valuetext', `10:25 GMT, 14 February: ${TITLE_1025}`);
      expect(screen.getAllByRole('article')).toHaveLength(1);
      expect(article()).toHaveAccessibleName(TITLE_1025);
      expect(article()).toHaveAttribute('aria-current', 'true');
    });

    it('shows times in the zone the URL asks for (`tz`)', async () => {
      renderEmbed('?embed=1&tz=place');
      // The Kremlin's post is in Moscow time, the hour labels in Kyiv's (most of the story's posts).
      expect(await within(article()).findByText('13:25 GMT+3, 14 February')).toBeInTheDocument();
      expect(slider()).toHaveAttribute('aria-valuetext', `13:25 GMT+3, 14 February: ${TITLE_1025}`);
      expect(screen.getByText(/^10:00 EET$/)).toBeInTheDocument();
    });

    it('opens on the post the URL names', () => {
      renderEmbed(`?embed=1&entry=${ID_0758}`);
      expect(article()).toHaveAccessibleName(TITLE_0758);
      expect(slider()).toHaveAttribute('aria-valuetext', `07:58 GMT, 14 February: ${TITLE_0758}`);
    });

    it('shows the post the scrubber moves to', async () => {
      const { user } = renderEmbed();
      slider().focus();
      await user.keyboard('{ArrowLeft}');
      expect(article()).toHaveAccessibleName(TITLE_1009);
      await waitFor(() => expect(params().get('entry')).toBe(ID_1009));
      expect(params().get('embed')).toBe('1');
    });

    it('chooses a place from the post, moving to its latest post', async () => {
      const { user } = renderEmbed(`?embed=1&entry=${ID_0758}`);
      const group = within(article()).getByRole('group', { name: 'Places in this post' });
      await user.click(within(group).getByRole('button', { name: 'Kyiv' }));
      expect(params().get('place')).toBe('kyiv');
      expect(article()).toHaveAccessibleName(TITLE_0905);
    });

    it('plays through the story from the Play button', async () => {
      const { user } = renderEmbed(`?embed=1&entry=${ID_0758}`);
      await user.click(screen.getByRole('button', { name: 'Play' }));
      expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    });

    it('announces the current post politely', () => {
      renderEmbed(`?embed=1&entry=${ID_0905}`);
      const region = document.querySelector('[aria-live="polite"][aria-atomic="true"]');
      expect(region).toHaveTextContent(`09:05 GMT: ${TITLE_0905}`);
    });

    it('sends nothing to a parent when it has none', () => {
      const post = vi.spyOn(window, 'postMessage');
      renderEmbed('?embed=1&childId=live-atlas-1');
      expect(post).not.toHaveBeenCalled();
    });
  });

  // In jsdom window.parent is the window itself. These tests frame the embed: a real jsdom window
  // (an iframe's) stands in for the host page and is made the embed's parent.
  describe('framed by a host page', () => {
    let host: Window;
    let toHost: MockInstance<(message: unknown, targetOrigin: string) => void>;
    let resize: (() => void) | undefined;
    let height = 900;

    beforeEach(() => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      host = frame.contentWindow as Window;
      const own = Object.getOwnPropertyDescriptor(window, 'parent') as PropertyDescriptor;
      Object.defineProperty(window, 'parent', { configurable: true, get: () => host });
      toHost = vi.spyOn(host, 'postMessage').mockImplementation(() => {}) as unknown as typeof toHost;
      resize = undefined;
      height = 900;
      vi.stubGlobal(
        'ResizeObserver',
        class {
          constructor(callback: () => void) {
            resize = callback;
          }
          observe() {}
          disconnect() {}
        },
      );
      vi.spyOn(document.documentElement, 'getBoundingClientRect').mockImplementation(
        () => ({ height, width: 600, top: 0, left: 0, right: 600, bottom: height }) as DOMRect,
      );
      return () => {
        Object.defineProperty(window, 'parent', own);
        frame.remove();
      };
    });

    /** What the embed posted to the host: [message, target origin]. */
    const sent = () =>
      toHost.mock.calls
        .map(([message, target]) => [message, target])
        .filter(([message]) => (message as { sentinel?: string }).sentinel !== 'amp');
    const toAmp = () =>
      toHost.mock.calls
        .map(([message, target]) => [message, target])
        .filter(([message]) => (message as { sentinel?: string }).sentinel === 'amp');
    const fromHost = (data: unknown, origin = HOST, source: Window = host) =>
      act(() => {
        window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
      });
    const framed = (search: string) =>
      renderEmbed(`?embed=1&parentUrl=${encodeURIComponent(`${HOST}/live/page.html`)}${search}`);

    it('tells the host it is ready and which post it shows, addressed to the host’s origin', () => {
      framed(`&entry=${ID_0758}`);
      expect(sent()).toEqual([
        [{ type: 'live-atlas:ready' }, HOST],
        [{ type: 'live-atlas:change', time: '2025-02-14T07:58:00Z', entryId: ID_0758, placeId: null }, HOST],
      ]);
    });

    it('tells the host about every change', async () => {
      const { user } = framed(`&entry=${ID_0758}`);
      toHost.mockClear();
      await user.click(
        within(within(article()).getByRole('group', { name: 'Places in this post' })).getByRole('button', {
          name: 'Kyiv',
        }),
      );
      expect(sent()).toEqual([
        [
          { type: 'live-atlas:change', time: '2025-02-14T09:05:00Z', entryId: ID_0905, placeId: 'kyiv' },
          HOST,
        ],
      ]);
    });

    it('goes to a post, a place or a time the host asks for', () => {
      framed(`&entry=${ID_1025}`);
      fromHost({ type: 'live-atlas:goto', entryId: ID_0758 });
      expect(article()).toHaveAccessibleName(TITLE_0758);
      fromHost({ type: 'live-atlas:goto', placeId: 'kyiv' });
      expect(article()).toHaveAccessibleName(TITLE_0905);
      expect(params().get('place')).toBe('kyiv');
      fromHost({ type: 'live-atlas:goto', time: '2025-02-14T10:15:00Z' });
      expect(article()).toHaveAccessibleName(TITLE_1009);
    });

    it('plays and pauses when the host asks', () => {
      framed(`&entry=${ID_0758}`);
      fromHost({ type: 'live-atlas:play' });
      expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
      fromHost({ type: 'live-atlas:pause' });
      expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    });

    it('ignores commands from another origin, from a window other than its parent, or malformed', () => {
      framed(`&entry=${ID_1025}`);
      fromHost({ type: 'live-atlas:goto', entryId: ID_0758 }, 'https://evil.example');
      fromHost({ type: 'live-atlas:goto', entryId: ID_0758 }, 'null');
      fromHost({ type: 'live-atlas:goto', entryId: ID_0758 }, HOST, window);
      fromHost({ type: 'live-atlas:goto', entryId: ID_0758, extra: 1 });
      fromHost({ type: 'live-atlas:goto', entryId: '<img src=x>' });
      fromHost(JSON.stringify({ type: 'live-atlas:goto', entryId: ID_0758 }));
      expect(article()).toHaveAccessibleName(TITLE_1025);
      expect(params().get('entry')).toBe(ID_1025);
    });

    it('ignores a goto to a post or place the story does not have', () => {
      framed(`&entry=${ID_1025}`);
      fromHost({ type: 'live-atlas:goto', entryId: 'no-such-post' });
      fromHost({ type: 'live-atlas:goto', placeId: 'atlantis' });
      expect(article()).toHaveAccessibleName(TITLE_1025);
      expect(params().has('place')).toBe(false);
    });

    it('reports its height to pym.js on load and when its layout changes', () => {
      framed('&childId=live-atlas-1');
      const heights = () =>
        sent().filter(([message]) => typeof message === 'string' && message.startsWith('pym'));
      expect(heights()).toEqual([['pymxPYMxlive-atlas-1xPYMxheightxPYMx900', '*']]);
      height = 1200.4;
      act(() => resize?.());
      expect(heights().at(-1)).toEqual(['pymxPYMxlive-atlas-1xPYMxheightxPYMx1201', '*']);
      // The same height again is not sent again...
      act(() => resize?.());
      expect(heights()).toHaveLength(2);
      // ...unless pym.js's Parent says the width changed.
      fromHost('pymxPYMxlive-atlas-1xPYMxwidthxPYMx375', HOST);
      expect(heights()).toHaveLength(3);
      fromHost('pymxPYMxother-childxPYMxwidthxPYMx375', HOST);
      expect(heights()).toHaveLength(3);
    });

    it('asks an AMP host for a height that follows the frame’s width only, or ?height=', async () => {
      framed(`&entry=${ID_0758}`);
      const asked = () => toAmp().map(([message]) => (message as { height: number }).height);
      expect(toAmp()[0]).toEqual([
        { sentinel: 'amp', type: 'embed-size', height: embedHeight(window.innerWidth) },
        '*',
      ]);
      // A step to another post asks for nothing new.
      const { length } = asked();
      const before = slider().getAttribute('aria-valuetext');
      slider().focus();
      await userEvent.setup().keyboard('{ArrowRight}');
      expect(slider().getAttribute('aria-valuetext')).not.toBe(before);
      expect(asked()).toHaveLength(length);
      // A narrower frame asks again.
      const wide = window.innerWidth;
      act(() => {
        Object.defineProperty(window, 'innerWidth', { configurable: true, value: 360 });
        window.dispatchEvent(new Event('resize'));
      });
      expect(asked().at(-1)).toBe(520);
      Object.defineProperty(window, 'innerWidth', { configurable: true, value: wide });
    });

    it('asks AMP for exactly the height ?height= names', () => {
      framed('&height=700');
      expect(toAmp().map(([message]) => (message as { height: number }).height)).toEqual([700]);
    });

    it('sends no pym.js messages without a childId', () => {
      framed('');
      expect(sent().filter(([message]) => typeof message === 'string')).toEqual([]);
    });
  });

  // Last in this file: the App decides its mode once per page load, and an embed stops all pushes.
  it('through the App with ?embed=1, replaces the frame’s history entry instead of adding one', async () => {
    window.history.replaceState(null, '', `/?embed=1&entry=${ID_0758}`);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(SAMPLE_TEXT, { status: 200 })),
    );
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <App />
      </QueryClientProvider>,
    );
    const card = await screen.findByRole('article');
    expect(screen.getByRole('link', { name: /^Open full view/ })).toBeInTheDocument();
    const length = window.history.length;
    await user.click(
      within(within(card).getByRole('group', { name: 'Places in this post' })).getByRole('button', {
        name: 'Kyiv',
      }),
    );
    await waitFor(() => expect(params().get('place')).toBe('kyiv'));
    expect(window.history.length).toBe(length);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildChronology } from '../../src/core/chronology';
import { deriveView } from '../../src/core/explore';
import { validateStory } from '../../src/core/validate';
import type { ViewState } from '../../src/core/viewState';
import { setHighlight } from '../../src/data/highlightStore';
import StoryMap from '../../src/map/StoryMap';

const { story } = validateStory(
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8')),
);
const sample = buildChronology(story);

const ID_0707 = '20250214-0707-06pf6g';
const ID_0758 = '20250214-0758-124nfu';
const ID_0847 = '20250214-0847-092w4s';

/** Ukraine as a square: the one country of this basemap. */
const TINY_BASEMAP = {
  type: 'Topology',
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', arcs: [[0]], id: 'UA', properties: { name: 'Ukraine' } }],
    },
  },
  arcs: [
    [
      [22, 45],
      [40, 45],
      [40, 52],
      [22, 52],
      [22, 45],
    ],
  ],
};

// jsdom lays nothing out: every element is 0 × 0, and Leaflet sizes the map from its container's
// clientWidth and clientHeight. Give map containers the size of a laptop's map pane.
const MAP_SIZE = { clientWidth: 800, clientHeight: 600 };
const originals = Object.fromEntries(
  Object.keys(MAP_SIZE).map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)]),
);
beforeAll(() => {
  for (const [key, size] of Object.entries(MAP_SIZE)) {
    const original = originals[key];
    Object.defineProperty(HTMLElement.prototype, key, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('leaflet-container') ? size : (original?.get?.call(this) ?? 0);
      },
    });
  }
});
afterAll(() => {
  for (const [key, descriptor] of Object.entries(originals))
    if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
});

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  window.history.replaceState(null, '', '/');
  fetchMock = vi.fn(async () => new Response(JSON.stringify(TINY_BASEMAP), { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
  // Leaflet keeps the page's scroll position when a press focuses the map; jsdom has no scrollTo.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setHighlight(null);
  window.history.replaceState(null, '', '/');
});

function renderMap(state: ViewState = {}, props: { embedded?: boolean; legend?: boolean } = {}) {
  const onSelectPlace = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const ui = (s: ViewState) => (
    <QueryClientProvider client={client}>
      <StoryMap
        chronology={sample}
        view={deriveView(sample, s)}
        openOnCurrent={false}
        onSelectPlace={onSelectPlace}
        {...props}
      />
    </QueryClientProvider>
  );
  const result = render(ui(state));
  return { onSelectPlace, user: userEvent.setup(), rerender: (s: ViewState) => result.rerender(ui(s)) };
}

/** The names of the markers (places and clusters) on the map, not its zoom buttons. */
const markerNames = () =>
  Array.from(document.querySelectorAll('.leaflet-marker-icon[role="button"]'), (m) =>
    m.getAttribute('aria-label'),
  );

describe('StoryMap', () => {
  describe('the key', () => {
    it('explains every mark, folded until it is opened', async () => {
      const { user } = renderMap();
      const key = screen.getByText('Key', { selector: 'summary' });
      const list = screen.getByRole('list', { name: 'Key to the map', hidden: true });
      expect(key.closest('details')).not.toHaveAttribute('open');
      await user.click(key);
      expect(key.closest('details')).toHaveAttribute('open');
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([
        'This post’s places',
        'Places of the posts so far',
        'Bigger dot: more posts',
        '3Places close together, how many',
        'Countries and regions named, shaded',
        'Uncertain place (marked ?)',
      ]);
    });

    it('is left out where the map has no room for it (a presentation)', () => {
      renderMap({}, { legend: false });
      expect(screen.queryByText('Key', { selector: 'summary' })).toBeNull();
    });
  });

  describe('markers', () => {
    it('shows the first post’s city as a keyboard button named after it and its posts', () => {
      renderMap({ entry: ID_0707 });
      const munich = screen.getByRole('button', { name: 'Munich, 8 posts' });
      expect(munich).toHaveAttribute('tabindex', '0');
      expect(markerNames()).toEqual(['Munich, 8 posts']);
    });

    it('names a place with one post in the singular', () => {
      renderMap({ entry: ID_0758 });
      expect(screen.getByRole('button', { name: 'Pokrovsk, 1 post' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Kyiv, 2 posts' })).toBeInTheDocument();
    });

    it('shows only the places mentioned up to the current post', () => {
      renderMap({ entry: ID_0758 });
      expect(markerNames().sort()).toEqual([
        'Kyiv, 2 posts',
        'Malokaterynivka, 1 post',
        'Munich, 8 posts',
        'Pokrovsk, 1 post',
      ]);
    });

    it('groups places too close to tell apart into one button that names them', () => {
      renderMap();
      expect(screen.getByRole('button', { name: '2 places: Kremlin, Moscow. Zoom in' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Kremlin, 3 posts' })).not.toBeInTheDocument();
    });

    it('marks the current post’s places as current', () => {
      renderMap({ entry: ID_0758 });
      expect(screen.getByRole('button', { name: 'Kyiv, 2 posts' })).toHaveAttribute('aria-current', 'true');
      expect(screen.getByRole('button', { name: 'Munich, 8 posts' })).toHaveAttribute('aria-current', 'true');
      expect(screen.getByRole('button', { name: 'Pokrovsk, 1 post' })).not.toHaveAttribute('aria-current');
    });

    it('moves the current mark as the story moves on', () => {
      const munich = () => screen.getByRole('button', { name: 'Munich, 8 posts' });
      const { rerender } = renderMap({ entry: ID_0707 });
      expect(munich()).toHaveAttribute('aria-current', 'true');
      // 07:23 is about the front line: Munich stays on the map, no longer current; Pokrovsk is.
      rerender({ entry: '20250214-0723-0lks3p' });
      expect(munich()).not.toHaveAttribute('aria-current');
      expect(screen.getByRole('button', { name: 'Pokrovsk, 1 post' })).toHaveAttribute(
        'aria-current',
        'true',
      );
      rerender({ entry: ID_0758 });
      expect(munich()).toHaveAttribute('aria-current', 'true');
      expect(screen.getByRole('button', { name: 'Kyiv, 2 posts' })).toHaveAttribute('aria-current', 'true');
    });

    it('chooses the place when a marker is clicked', async () => {
      const { onSelectPlace, user } = renderMap({ entry: ID_0707 });
      await user.click(screen.getByRole('button', { name: 'Munich, 8 posts' }));
      expect(onSelectPlace).toHaveBeenCalledTimes(1);
      expect(onSelectPlace).toHaveBeenCalledWith('munich');
    });

    it('chooses the place with Enter or Space on a focused marker', async () => {
      const { onSelectPlace, user } = renderMap({ entry: ID_0758 });
      screen.getByRole('button', { name: 'Kyiv, 2 posts' }).focus();
      await user.keyboard('{Enter}');
      expect(onSelectPlace.mock.calls).toEqual([['kyiv']]);
      await user.keyboard(' ');
      expect(onSelectPlace.mock.calls).toEqual([['kyiv'], ['kyiv']]);
    });

    it('keeps Space and Enter on a marker from scrolling the page', () => {
      renderMap({ entry: ID_0758 });
      const kyiv = screen.getByRole('button', { name: 'Kyiv, 2 posts' });
      // fireEvent returns false when the handler prevented the key's default action.
      expect(fireEvent.keyDown(kyiv, { key: ' ' })).toBe(false);
      expect(fireEvent.keyDown(kyiv, { key: 'Enter' })).toBe(false);
      expect(fireEvent.keyDown(kyiv, { key: 'ArrowDown' })).toBe(true);
    });

    it('reaches every marker with Tab', async () => {
      const { user } = renderMap({ entry: ID_0758 });
      const reached = new Set<string>();
      for (let i = 0; i < 12; i++) {
        await user.tab();
        const label = document.activeElement?.getAttribute('aria-label');
        if (label && document.activeElement?.classList.contains('leaflet-marker-icon')) reached.add(label);
      }
      expect([...reached].sort()).toEqual(markerNames().sort());
    });

    it('lights up the markers of a post the reader points at elsewhere', () => {
      renderMap({ entry: ID_0758 });
      act(() => setHighlight({ places: ['pokrovsk'] }));
      expect(screen.getByRole('button', { name: 'Pokrovsk, 1 post' })).toHaveClass('is-highlighted');
      expect(screen.getByRole('button', { name: 'Kyiv, 2 posts' })).not.toHaveClass('is-highlighted');
      act(() => setHighlight(null));
      expect(screen.getByRole('button', { name: 'Pokrovsk, 1 post' })).not.toHaveClass('is-highlighted');
    });
  });

  describe('areas and labels', () => {
    it('names seas, rivers and continents with text that is not a control', () => {
      renderMap({ entry: ID_0847 });
      const labels = Array.from(document.querySelectorAll('.area-label'), (l) => l.textContent);
      expect(labels.sort()).toEqual(['Atlantic Ocean', 'Dnipro river', 'Europe']);
      expect(screen.queryByRole('button', { name: /Europe/ })).not.toBeInTheDocument();
    });

    it('draws the bundled basemap, then the story’s countries from it and the others as circles', async () => {
      renderMap({ entry: ID_0707 });
      await waitFor(() => expect(document.querySelectorAll('path.basemap-land')).toHaveLength(1));
      expect(String(fetchMock.mock.calls[0]?.[0])).toBe('./basemap/countries-110m.json');
      // Ukraine, the United States and Russia are the first post's countries: all current. Only
      // Ukraine is in this basemap: it is drawn as its shape (a polygon); the other two as circles
      // (arcs, or an empty path while the circle is out of view).
      await waitFor(() => expect(document.querySelectorAll('path.area--current')).toHaveLength(3));
      const shapes = Array.from(
        document.querySelectorAll('path.area--current'),
        (p) => p.getAttribute('d') ?? '',
      );
      expect(shapes.filter((d) => /^M[\d\s.-]+(L[\d\s.-]+)+z$/.test(d))).toEqual([
        document.querySelector('path.basemap-land')?.getAttribute('d'),
      ]);
      expect(document.querySelectorAll('path.area--past')).toHaveLength(0);
    });
  });

  describe('credits', () => {
    it('names Leaflet, Natural Earth and GeoNames with links', () => {
      renderMap();
      const credits = document.querySelector('.leaflet-control-attribution') as HTMLElement;
      expect(credits).toHaveTextContent('Leaflet · Basemap: Natural Earth · Places: GeoNames (CC BY 4.0)');
      expect(within(credits).getByRole('link', { name: 'Natural Earth' })).toHaveAttribute(
        'href',
        'https://www.naturalearthdata.com/',
      );
      expect(within(credits).getByRole('link', { name: 'GeoNames' })).toHaveAttribute(
        'href',
        'https://www.geonames.org/',
      );
    });

    it('credits OpenStreetMap when ?tiles=osm adds its tiles', () => {
      window.history.replaceState(null, '', '/?tiles=osm');
      renderMap();
      const credits = document.querySelector('.leaflet-control-attribution') as HTMLElement;
      expect(credits).toHaveTextContent('OpenStreetMap contributors');
      expect(document.querySelector('.leaflet-tile-pane .leaflet-layer')).not.toBeNull();
    });

    it('adds no tiles for a template it refuses', () => {
      window.history.replaceState(null, '', '/?tiles=javascript:alert(1)//{z}/{x}/{y}');
      renderMap();
      expect(document.querySelector('.leaflet-tile-pane .leaflet-layer')).toBeNull();
      expect(document.querySelector('.leaflet-control-attribution')).not.toHaveTextContent('Tiles');
    });
  });
});

describe('StoryMap with a tiles parameter it may not use', () => {
  it.each([
    '__proto__',
    'constructor',
    'https://tracker.example.net/{z}/{x}/{y}.png',
    'https://t.example/{Z}/{X}/{Y}.png',
  ])('keeps the map, its markers and the built-in basemap for tiles=%s, and says why', (tiles) => {
    window.history.replaceState(null, '', `/?tiles=${encodeURIComponent(tiles)}`);
    renderMap({ entry: ID_0758 });
    expect(screen.getByRole('status')).toHaveTextContent(
      'The map tiles this link asks for are not allowed here; the built-in map is shown.',
    );
    expect(screen.getByRole('button', { name: 'Kyiv, 2 posts' })).toBeInTheDocument();
    expect(document.querySelector('.leaflet-tile-pane img')).toBeNull();
  });
});

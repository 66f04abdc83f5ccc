import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildChronology } from '../../src/core/chronology';
import { validateStory } from '../../src/core/validate';
import { PrintMap } from '../../src/map/PrintMap';

const { story } = validateStory(
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8')),
);
const sample = buildChronology(story);

/** Two countries as squares: Ukraine (in the story) and France (not). */
const TINY_BASEMAP = {
  type: 'Topology',
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], id: 'UA', properties: { name: 'Ukraine' } },
        { type: 'Polygon', arcs: [[1]], id: 'FR', properties: { name: 'France' } },
      ],
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
    [
      [-5, 42],
      [8, 42],
      [8, 51],
      [-5, 51],
      [-5, 42],
    ],
  ],
};

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fetchMock = vi.fn(async () => new Response(JSON.stringify(TINY_BASEMAP), { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

function renderPrintMap(chronology = sample) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <PrintMap chronology={chronology} />
    </QueryClientProvider>,
  );
}

const picture = () => screen.getByRole('img');
const labels = () => Array.from(picture().querySelectorAll('text'), (t) => t.textContent);

describe('PrintMap', () => {
  it('is one picture named after the places it shows', () => {
    renderPrintMap();
    expect(picture().tagName.toLowerCase()).toBe('svg');
    expect(picture()).toHaveAccessibleName(/^Map of the places in the story: .*Munich.*/);
    const named = picture()
      .getAttribute('aria-label')
      ?.replace(/^Map of the places in the story: /, '')
      .split(', ');
    expect(named?.sort()).toEqual(
      [
        'Brussels',
        'Chernobyl nuclear power plant',
        'Downing Street',
        'Kremlin',
        'Kyiv',
        'Malokaterynivka',
        'Moscow',
        'Munich',
        'Pokrovsk',
        'Warsaw',
        'Zaporizhzhia nuclear power plant',
      ].sort(),
    );
  });

  it('draws a dot for each of those places and writes their names', () => {
    renderPrintMap();
    expect(picture().querySelectorAll('circle.print-point')).toHaveLength(11);
    for (const name of ['Munich', 'Kyiv', 'Warsaw', 'Brussels', 'Pokrovsk']) expect(labels()).toContain(name);
  });

  it('leaves out the places far from where the story happens', () => {
    renderPrintMap();
    expect(picture()).not.toHaveAccessibleName(/Washington|White House/);
    expect(labels()).not.toContain('Washington, D.C.');
    expect(labels()).not.toContain('White House');
  });

  it('draws the bundled basemap, shading the story’s countries', async () => {
    renderPrintMap();
    await waitFor(() => expect(picture().querySelectorAll('path.print-country')).toHaveLength(2));
    const [ukraine, france] = Array.from(picture().querySelectorAll('path'));
    expect(ukraine).toHaveClass('print-country', 'is-story');
    expect(france).toHaveClass('print-country');
    expect(france).not.toHaveClass('is-story');
    expect(ukraine?.getAttribute('d')).toMatch(/^M\d/);
    expect(ukraine?.getAttribute('d')).not.toMatch(/NaN|Infinity/);
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe('./basemap/countries-110m.json');
  });

  it('fits the picture to the paper: 1000 wide, at most 700 high, the sea behind it', () => {
    renderPrintMap();
    const [, , width, height] = (picture().getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(width).toBe(1000);
    expect(height).toBeGreaterThan(0);
    expect(height).toBeLessThanOrEqual(700);
    expect(picture().querySelector('rect.print-sea')).toHaveAttribute('width', '1000');
    for (const dot of picture().querySelectorAll('circle')) {
      expect(Number(dot.getAttribute('cx'))).toBeGreaterThanOrEqual(0);
      expect(Number(dot.getAttribute('cx'))).toBeLessThanOrEqual(1000);
      expect(Number(dot.getAttribute('cy'))).toBeGreaterThanOrEqual(0);
      expect(Number(dot.getAttribute('cy'))).toBeLessThanOrEqual(height as number);
    }
  });

  it('puts Munich west of Kyiv and Moscow north of Kyiv', () => {
    renderPrintMap();
    const at = (name: string) => {
      const group = Array.from(picture().querySelectorAll('g')).find((g) => g.textContent === name);
      const dot = group?.querySelector('circle');
      return [Number(dot?.getAttribute('cx')), Number(dot?.getAttribute('cy'))] as const;
    };
    expect(at('Munich')[0]).toBeLessThan(at('Kyiv')[0]);
    expect(at('Moscow')[1]).toBeLessThan(at('Kyiv')[1]);
  });

  it('credits Natural Earth and GeoNames under the picture', () => {
    renderPrintMap();
    const caption = screen.getByText(/^Places mentioned in the story/);
    expect(caption.tagName.toLowerCase()).toBe('figcaption');
    expect(caption).toHaveTextContent('Basemap: Natural Earth');
    expect(caption).toHaveTextContent('Places: GeoNames (CC BY 4.0)');
  });

  it('draws the whole world, with no dots, for a story without places', () => {
    renderPrintMap(buildChronology({ schemaVersion: 1, story: {}, entries: [], places: [] }));
    expect(picture()).toHaveAccessibleName('Map of the places in the story:');
    expect(picture().querySelectorAll('circle')).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { readTiles, tileSource as anyTileSource } from '../../src/map/tiles';

/** The site configured as allowed (VITE_TILE_ORIGINS) in these tests. */
const ALLOWED = ['https://tiles.example.org', 'https://tiles.example.org:8443'];
const tileSource = (param: string | null) => anyTileSource(param, ALLOWED);

describe('tileSource(param)', () => {
  it('gives the bundled basemap only (null) without a parameter', () => {
    expect(tileSource(null)).toBeNull();
    expect(tileSource('')).toBeNull();
  });

  it('names OpenStreetMap’s tiles "osm", crediting its contributors', () => {
    expect(tileSource('osm')).toEqual({
      url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
      maxZoom: 19,
    });
    expect(tileSource('OSM')).toEqual(tileSource('osm'));
  });

  it('takes an https template with {z}, {x} and {y}, credited to its host', () => {
    expect(tileSource('https://tiles.example.org/base/{z}/{x}/{y}.png')).toEqual({
      url: 'https://tiles.example.org/base/{z}/{x}/{y}.png',
      attribution: 'Tiles: tiles.example.org',
      maxZoom: 18,
    });
  });

  it('keeps a port and query in a template, and names the host with its port', () => {
    expect(tileSource('https://tiles.example.org:8443/{z}/{x}/{y}@2x.png?key=abc')).toEqual({
      url: 'https://tiles.example.org:8443/{z}/{x}/{y}@2x.png?key=abc',
      attribution: 'Tiles: tiles.example.org:8443',
      maxZoom: 18,
    });
  });

  it.each([
    ['a plain http template', 'http://tiles.example.org/{z}/{x}/{y}.png'],
    ['a template without {y}', 'https://tiles.example.org/{z}/{x}.png'],
    ['a placeholder twice', 'https://tiles.example.org/{z}/{x}/{y}/{x}.png'],
    ['a javascript: address', 'javascript:alert(1)//{z}/{x}/{y}'],
    ['a data: address', 'data:image/png;base64,{z}{x}{y}'],
    ['a relative template', '/tiles/{z}/{x}/{y}.png'],
    ['a quote that would break out of an attribute', 'https://tiles.example.org/{z}/{x}/{y}.png"onerror="x'],
    ['a quote before the placeholders', 'https://tiles.example.org/a"onerror="b/{z}/{x}/{y}.png'],
    ['a single quote between them', "https://tiles.example.org/{z}/'/{x}/{y}.png"],
    ['markup in the path', 'https://tiles.example.org/<b>/{z}/{x}/{y}.png'],
    ['a space', 'https://tiles.example.org/a b/{z}/{x}/{y}.png'],
    ['credentials before the host', 'https://user:pw@tiles.example.org/{z}/{x}/{y}.png'],
    ['an unknown provider name', 'google'],
  ])('refuses %s', (_name, param) => {
    expect(tileSource(param)).toBeNull();
  });

  it('refuses a template over 500 characters', () => {
    const path = 'a'.repeat(500);
    expect(tileSource(`https://tiles.example.org/${path}/{z}/{x}/{y}.png`)).toBeNull();
    const fits = `https://tiles.example.org/${'a'.repeat(500 - 'https://tiles.example.org//{z}/{x}/{y}.png'.length)}/{z}/{x}/{y}.png`;
    expect(fits).toHaveLength(500);
    expect(tileSource(fits)).not.toBeNull();
  });
});

describe('readTiles(param, allowedOrigins)', () => {
  it('takes templates only from the allowed sites: a link cannot pick the host readers call', () => {
    expect(readTiles('https://tracker.example.net/{z}/{x}/{y}.png', ALLOWED)).toEqual({
      source: null,
      notice: 'The map tiles this link asks for are not allowed here; the built-in map is shown.',
    });
    expect(readTiles('https://tiles.example.org/{z}/{x}/{y}.png', [])).toMatchObject({ source: null });
    expect(readTiles('https://tiles.example.org/{z}/{x}/{y}.png', ALLOWED).notice).toBeNull();
  });

  it('accepts the axes in any order, with subdomains and retina', () => {
    expect(readTiles('https://tiles.example.org/{z}/{y}/{x}{r}.png', ALLOWED).source).not.toBeNull();
    expect(readTiles('https://tiles.example.org/{s}/{z}/{x}/{y}.png', ALLOWED).source).not.toBeNull();
  });

  it.each([
    ['an unknown placeholder', 'https://tiles.example.org/{foo}/{z}/{x}/{y}.png'],
    ['upper-case placeholders', 'https://tiles.example.org/{Z}/{X}/{Y}.png'],
    ['an empty placeholder', 'https://tiles.example.org/{}/{z}/{x}/{y}.png'],
    ['object keys as provider names', '__proto__'],
    ['constructor', 'constructor'],
    ['toString', 'toString'],
    ['hasOwnProperty', 'hasOwnProperty'],
  ])('refuses %s with a notice, never a broken source', (_name, param) => {
    const choice = readTiles(param, ALLOWED);
    expect(choice.source).toBeNull();
    expect(choice.notice).toMatch(/not allowed/);
  });

  it('says nothing without a parameter', () => {
    expect(readTiles(null, ALLOWED)).toEqual({ source: null, notice: null });
  });
});

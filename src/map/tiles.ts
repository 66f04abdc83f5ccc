/**
 * Optional raster tiles, chosen by `?tiles=`: `osm`, or an https template from a site the app's
 * configuration allows (`VITE_TILE_ORIGINS`). A link cannot make readers' browsers call a host of the
 * link author's choosing: anything else is refused, with a notice, and the bundled basemap stays. Pure.
 */
import { translate } from '../i18n/i18n';

export interface TileSource {
  url: string;
  attribution: string;
  maxZoom: number;
}

export interface TileChoice {
  source: TileSource | null;
  /** Why a `tiles` parameter was not used, for a notice on the map; null when it was, or was absent. */
  notice: string | null;
}

const PROVIDERS = new Map<string, TileSource>([
  [
    'osm',
    {
      url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
      maxZoom: 19,
    },
  ],
]);

const MAX_TEMPLATE = 500;
/** Characters a template may hold: a URL's, without quotes, spaces, angle brackets or backslashes. */
const TEMPLATE_CHARACTERS = /^https:\/\/[A-Za-z0-9._~:/?#[\]@!$&()*+,;=%{}-]+$/;
/** The placeholders Leaflet fills in; each of {z}, {x} and {y} must appear once. */
const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN_PLACEHOLDERS = new Set(['z', 'x', 'y', 's', 'r']);

function template(param: string, allowedOrigins: readonly string[]): TileSource | null {
  if (param.length > MAX_TEMPLATE || !TEMPLATE_CHARACTERS.test(param)) return null;
  const names = [...param.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
  if (names.some((name) => !KNOWN_PLACEHOLDERS.has(name))) return null;
  if (!['z', 'x', 'y'].every((axis) => names.filter((name) => name === axis).length === 1)) return null;
  let url: URL;
  try {
    url = new URL(param.replace(PLACEHOLDER, '0'));
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  if (!allowedOrigins.includes(url.origin)) return null;
  return { url: param, attribution: translate('map.creditTiles', { host: url.host }), maxZoom: 18 };
}

/** The tiles a `tiles` parameter asks for, if they may be used, or why not. */
export function readTiles(param: string | null, allowedOrigins: readonly string[] = []): TileChoice {
  if (!param) return { source: null, notice: null };
  const named = PROVIDERS.get(param.toLowerCase());
  if (named) return { source: named, notice: null };
  const source = template(param, allowedOrigins);
  return source ? { source, notice: null } : { source: null, notice: translate('map.tilesRefused') };
}

/** The tile source a `tiles` parameter asks for, or null for the bundled vector basemap only. */
export function tileSource(param: string | null, allowedOrigins: readonly string[] = []): TileSource | null {
  return readTiles(param, allowedOrigins).source;
}

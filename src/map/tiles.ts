/** Optional raster tiles, chosen by `?tiles=`: a named provider or an https template URL. Pure. */

export interface TileSource {
  url: string;
  attribution: string;
  maxZoom: number;
}

const PROVIDERS: Record<string, TileSource> = {
  osm: {
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    maxZoom: 19,
  },
};

const TEMPLATE = /^https:\/\/[a-z0-9.-]+(?::\d+)?\/[^\s"'<>]*\{z\}[^\s"'<>]*\{x\}[^\s"'<>]*\{y\}[^\s"'<>]*$/i;

/** The tile source a `tiles` parameter asks for, or null for the bundled vector basemap only. */
export function tileSource(param: string | null): TileSource | null {
  if (!param) return null;
  const named = PROVIDERS[param.toLowerCase()];
  if (named) return named;
  if (param.length <= 500 && TEMPLATE.test(param)) {
    const host = new URL(param.replace(/\{[a-z]\}/g, '0')).host;
    return { url: param, attribution: `Tiles: ${host.replace(/[<>&"]/g, '')}`, maxZoom: 18 };
  }
  return null;
}

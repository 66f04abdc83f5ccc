/** Raster tiles over the vector basemap when asked for; dropped (basemap stays) when they fail to load. */
import { useState } from 'react';
import { TileLayer } from 'react-leaflet';
import type { TileSource } from './tiles';

/** This many failed tiles before any loads means the tile server is unreachable. */
const FAILURES_BEFORE_FALLBACK = 4;

export function OptionalTiles({ source }: { source: TileSource | null }) {
  const [failed, setFailed] = useState(false);
  if (!source || failed) return null;
  let errors = 0;
  let loaded = 0;
  return (
    <TileLayer
      url={source.url}
      attribution={source.attribution}
      maxZoom={source.maxZoom}
      eventHandlers={{
        tileload: () => void loaded++,
        tileerror: () => {
          errors++;
          if (loaded === 0 && errors >= FAILURES_BEFORE_FALLBACK) setFailed(true);
        },
      }}
    />
  );
}

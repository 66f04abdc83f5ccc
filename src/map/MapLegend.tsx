/**
 * The key to the map's marks, folded into a "Key" button in its corner until a reader opens it: this
 * post's places, earlier ones, dot size, groups, shaded countries and regions, uncertain places.
 * Clicks and scrolls on it stay off the map.
 */
import { useEffect, useRef } from 'react';
import L from 'leaflet';

export function MapLegend() {
  const box = useRef<HTMLDetailsElement>(null);

  useEffect(function keepMapGesturesOffTheKey() {
    const element = box.current;
    if (!element) return;
    L.DomEvent.disableClickPropagation(element);
    L.DomEvent.disableScrollPropagation(element);
  }, []);

  return (
    <details className="map-legend" ref={box}>
      <summary>Key</summary>
      <ul aria-label="Key to the map">
        <li>
          <span className="legend-mark legend-dot legend-dot--current" aria-hidden="true" />
          This post’s places
        </li>
        <li>
          <span className="legend-mark legend-dot" aria-hidden="true" />
          Places of the posts so far
        </li>
        <li>
          <span className="legend-mark legend-sizes" aria-hidden="true">
            <span className="legend-dot legend-dot--small" />
            <span className="legend-dot" />
          </span>
          Bigger dot: more posts
        </li>
        <li>
          <span className="legend-mark legend-cluster" aria-hidden="true">
            3
          </span>
          Places close together, how many
        </li>
        <li>
          <span className="legend-mark legend-area" aria-hidden="true" />
          Countries and regions named, shaded
        </li>
        <li>
          <span className="legend-mark legend-dot legend-dot--unsure" aria-hidden="true" />
          Uncertain place (marked ?)
        </li>
      </ul>
    </details>
  );
}

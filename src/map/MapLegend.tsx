/**
 * The key to the map's marks, folded into a "Key" button in its corner until a reader opens it: this
 * post's places, earlier ones, dot size, groups, shaded countries and regions, uncertain places.
 * Clicks and scrolls on it stay off the map.
 */
import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useT } from '../i18n/useT';

export function MapLegend() {
  const box = useRef<HTMLDetailsElement>(null);
  const t = useT();

  useEffect(function keepMapGesturesOffTheKey() {
    const element = box.current;
    if (!element) return;
    L.DomEvent.disableClickPropagation(element);
    L.DomEvent.disableScrollPropagation(element);
  }, []);

  return (
    <details className="map-legend" ref={box}>
      <summary>{t('legend.summary')}</summary>
      <ul aria-label={t('legend.label')}>
        <li>
          <span className="legend-mark legend-dot legend-dot--current" aria-hidden="true" />
          {t('legend.current')}
        </li>
        <li>
          <span className="legend-mark legend-dot" aria-hidden="true" />
          {t('legend.past')}
        </li>
        <li>
          <span className="legend-mark legend-sizes" aria-hidden="true">
            <span className="legend-dot legend-dot--small" />
            <span className="legend-dot" />
          </span>
          {t('legend.sizes')}
        </li>
        <li>
          <span className="legend-mark legend-cluster" aria-hidden="true">
            3
          </span>
          {t('legend.cluster')}
        </li>
        <li>
          <span className="legend-mark legend-area" aria-hidden="true" />
          {t('legend.area')}
        </li>
        <li>
          <span className="legend-mark legend-dot legend-dot--unsure" aria-hidden="true" />
          {t('legend.unsure')}
        </li>
      </ul>
    </details>
  );
}

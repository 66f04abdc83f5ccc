/** Marker icons as plain HTML (DivIcon): sized by mention count, styled by CSS state classes. */
import L from 'leaflet';
import { isUnsure } from '../core/confidence';
import type { Place } from '../core/types';
import { clusterSize, markerSize } from './geometry';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const cache = new Map<string, L.DivIcon>();

export function placeIcon(place: Place): L.DivIcon {
  const unsure = isUnsure(place);
  const key = `${place.id}|${place.entryCount}|${place.name}|${unsure}`;
  let icon = cache.get(key);
  if (!icon) {
    const size = markerSize(place.entryCount);
    icon = L.divIcon({
      className: `place-marker place-marker--${place.kind}${unsure ? ' is-unsure' : ''}`,
      iconSize: [size, size],
      html: `<span class="marker-dot" aria-hidden="true"></span><span class="marker-label" aria-hidden="true">${escapeHtml(place.name)}${unsure ? '<span class="marker-unsure"> ?</span>' : ''}</span>`,
    });
    cache.set(key, icon);
  }
  return icon;
}

const clusterIcons = new Map<number, L.DivIcon>();

export function clusterIcon(count: number): L.DivIcon {
  let icon = clusterIcons.get(count);
  if (!icon) {
    const size = clusterSize(count);
    icon = L.divIcon({
      className: 'cluster-marker',
      iconSize: [size, size],
      html: `<span aria-hidden="true">${count}</span>`,
    });
    clusterIcons.set(count, icon);
  }
  return icon;
}

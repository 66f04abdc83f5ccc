/**
 * Reference labels on the basemap, for context: country names (in the reader's language, through
 * Intl), capitals, seas and oceans, muted, each shown from the zoom it is worth showing at and only where
 * it fits: never over the story's markers, names or pointers, another label, a control or the edge
 * (referenceLabels.ts places them). Decorative: hidden from assistive technology, which has the table of
 * places. Drawn in a pane of their own under the story's markers; placed again whenever the map settles.
 */
import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type L from 'leaflet';
import { useMap, useMapEvents } from 'react-leaflet';
import { countryName } from '../core/confidence';
import { getDateLocale } from '../core/format';
import type { Place } from '../core/types';
import {
  placeReferenceLabels,
  readReferenceLabels,
  type Box,
  type LabelCandidate,
  type ReferenceLabel,
} from './referenceLabels';

const PANE = 'referenceLabels';
/** How long the map and the story's marks must stay put before the labels are placed again. */
const SETTLE_MS = 150;
const OBSTACLES =
  '.place-marker, .cluster-marker, .marker-label, .area-label, .edge-pointer, .leaflet-control, .map-legend, .map-notice';
const FONT: Record<ReferenceLabel['kind'], { size: number; font: string; spacing: number }> = {
  region: { size: 12, font: '600 12px system-ui, sans-serif', spacing: 0 },
  country: { size: 11, font: '600 11px system-ui, sans-serif', spacing: 1.2 },
  capital: { size: 11, font: '400 11px system-ui, sans-serif', spacing: 0 },
  sea: { size: 12, font: 'italic 400 12px system-ui, sans-serif', spacing: 0.4 },
};

const labelsQuery = queryOptions({
  queryKey: ['basemap', 'labels'],
  queryFn: async ({ signal }) => {
    const response = await fetch('./basemap/labels.json', { signal });
    if (!response.ok) throw new Error(`reference labels: HTTP ${response.status}`);
    // Context only: a file that is not a list of labels gives none, and the map goes on without them.
    return readReferenceLabels(await response.json());
  },
  staleTime: Infinity,
  retry: 1,
});

let measurer: CanvasRenderingContext2D | null | undefined;

/** A label's width in pixels, as drawn (a canvas measures; without one, an estimate). */
function widthOf(text: string, kind: ReferenceLabel['kind']): number {
  const { font, size, spacing } = FONT[kind];
  if (measurer === undefined) {
    try {
      measurer = document.createElement('canvas').getContext('2d');
    } catch {
      measurer = null;
    }
  }
  let width = text.length * size * 0.6;
  if (measurer) {
    measurer.font = font;
    width = measurer.measureText(kind === 'country' ? text.toUpperCase() : text).width || width;
  }
  // A capital's small square goes before its name.
  return width + spacing * text.length + (kind === 'capital' ? 7 : 0);
}

/** A country's name in the interface's language (the English names are the data's own). */
function displayName(label: ReferenceLabel, locale: string): string {
  if (label.kind !== 'country' || !label.code || locale.startsWith('en')) return label.name;
  const name = countryName(label.code, locale);
  return name === label.code ? label.name : name;
}

interface Placed {
  key: string;
  text: string;
  kind: ReferenceLabel['kind'];
  /** In the pane's layer pixels (the pane moves with the map). */
  x: number;
  y: number;
}

function boxesOf(container: HTMLElement): Box[] {
  const frame = container.getBoundingClientRect();
  return [...container.querySelectorAll<HTMLElement>(OBSTACLES)]
    .filter((el) => !el.closest(`.leaflet-${PANE}-pane`))
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x: r.left - frame.left, y: r.top - frame.top, width: r.width, height: r.height }));
}

function place(map: L.Map, labels: readonly ReferenceLabel[]): Placed[] {
  const zoom = map.getZoom();
  const size = map.getSize();
  const centre = map.getCenter().lng;
  const locale = getDateLocale();
  const candidates: (LabelCandidate & { text: string; lon: number })[] = [];
  for (const label of labels) {
    if (label.minZoom > zoom) continue;
    const lon = label.lon + Math.round((centre - label.lon) / 360) * 360;
    const at = map.latLngToContainerPoint([label.lat, lon]);
    if (at.x < -200 || at.y < -50 || at.x > size.x + 200 || at.y > size.y + 50) continue;
    const text = displayName(label, locale);
    const width = widthOf(text, label.kind);
    const height = FONT[label.kind].size + 4;
    // A region's name may sit just below or above its circle's centre when the centre is taken.
    const shifts = label.kind === 'region' ? [0, height + 6, -(height + 6)] : [0];
    for (const dy of shifts)
      candidates.push({
        label,
        text,
        lon,
        box: { x: at.x - width / 2, y: at.y - height / 2 + dy, width, height },
      });
  }
  const chosen = placeReferenceLabels(candidates, boxesOf(map.getContainer()), {
    width: size.x,
    height: size.y,
  }) as typeof candidates;
  const origin = map.containerPointToLayerPoint([0, 0]);
  return chosen.map(({ label, text, box }) => ({
    key: `${label.kind}|${label.name}|${label.lat}`,
    text,
    kind: label.kind,
    x: origin.x + box.x + box.width / 2,
    y: origin.y + box.y + box.height / 2,
  }));
}

/** The story's regions (drawn as circles) as labels that go first. */
function regionLabels(regions: readonly Place[]): ReferenceLabel[] {
  return regions.map((p) => ({
    kind: 'region',
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    minZoom: 0,
    rank: p.entryCount,
  }));
}

interface Props {
  enabled: boolean;
  /** Changes whenever the story's marks on the map may have changed (what the labels avoid). */
  storyKey: string;
  /** The story's regions shown so far: each circle is named where its name fits. */
  regions: readonly Place[];
}

export function ReferenceLabels({ enabled, storyKey, regions }: Props) {
  const map = useMap();
  const { data: reference } = useQuery({ ...labelsQuery, enabled });
  const labels = useMemo(
    () => (reference ? [...regionLabels(regions), ...reference] : null),
    [reference, regions],
  );
  const [placed, setPlaced] = useState<Placed[]>([]);
  const [settled, setSettled] = useState(0);
  useMapEvents({
    zoomstart: () => setPlaced([]),
    moveend: () => setSettled((n) => n + 1),
    resize: () => setSettled((n) => n + 1),
  });

  // The labels' own pane, made once per map (getting it again gives the same one).
  const pane = useMemo(() => {
    const made = map.getPane(PANE) ?? map.createPane(PANE);
    made.setAttribute('aria-hidden', 'true');
    return made;
  }, [map]);

  useEffect(
    function placeLabelsWhenSettled() {
      if (!labels) return;
      // Once the map and the story's marks have settled (the names of its markers find their sides on
      // the map's moves too): they are what the labels avoid. While scrubbing, no step waits on this.
      const timer = window.setTimeout(() => setPlaced(place(map, labels)), SETTLE_MS);
      return function cancelPlacing() {
        window.clearTimeout(timer);
      };
    },
    [map, labels, settled, storyKey],
  );

  if (placed.length === 0) return null;
  return createPortal(
    placed.map((p) => (
      <span
        key={p.key}
        className={`ref-label ref-label--${p.kind}`}
        style={{ transform: `translate(${p.x}px, ${p.y}px) translate(-50%, -50%)` }}
      >
        {p.text}
      </span>
    )),
    pane,
  );
}

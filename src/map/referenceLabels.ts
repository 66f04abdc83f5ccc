/**
 * The basemap's reference labels (country names, capitals, seas and oceans; built by
 * cli/referenceLabels.ts from Natural Earth and GeoNames) and where they go: in priority order, each
 * where it fits, never over the story's markers or names, another label, or the map's edge. Pure.
 */
export interface ReferenceLabel {
  /** `region`: one of the story's regions, drawn as a circle, named on it. */
  kind: 'region' | 'country' | 'capital' | 'sea';
  name: string;
  /** ISO 3166-1 alpha-2, for a country (its name in the reader's language comes from Intl). */
  code?: string;
  lat: number;
  lon: number;
  /** The zoom from which the label is worth showing. */
  minZoom: number;
  /** Bigger first: a country's or sea's extent, a capital's population. */
  rank: number;
}

const KINDS = new Set(['region', 'country', 'capital', 'sea']);

/** The labels of a labels file: only well-formed rows (anything else in the file is left out). */
export function readReferenceLabels(data: unknown): ReferenceLabel[] {
  if (!Array.isArray(data)) return [];
  return data.filter(
    (row): row is ReferenceLabel =>
      typeof row === 'object' &&
      row !== null &&
      KINDS.has((row as ReferenceLabel).kind) &&
      typeof (row as ReferenceLabel).name === 'string' &&
      (row as ReferenceLabel).name.length <= 100 &&
      Number.isFinite((row as ReferenceLabel).lat) &&
      Number.isFinite((row as ReferenceLabel).lon) &&
      Number.isFinite((row as ReferenceLabel).minZoom) &&
      Number.isFinite((row as ReferenceLabel).rank) &&
      ((row as ReferenceLabel).code === undefined || typeof (row as ReferenceLabel).code === 'string'),
  );
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  label: ReferenceLabel;
  /** The label's box on screen, centred on its point. */
  box: Box;
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

const KIND_ORDER: Record<ReferenceLabel['kind'], number> = { region: -1, sea: 0, country: 1, capital: 2 };

/** The story's regions first, then oceans and big seas, countries by size, capitals by population. */
export function byPriority(a: ReferenceLabel, b: ReferenceLabel): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.rank - a.rank;
}

/**
 * The candidates that fit, in priority order: inside the frame (with `gap` to spare), clear of every
 * obstacle (the story's markers and names) and of the labels placed before them. A label may come with
 * several boxes (a region's name on its circle's centre, else just below or above it): the first that
 * fits is taken.
 */
export function placeReferenceLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[],
  frame: { width: number; height: number },
  gap = 4,
): LabelCandidate[] {
  const placed: LabelCandidate[] = [];
  const sorted = [...candidates].sort((a, b) => byPriority(a.label, b.label));
  for (const candidate of sorted) {
    const { box } = candidate;
    if (box.x < gap || box.y < gap || box.x + box.width > frame.width - gap) continue;
    if (box.y + box.height > frame.height - gap) continue;
    if (obstacles.some((o) => overlaps(box, o, gap))) continue;
    if (placed.some((p) => p.label === candidate.label || overlaps(box, p.box, gap))) continue;
    placed.push(candidate);
  }
  return placed;
}

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

/**
 * The labels file is compact, one row per label: `[kind, name, lat, lon, minZoom, rank, code?]`, the kind
 * a letter (`c` country, `p` capital, `s` sea), coordinates to 0.1° (a label's point needs no more).
 */
export type LabelRow = [string, string, number, number, number, number, string?];

const KIND_LETTERS = { country: 'c', capital: 'p', sea: 's' } as const;
const LETTER_KINDS: Record<string, ReferenceLabel['kind']> = { c: 'country', p: 'capital', s: 'sea' };

export function encodeReferenceLabels(labels: readonly ReferenceLabel[]): LabelRow[] {
  const tenth = (n: number) => Math.round(n * 10) / 10;
  return labels
    .filter((l): l is ReferenceLabel & { kind: keyof typeof KIND_LETTERS } => l.kind !== 'region')
    .map((l) => {
      const row: LabelRow = [KIND_LETTERS[l.kind], l.name, tenth(l.lat), tenth(l.lon), l.minZoom, l.rank];
      if (l.code) row.push(l.code);
      return row;
    });
}

/** The labels of a labels file: only well-formed rows (anything else in the file is left out). */
export function readReferenceLabels(data: unknown): ReferenceLabel[] {
  if (!Array.isArray(data)) return [];
  const labels: ReferenceLabel[] = [];
  for (const row of data) {
    if (!Array.isArray(row)) continue;
    const [letter, name, lat, lon, minZoom, rank, code] = row as unknown[];
    const kind = typeof letter === 'string' ? LETTER_KINDS[letter] : undefined;
    if (!kind || typeof name !== 'string' || name.length === 0 || name.length > 100) continue;
    if (![lat, lon, minZoom, rank].every((n) => typeof n === 'number' && Number.isFinite(n))) continue;
    if (code !== undefined && typeof code !== 'string') continue;
    labels.push({
      kind,
      name,
      lat: lat as number,
      lon: lon as number,
      minZoom: minZoom as number,
      rank: rank as number,
      ...(typeof code === 'string' ? { code } : {}),
    });
  }
  return labels;
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
function byPriority(a: ReferenceLabel, b: ReferenceLabel): number {
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

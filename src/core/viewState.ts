/** The URL is the state people share: what it may hold, read safely and written back. */
import { readZoneChoice, type ZoneChoice } from './zones';

export type Order = 'newest' | 'oldest';

export interface ViewState {
  /** The scrubber's moment (ISO time). */
  t?: string;
  /** The current entry's id (settles same-minute neighbours). */
  entry?: string;
  /** The place filter's id. */
  place?: string;
  /** The search text. */
  q?: string;
  order?: Order;
  /** Presentation mode. */
  present?: '1';
  /** The time zone times are shown in; absent means the story's own (`source`). */
  tz?: ZoneChoice;
}

const ID = /^[A-Za-z0-9_.:-]{1,200}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const MAX_QUERY = 200;

function withoutControlCharacters(text: string): string {
  return Array.from(text, (c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('');
}

function time(value: string | null): string | undefined {
  return value && ISO_TIME.test(value) && Number.isFinite(Date.parse(value)) ? value : undefined;
}

function id(value: string | null): string | undefined {
  return value && ID.test(value) ? value : undefined;
}

/** Reads the view from a query string; anything malformed is left out, never thrown. */
export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state: ViewState = {};
  const t = time(params.get('t'));
  if (t) state.t = t;
  const entry = id(params.get('entry'));
  if (entry) state.entry = entry;
  const place = id(params.get('place'));
  if (place) state.place = place;
  // Cut on code points: a cut may never leave half of a surrogate pair (an emoji, a rare character).
  const q = Array.from(withoutControlCharacters(params.get('q') ?? ''))
    .slice(0, MAX_QUERY)
    .join('');
  if (q?.trim()) state.q = q;
  const order = params.get('order');
  if (order === 'newest' || order === 'oldest') state.order = order;
  if (params.get('present') === '1') state.present = '1';
  const tz = readZoneChoice(params.get('tz'));
  if (tz && tz !== 'source') state.tz = tz;
  return state;
}

const KEYS: (keyof ViewState)[] = ['t', 'entry', 'place', 'q', 'order', 'present', 'tz'];

/** Writes the view into `search`, keeping parameters this module does not own (embed, tiles, ...). */
export function writeViewState(search: string, state: ViewState): string {
  const params = new URLSearchParams(search);
  for (const key of KEYS) {
    const value = state[key];
    if (value && !(key === 'tz' && value === 'source')) params.set(key, value);
    else params.delete(key);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

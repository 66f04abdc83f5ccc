/** How the app was asked to run, read once from the URL: embed, present, print, lesson range, data source. */
import { refusal, type Refusal } from './failures';

export interface Modes {
  embed: boolean;
  present: boolean;
  print: boolean;
  /** Lesson links: only entries at or after `from` and at or before `to` (ISO times). */
  from?: string;
  to?: string;
  /** `?data=` as given; whether it may be loaded is decided with the origin rules. */
  data?: string;
  /** `?import=1`: the import view (paste or open a live page). */
  import?: boolean;
  /** `?story=ID`: a story the reader imported, kept in this browser. */
  story?: string;
  /** The offline page (one HTML file, no server): nothing to share, nothing to import. */
  offline?: boolean;
  /** `?live=1`: follow a live page, fetching the story again every 30 s. */
  live?: boolean;
  /** `?height=` (CSS pixels, 240 to 3000): an embed's fixed height, instead of one that follows its width. */
  height?: number;
}

/** What `?story=` accepts: the ids "My stories" gives (src/data/myStories.ts). */
export const STORY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** The story address of a story kept in this browser. */
export const LOCAL_PREFIX = 'local:';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const MAX_URL = 2000;

const flag = (value: string | null) => value === '1' || value === 'true';
const time = (value: string | null) =>
  value && ISO_TIME.test(value) && Number.isFinite(Date.parse(value)) ? value : undefined;

export function readModes(search: string): Modes {
  const params = new URLSearchParams(search);
  const modes: Modes = {
    embed: flag(params.get('embed')),
    present: flag(params.get('present')),
    print: flag(params.get('print')),
  };
  const from = time(params.get('from'));
  const to = time(params.get('to'));
  if (from) modes.from = from;
  if (to) modes.to = to;
  const data = params.get('data');
  if (data) modes.data = data;
  if (flag(params.get('import'))) modes.import = true;
  if (flag(params.get('live'))) modes.live = true;
  const story = params.get('story');
  if (story) modes.story = story;
  const height = params.get('height');
  if (height && /^\d{3,4}$/.test(height) && Number(height) >= 240 && Number(height) <= 3000)
    modes.height = Number(height);
  return modes;
}

/**
 * The story file to load: the sample by default; `?data=` only over http(s), from this page's origin or
 * one the app's configuration allows. Returns an error message for anything else.
 */
export function resolveDataUrl(
  data: string | undefined,
  pageUrl: string,
  allowedOrigins: readonly string[],
  fallback: string,
): { url: string } | Refusal {
  if (!data) return { url: fallback };
  if (data.length > MAX_URL) return refusal({ reason: 'link-too-long', length: data.length, max: MAX_URL });
  let url: URL;
  try {
    url = new URL(data, pageUrl);
  } catch {
    return refusal({ reason: 'link-not-url' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refusal({ reason: 'link-scheme' });
  const page = new URL(pageUrl);
  if (url.origin !== page.origin && !allowedOrigins.includes(url.origin)) {
    return refusal({ reason: 'link-origin', origin: url.origin });
  }
  return { url: url.href };
}

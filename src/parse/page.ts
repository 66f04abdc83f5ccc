/** Text copied from a live page → story metadata, entries (without places) and warnings. Pure. */
import type { Warning } from '../core/warnings';
import type { Entry, StoryMeta } from '../core/types';
import { MONTHS } from './clock';
import { detectFormat, formatNamed } from './formats';
import type { PageFormat } from './formats/format';
import { entryId } from './ids';
import { toLines, type Line } from './lines';
import { needsStartDate, resolveTimes, type TimingOptions } from './timing';

export interface ParseOptions extends TimingOptions {
  /** The page format to read the text as (`bbc`, `guardian`, …); detected from the text when absent. */
  format?: string;
}

export interface ParsedPage {
  /** The format the page was read as (`bbc`, `guardian`, …), or null when none found posts in it. */
  format: string | null;
  meta: Pick<StoryMeta, 'summary' | 'media'>;
  entries: Entry[];
  warnings: Warning[];
  /** The input line of each entry's header (its time stamp), for messages and checks. */
  lines: number[];
  /** True when the stamps carry no date and none was given: times fall on `startDate` or stay null. */
  missingDate: boolean;
}

const DATED =
  /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/i;

/** A full date in the page header ("Sunday, 24 June 2012"), for pages whose stamps carry times only. */
function dateIn(header: Line[]): string | undefined {
  for (const line of header) {
    const m = DATED.exec(line.text);
    if (m?.[1] && m[2] && m[3]) {
      const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
      return `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    }
  }
  return undefined;
}

function wordsOf(entry: Pick<Entry, 'title' | 'blocks'>): string {
  const first = entry.blocks.find((b) => b.type === 'paragraph' || b.type === 'list');
  const text = first?.type === 'paragraph' ? first.text : first?.type === 'list' ? first.items.join(' ') : '';
  return `${entry.title ?? ''}\n${text}`;
}

export function parsePage(text: string, options: ParseOptions): ParsedPage {
  const all = toLines(text);
  const chosen: PageFormat | null = options.format ? formatNamed(options.format) : detectFormat(all);
  // With no format that finds posts, the BBC reader still says what each line was (for the warnings).
  const format = chosen ?? (formatNamed('bbc') as PageFormat);
  const { header, posts, warnings, meta = {} } = format.segment(all);
  const stamps = posts.map((p) => p.stamp);
  const startDate = needsStartDate(stamps) ? (options.startDate ?? dateIn(header)) : options.startDate;
  const missingDate = needsStartDate(stamps) && !startDate;
  const times = resolveTimes(stamps, { ...options, ...(startDate ? { startDate } : {}) });
  const taken = new Set<string>();
  const entries = posts.map((post, i): Entry => {
    const body = format.body(post);
    const labels = [...post.labels, ...body.labels.filter((l) => !post.labels.includes(l))];
    const publishedAt = times[i] ?? null;
    const partial = { title: post.title, blocks: body.blocks };
    return {
      id: entryId(publishedAt, wordsOf(partial), taken),
      ...(post.number !== undefined ? { number: post.number } : {}),
      title: post.title,
      publishedAt,
      labels,
      byline: body.byline,
      blocks: body.blocks,
      places: [],
      mentions: [],
    };
  });
  posts.forEach((post, i) => {
    if (post.stamp && !times[i] && post.stamp.ago === undefined) {
      warnings.push({
        code: 'time-no-date',
        line: post.line,
        time: `${post.stamp.hour}:${String(post.stamp.minute).padStart(2, '0')}`,
      });
    }
  });
  posts.forEach((post) => {
    if (post.stamp?.ago !== undefined && options.captured === undefined)
      warnings.push({ code: 'time-ago', line: post.line, minutes: post.stamp.ago });
  });
  return {
    format: chosen && entries.length > 0 ? chosen.name : null,
    meta,
    entries,
    warnings,
    lines: posts.map((p) => p.line),
    missingDate,
  };
}

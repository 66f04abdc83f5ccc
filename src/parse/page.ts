/** Text copied from a live page → story metadata, entries (without places) and warnings. Pure. */
import type { Entry, StoryMeta } from '../core/types';
import { parseBody } from './blocks';
import { parseHeader } from './header';
import { entryId } from './ids';
import { toLines, type Line } from './lines';
import { MONTHS } from './stamp';
import { segment } from './posts';
import { needsStartDate, resolveTimes, type TimingOptions } from './timing';
import { unglueLines } from './unglue';

export type ParseOptions = TimingOptions;

export interface ParsedPage {
  meta: Pick<StoryMeta, 'summary' | 'media'>;
  entries: Entry[];
  warnings: string[];
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
  const lines = unglueLines(toLines(text));
  const { header, posts, warnings } = segment(lines);
  const head = parseHeader(header);
  const stamps = posts.map((p) => p.stamp);
  const startDate = needsStartDate(stamps) ? (options.startDate ?? dateIn(header)) : options.startDate;
  const missingDate = needsStartDate(stamps) && !startDate;
  const times = resolveTimes(stamps, { ...options, ...(startDate ? { startDate } : {}) });
  const taken = new Set<string>();
  const entries = posts.map((post, i): Entry => {
    const body = parseBody(post.body);
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
    if (post.stamp && !times[i]) {
      warnings.push(
        `line ${post.line}: the time ${post.stamp.hour}:${String(post.stamp.minute).padStart(2, '0')} has no date on the page; publishedAt left empty (give the day with --date)`,
      );
    }
  });
  return {
    meta: head.meta,
    entries,
    warnings: [...head.warnings, ...warnings],
    lines: posts.map((p) => p.line),
    missingDate,
  };
}

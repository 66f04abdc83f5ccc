/** Text with its place names marked (each behaves like the entry's place buttons) and the search's matches. */
import { Fragment, useContext, useMemo, type ReactNode } from 'react';
import { matchRanges } from '../core/explore';
import { formatEventTime } from '../core/format';
import type { EntryEvent, LinkAnnotation, Mention } from '../core/types';
import { segmentText } from './segments';
import type { PlaceHandlers } from './PlaceButton';
import { SearchQuery } from './searchQuery';
import { useT } from '../i18n/useT';
import { partOfDayWords } from '../i18n/dates';
import { useGrowingCount } from './useGrowingCount';

/** A text's first marks are drawn at once, the rest of one with thousands a slice per frame after. */
const FIRST_SEGMENTS = 400;
const SEGMENTS_PER_FRAME = 800;

/** `text` with each match of `query` in a <mark> (the text as it is when nothing matches). */
function withMatches(text: string, query: string): ReactNode {
  const ranges = matchRanges(text, query);
  if (ranges.length === 0) return text;
  const out: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push(text.slice(at, start));
    out.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

interface Props {
  text: string;
  mentions: readonly Mention[];
  links?: readonly LinkAnnotation[];
  /** Times in the text that say when something happened, marked as such. */
  events?: readonly EntryEvent[];
  /** The zone their times are told in (a tooltip names when each was). */
  timeZone?: string;
  handlers: PlaceHandlers;
}

export function MarkedText({ text, mentions, links, events, timeZone = 'UTC', handlers }: Props) {
  const query = useContext(SearchQuery);
  const t = useT();
  const marked = mentions.length > 0 || Boolean(links?.length) || Boolean(events?.length);
  const segments = useMemo(
    () => (marked ? segmentText(text, mentions, links, events) : []),
    [marked, text, mentions, links, events],
  );
  const drawn = useGrowingCount(segments.length, FIRST_SEGMENTS, SEGMENTS_PER_FRAME);
  if (!marked) return <>{withMatches(text, query)}</>;
  // Said once, not once per link: a paragraph may hold thousands.
  const linkTitle = links?.length ? t('text.link') : '';
  return (
    <>
      {segments.slice(0, drawn).map((segment, i) => {
        if (segment.kind === 'text') return <Fragment key={i}>{withMatches(segment.text, query)}</Fragment>;
        if (segment.kind === 'event') {
          const at = segment.at ? Date.parse(segment.at) : NaN;
          return (
            <time
              key={i}
              className="event-time"
              {...(segment.at ? { dateTime: segment.at } : {})}
              title={
                Number.isFinite(at)
                  ? t('events.title', {
                      when: formatEventTime(at, segment.precision, timeZone, partOfDayWords(t)),
                    })
                  : t('events.label')
              }
            >
              {withMatches(segment.text, query)}
            </time>
          );
        }
        if (segment.kind === 'link') {
          return (
            <span key={i} className="external-link" title={linkTitle}>
              {withMatches(segment.text, query)}
            </span>
          );
        }
        return (
          <button
            key={i}
            type="button"
            className="place-mention"
            onClick={() => handlers.select(segment.placeId)}
            onMouseEnter={() => handlers.highlight(segment.placeId)}
            onMouseLeave={() => handlers.highlight(null)}
            onFocus={() => handlers.highlight(segment.placeId)}
            onBlur={() => handlers.highlight(null)}
          >
            {withMatches(segment.text, query)}
          </button>
        );
      })}
    </>
  );
}

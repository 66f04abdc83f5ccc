/** One post as an article: time, labels, title, byline, every block, and its places as buttons. */
import { memo, useMemo } from 'react';
import { formatMoment } from '../core/format';
import type { Entry, EntryEvent, Mention, Person, Place } from '../core/types';
import { BlockView } from './BlockView';
import { groupBy } from './groupBy';
import { MarkedText } from './MarkedText';
import { EntryPlaces } from './EntryPlaces';
import type { PlaceHandlers } from './PlaceButton';
import './timeline.css';
import { useT } from '../i18n/useT';
import { useGrowingCount } from './useGrowingCount';

interface Props {
  entry: Entry;
  places: Place[];
  isCurrent: boolean;
  highlighted: boolean;
  timeZone: string;
  onSelect(id: string): void;
  onHover(places: readonly string[] | null): void;
  handlers: PlaceHandlers;
}

const NO_MENTIONS: Mention[] = [];
const NO_EVENTS: EntryEvent[] = [];
/** A post's first blocks are drawn at once, the rest of a very long one a slice per frame after. */
const FIRST_BLOCKS = 30;
const BLOCKS_PER_FRAME = 60;

function people(byline: Entry['byline']): Person[] {
  return byline ? (Array.isArray(byline) ? byline : [byline]) : [];
}

export const EntryCard = memo(function EntryCard({
  entry,
  places,
  isCurrent,
  highlighted,
  timeZone,
  onSelect,
  onHover,
  handlers,
}: Props) {
  const t = useT();
  const headingId = `entry-${entry.id}-title`;
  const time = entry.publishedAt ? Date.parse(entry.publishedAt) : null;
  const timeText =
    time === null ? t('entry.untimed') : formatMoment(time, timeZone) || t('entry.timeUnreadable');
  // Grouped once (not filtered once per block): a post with thousands of mentions stays quick to draw.
  const byBlock = useMemo(() => groupBy(entry.mentions, (m) => m.block), [entry.mentions]);
  const mentionsOf = (block: number | 'title' | 'byline') => byBlock.get(block) ?? NO_MENTIONS;
  const eventsByBlock = useMemo(() => groupBy(entry.events ?? [], (e) => e.block), [entry.events]);
  const drawnBlocks = useGrowingCount(entry.blocks.length, FIRST_BLOCKS, BLOCKS_PER_FRAME);
  const authors = people(entry.byline);
  return (
    <article
      id={`entry-${entry.id}`}
      className={`entry${isCurrent ? ' is-current' : ''}${highlighted ? ' is-highlighted' : ''}`}
      aria-labelledby={headingId}
      aria-current={isCurrent ? 'true' : undefined}
      data-entry-id={entry.id}
      onMouseEnter={() => onHover(entry.places)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(entry.places)}
      onBlur={() => onHover(null)}
      onClick={(event) => {
        // A click on the card (not on one of its buttons) makes the post current.
        if (!(event.target as Element).closest('button, a, summary')) onSelect(entry.id);
      }}
    >
      <div className="entry-meta">
        <button
          type="button"
          className="entry-time"
          onClick={() => onSelect(entry.id)}
          aria-label={t('entry.goTo', { time: timeText })}
        >
          {time !== null ? <time dateTime={entry.publishedAt ?? undefined}>{timeText}</time> : timeText}
        </button>
        {entry.labels.map((label) => (
          <span key={label} className={`label label--${label.toLowerCase()}`}>
            {label}
          </span>
        ))}
      </div>
      {/* The story's words keep their own direction in any interface language (dir="auto"). */}
      <h2 id={headingId} className="entry-title" dir="auto">
        {entry.title ? (
          <MarkedText text={entry.title} mentions={mentionsOf('title')} handlers={handlers} />
        ) : (
          t('story.untitledPost')
        )}
      </h2>
      {authors.length > 0 && (
        <p className="byline" dir="auto">
          {authors.map((p) => p.name).join(t('entry.authorsJoin'))}
          {(authors[0]?.role || authors[0]?.location) && (
            <span className="byline-role">
              {authors[0].role}
              {authors[0].role && authors[0].location && ', '}
              {authors[0].location && (
                <MarkedText text={authors[0].location} mentions={mentionsOf('byline')} handlers={handlers} />
              )}
            </span>
          )}
        </p>
      )}
      <div className="entry-body">
        {entry.blocks.slice(0, drawnBlocks).map((block, i) => (
          <BlockView
            key={i}
            block={block}
            mentions={mentionsOf(i)}
            events={entry.events ? (eventsByBlock.get(i) ?? NO_EVENTS) : undefined}
            timeZone={timeZone}
            handlers={handlers}
          />
        ))}
      </div>
      {places.length > 0 && <EntryPlaces places={places} handlers={handlers} />}
    </article>
  );
});

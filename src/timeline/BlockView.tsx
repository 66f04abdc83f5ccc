/** One content block of an entry: paragraph, list, figure, media or quote, with its place names marked. */
import { memo, useMemo } from 'react';
import type { Block, EntryEvent, LinkAnnotation, Mention } from '../core/types';
import { groupBy } from './groupBy';
import { MarkedText } from './MarkedText';
import type { PlaceHandlers } from './PlaceButton';
import { useT } from '../i18n/useT';
import { useGrowingCount } from './useGrowingCount';

interface Props {
  block: Block;
  mentions: readonly Mention[];
  /** The events this block's text tells of, and the zone their times are shown in. */
  events?: readonly EntryEvent[];
  timeZone?: string;
  handlers: PlaceHandlers;
}

const NONE: Mention[] = [];
const NO_LINKS: LinkAnnotation[] = [];

/** A list's first items are drawn at once, the rest of a very long one a slice per frame after. */
const FIRST_ITEMS = 100;
const ITEMS_PER_FRAME = 250;

/** Memoised: a long post that draws its next blocks leaves the blocks already drawn alone. */
export const BlockView = memo(function BlockView({ block, mentions, events, timeZone, handlers }: Props) {
  const t = useT();
  const drawnItems = useGrowingCount(
    block.type === 'list' ? block.items.length : 0,
    FIRST_ITEMS,
    ITEMS_PER_FRAME,
  );
  // The same arrays on each render, so the texts already drawn are not marked again as a list grows.
  const byField = useMemo(() => groupBy(mentions, (m) => m.field), [mentions]);
  const byItem = useMemo(() => groupBy(mentions, (m) => m.item), [mentions]);
  const field = (name: 'alt' | 'caption') => byField.get(name) ?? NONE;
  switch (block.type) {
    case 'paragraph':
      return (
        <p dir="auto">
          <MarkedText
            text={block.text}
            mentions={mentions}
            links={block.links ?? NO_LINKS}
            events={events}
            timeZone={timeZone}
            handlers={handlers}
          />
        </p>
      );
    case 'quote':
      return (
        <blockquote dir="auto">
          <p>
            <MarkedText
              text={block.text}
              mentions={mentions}
              events={events}
              timeZone={timeZone}
              handlers={handlers}
            />
          </p>
          {block.cite && <cite>{block.cite}</cite>}
        </blockquote>
      );
    case 'list':
      return (
        <ul dir="auto">
          {block.items.slice(0, drawnItems).map((item, i) => (
            <li key={i}>
              <MarkedText text={item} mentions={byItem.get(i) ?? NONE} handlers={handlers} />
            </li>
          ))}
        </ul>
      );
    case 'image':
      return (
        <figure className="figure">
          <div className="figure-alt">
            <span className="figure-kind">{t('block.image')}</span>
            {block.alt ? (
              <bdi>
                <MarkedText text={block.alt} mentions={field('alt')} handlers={handlers} />
              </bdi>
            ) : (
              t('block.noDescription')
            )}
          </div>
          {(block.caption || block.credit) && (
            <figcaption>
              {block.caption && (
                <bdi>
                  <MarkedText text={block.caption} mentions={field('caption')} handlers={handlers} />
                </bdi>
              )}
              {block.credit && (
                <span className="figure-credit">{t('block.imageSource', { credit: block.credit })}</span>
              )}
            </figcaption>
          )}
        </figure>
      );
    case 'media':
      return (
        <figure className="figure figure--media">
          <div className="figure-alt">
            <span className="figure-kind">{t('block.video')}</span>
          </div>
          <figcaption dir="auto">
            <MarkedText text={block.caption} mentions={field('caption')} handlers={handlers} />
          </figcaption>
        </figure>
      );
  }
});

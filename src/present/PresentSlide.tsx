/** One entry, large enough to read from the back of a room. */
import type { Ref } from 'react';
import { formatMoment } from '../core/format';
import type { Entry, Place } from '../core/types';
import { useT } from '../i18n/useT';

export function PresentSlide({
  entry,
  places,
  timeZone,
  ref,
}: {
  entry: Entry;
  places: Place[];
  timeZone: string;
  ref?: Ref<HTMLElement>;
}) {
  const t = useT();
  const paragraphs = entry.blocks.filter((b) => b.type === 'paragraph' || b.type === 'list').slice(0, 3);
  return (
    <article ref={ref} className="present-slide" aria-labelledby="present-title" aria-current="true">
      <p className="present-meta">
        {entry.publishedAt && (
          <time dateTime={entry.publishedAt}>{formatMoment(Date.parse(entry.publishedAt), timeZone)}</time>
        )}
        {entry.labels.map((label) => (
          <span key={label} className="label">
            {label}
          </span>
        ))}
      </p>
      <h2 id="present-title" dir="auto">
        {entry.title ?? t('story.untitledPost')}
      </h2>
      {paragraphs.map((block, i) =>
        block.type === 'paragraph' ? (
          <p key={i} dir="auto">
            {block.text}
          </p>
        ) : block.type === 'list' ? (
          <ul key={i} dir="auto">
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ) : null,
      )}
      {places.length > 0 && (
        <p className="present-places" dir="auto">
          {places.map((p) => p.name).join(' · ')}
        </p>
      )}
    </article>
  );
}

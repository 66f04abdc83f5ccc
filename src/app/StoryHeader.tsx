/** The story's title with credit to its publisher and its date. */
import type { ReactNode } from 'react';
import type { Chronology } from '../core/chronology';
import { formatDay } from '../core/format';
import type { Story } from '../core/types';

interface Props {
  story: Story;
  chronology: Chronology;
  timeZone: string;
  children?: ReactNode;
}

export function StoryHeader({ story, chronology, timeZone, children }: Props) {
  const { title, publisher } = story.story;
  const dated = !chronology.ordinal && chronology.entries.length > 0;
  const first = dated ? formatDay(chronology.start, timeZone, true) : null;
  const last = dated ? formatDay(chronology.end, timeZone, true) : null;
  const dates = first && last && first !== last ? `${first} – ${last}` : first;
  return (
    <header className="app-header">
      <p className="app-brand">
        <span aria-hidden="true">◉</span> Live Atlas
      </p>
      <h1 className="story-title">{title ?? 'Live page'}</h1>
      <p className="story-credit">
        {publisher && <span>From a {publisher} live page</span>}
        {publisher && dates && <span aria-hidden="true"> · </span>}
        {dates && <span>{dates}</span>}
        <span aria-hidden="true"> · </span>
        <span>{chronology.entries.length} posts</span>
      </p>
      {children && <div className="header-actions">{children}</div>}
    </header>
  );
}

/** The story's title with credit to its publisher and its date. */
import type { ReactNode } from 'react';
import type { Chronology } from '../core/chronology';
import { formatDay } from '../core/format';
import type { Story } from '../core/types';
import type { Zones } from '../core/zones';
import { LiveStatus } from './LiveStatus';
import { ZonePicker } from './ZonePicker';

interface Props {
  story: Story;
  chronology: Chronology;
  zones: Zones;
  children?: ReactNode;
}

export function StoryHeader({ story, chronology, zones, children }: Props) {
  const timeZone = zones.axis;
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
      <LiveStatus />
      <div className="header-actions">
        <ZonePicker zones={zones} source={story.story.sourceTimeZone} />
        {children}
      </div>
    </header>
  );
}

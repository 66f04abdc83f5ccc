/** The story's title with credit to its publisher and its date. */
import type { ReactNode } from 'react';
import type { Chronology } from '../core/chronology';
import { formatDay } from '../core/format';
import type { Story } from '../core/types';
import type { Zones } from '../core/zones';
import { LiveStatus } from './LiveStatus';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { ZonePicker } from './ZonePicker';
import { useT } from '../i18n/useT';

interface Props {
  story: Story;
  chronology: Chronology;
  zones: Zones;
  children?: ReactNode;
}

export function StoryHeader({ story, chronology, zones, children }: Props) {
  const timeZone = zones.axis;
  const t = useT();
  const { title, publisher } = story.story;
  const dated = !chronology.ordinal && chronology.entries.length > 0;
  const first = dated ? formatDay(chronology.start, timeZone, true) : null;
  const last = dated ? formatDay(chronology.end, timeZone, true) : null;
  const dates = first && last && first !== last ? `${first} – ${last}` : first;
  return (
    <header className="app-header">
      <p className="app-brand">
        <span aria-hidden="true">◉</span> {t('app.brand')}
      </p>
      <h1 className="story-title" dir="auto">
        {title ?? t('story.untitledPage')}
      </h1>
      <p className="story-credit">
        {publisher && <span>{t('header.credit', { publisher })}</span>}
        {publisher && dates && <span aria-hidden="true"> · </span>}
        {dates && <span>{dates}</span>}
        <span aria-hidden="true"> · </span>
        <span>{t('header.posts', { count: chronology.entries.length })}</span>
      </p>
      <LiveStatus />
      <div className="header-actions">
        <ZonePicker zones={zones} source={story.story.sourceTimeZone} />
        <LanguagePicker />
        {children}
      </div>
    </header>
  );
}

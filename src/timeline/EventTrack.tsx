/**
 * "When it happened": the second track under the scrubber, with a tick for each time a post's text says
 * something happened (`entry.events`), in the order they happened. Each tick is a button named by that
 * time and its post; choosing one, or moving along them with the arrow keys, makes that post current.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { Chronology } from '../core/chronology';
import { eventIndexFor, eventsOf } from '../core/events';
import { formatEventTime } from '../core/format';
import type { Zones } from '../core/zones';
import { useT } from '../i18n/useT';
import { partOfDayWords } from '../i18n/dates';

interface Props {
  chronology: Chronology;
  current: number;
  moment: number;
  zones: Zones;
  /** Makes the post at this chronological index the current one. */
  onStep(index: number): void;
}

export function EventTrack({ chronology, current, moment, zones, onStep }: Props) {
  const track = useRef<HTMLDivElement>(null);
  // The event last chosen here, kept while its post is the current one (a post may tell of several).
  const [chosen, setChosen] = useState<number | null>(null);
  const t = useT();
  const events = eventsOf(chronology);
  if (events.length === 0) return null;
  const index =
    chosen !== null && events[chosen]?.entry === current ? chosen : eventIndexFor(events, current, moment);
  // Evenly spaced in the order they happened: days-old events would otherwise crowd today's into a dot.
  const where = (i: number) => (events.length === 1 ? 0.5 : i / (events.length - 1));
  const when = (i: number) => {
    const e = events[i] as (typeof events)[number];
    const post = chronology.entries[e.entry];
    return formatEventTime(e.at, e.event.precision, post ? zones.of(post) : zones.axis, partOfDayWords(t));
  };

  const go = (i: number) => {
    const target = events[i];
    if (!target) return;
    setChosen(i);
    onStep(target.entry);
  };

  // Arrow keys move between the ticks (one tab stop for the track), and the post follows.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target: Record<string, number> = {
      ArrowLeft: index - 1,
      ArrowDown: index - 1,
      ArrowRight: index + 1,
      ArrowUp: index + 1,
      Home: 0,
      End: events.length - 1,
    };
    const next = target[event.key];
    if (next === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    const i = Math.min(events.length - 1, Math.max(0, next));
    go(i);
    track.current?.querySelectorAll<HTMLButtonElement>('button')[i]?.focus({ preventScroll: true });
  }

  return (
    // Left to right in every language, as the scrubber above it (Scrubber.tsx).
    <div className="event-track" dir="ltr">
      <span className="event-track-label" aria-hidden="true">
        {t('events.label')}
      </span>
      <div
        ref={track}
        className="event-track-rail"
        role="group"
        aria-label={t('events.label')}
        onKeyDown={onKeyDown}
      >
        {events.map((e, i) => {
          const post = chronology.entries[e.entry];
          const vague = e.event.precision === 'day' || e.event.precision === 'part-of-day';
          return (
            <button
              key={`${e.entry}-${e.event.block}-${e.event.start}`}
              type="button"
              className={`event-tick${i === index ? ' event-tick--current' : ''}${vague ? ' event-tick--vague' : ''}`}
              style={{ left: `${where(i) * 100}%` }}
              tabIndex={i === index ? 0 : -1}
              aria-current={i === index ? 'true' : undefined}
              aria-label={t('events.tick', { when: when(i), title: post?.title ?? t('story.untitledPost') })}
              onClick={() => go(i)}
            />
          );
        })}
      </div>
      <div className="event-track-axis" aria-hidden="true">
        <span>{when(0)}</span>
        <span>{when(events.length - 1)}</span>
      </div>
    </div>
  );
}

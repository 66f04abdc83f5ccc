/** The scrubber with Play/Pause and its speed: the time controls of the explorer and of the embed. */
import { useCallback, useState } from 'react';
import type { Chronology } from '../core/chronology';
import type { ExplorerView } from '../core/explore';
import type { Zones } from '../core/zones';
import type { Actions } from '../data/useActions';
import { EventTrack } from './EventTrack';
import { PlayControls } from './PlayControls';
import { Scrubber } from './Scrubber';
import { SPEEDS, usePlayback } from './usePlayback';
import './timeline.css';

/** What the timeline's pieces need: the story in time, the view, and how to change it. */
export interface TimelineProps {
  chronology: Chronology;
  view: ExplorerView;
  /** The zones times are shown in (`?tz=`). */
  zones: Zones;
  actions: Actions;
  playing: boolean;
  onPlayingChange(playing: boolean): void;
}

const DEFAULT_SPEED = 1;

export function TimeControls({ chronology, view, zones, actions, playing, onPlayingChange }: TimelineProps) {
  const [speed, setSpeed] = useState(DEFAULT_SPEED);
  const last = chronology.entries.length - 1;
  const stop = useCallback(() => onPlayingChange(false), [onPlayingChange]);
  usePlayback(playing, SPEEDS[speed]?.ms ?? 2000, view.current, last, actions.stepTo, stop);

  function togglePlay() {
    // Playing from the last post starts the story again.
    if (!playing && view.current >= last) actions.stepTo(0);
    onPlayingChange(!playing);
  }

  return (
    <>
      <Scrubber
        chronology={chronology}
        moment={view.moment}
        current={view.current}
        zones={zones}
        matching={view.query.trim() ? view.visible : undefined}
        onScrub={actions.scrubTo}
        onStep={actions.stepTo}
      />
      <PlayControls playing={playing} speed={speed} onToggle={togglePlay} onSpeed={setSpeed} />
      <EventTrack
        chronology={chronology}
        current={view.current}
        moment={view.moment}
        zones={zones}
        onStep={actions.stepTo}
      />
    </>
  );
}

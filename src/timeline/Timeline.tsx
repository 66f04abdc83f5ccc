/** The timeline panel: scrubber, playback, list controls and the entries. */
import { useCallback, useMemo, useState } from 'react';
import type { Actions } from '../data/useActions';
import type { Chronology } from '../core/chronology';
import type { ExplorerView } from '../core/explore';
import { setHighlight } from '../data/highlightStore';
import { EntryList } from './EntryList';
import { ListControls } from './ListControls';
import type { PlaceHandlers } from './PlaceButton';
import { PlayControls } from './PlayControls';
import { Scrubber } from './Scrubber';
import { SPEEDS, usePlayback } from './usePlayback';

interface Props {
  chronology: Chronology;
  view: ExplorerView;
  timeZone: string;
  actions: Actions;
  playing: boolean;
  onPlayingChange(playing: boolean): void;
}

const DEFAULT_SPEED = 1;

export function Timeline({ chronology, view, timeZone, actions, playing, onPlayingChange }: Props) {
  const [speed, setSpeed] = useState(DEFAULT_SPEED);
  const last = chronology.entries.length - 1;
  const stop = useCallback(() => onPlayingChange(false), [onPlayingChange]);
  usePlayback(playing, SPEEDS[speed]?.ms ?? 2000, view.current, last, actions.stepTo, stop);
  const handlers = useMemo<PlaceHandlers>(
    () => ({
      select: actions.selectPlace,
      highlight: (placeId) => setHighlight(placeId ? { places: [placeId] } : null),
    }),
    [actions],
  );

  function togglePlay() {
    if (!playing && view.current >= last) actions.stepTo(0);
    onPlayingChange(!playing);
  }

  return (
    <>
      <div className="timeline-head">
        <Scrubber
          chronology={chronology}
          moment={view.moment}
          current={view.current}
          timeZone={timeZone}
          onScrub={actions.scrubTo}
          onStep={actions.stepTo}
        />
        <PlayControls playing={playing} speed={speed} onToggle={togglePlay} onSpeed={setSpeed} />
        <ListControls
          query={view.query}
          order={view.order}
          place={view.place}
          shown={view.visible.length}
          total={chronology.entries.length}
          onSearch={actions.search}
          onOrder={actions.setOrder}
          onClearPlace={actions.clearPlace}
        />
      </div>
      <EntryList
        chronology={chronology}
        view={view}
        timeZone={timeZone}
        onSelectEntry={actions.selectEntry}
        handlers={handlers}
      />
    </>
  );
}

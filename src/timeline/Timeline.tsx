/** The timeline panel: scrubber, playback, list controls and the entries. */
import { EntryList } from './EntryList';
import { ListControls } from './ListControls';
import { NowLine } from './NowLine';
import { usePlaceHandlers } from './placeHandlers';
import { TimeControls, type TimelineProps } from './TimeControls';
import { NARROW, useMediaQuery } from './useMediaQuery';
import './timeline.css';

export function Timeline({ chronology, view, timeZone, actions, playing, onPlayingChange }: TimelineProps) {
  const handlers = usePlaceHandlers(actions.selectPlace);
  // On a phone the scrubber stays on screen above the list, with the current post in one line.
  const narrow = useMediaQuery(NARROW);

  return (
    <>
      <div className="timeline-head">
        <TimeControls
          chronology={chronology}
          view={view}
          timeZone={timeZone}
          actions={actions}
          playing={playing}
          onPlayingChange={onPlayingChange}
        />
        {narrow && <NowLine entry={chronology.entries[view.current] ?? null} timeZone={timeZone} />}
      </div>
      <div className="timeline-tools">
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

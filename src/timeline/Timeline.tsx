/** The timeline panel: scrubber, playback, list controls and the entries. */
import { EntryList } from './EntryList';
import { ListControls } from './ListControls';
import { usePlaceHandlers } from './placeHandlers';
import { TimeControls, type TimelineProps } from './TimeControls';
import './timeline.css';

export function Timeline({ chronology, view, timeZone, actions, playing, onPlayingChange }: TimelineProps) {
  const handlers = usePlaceHandlers(actions.selectPlace);

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

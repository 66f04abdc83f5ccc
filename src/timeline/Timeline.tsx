/** The timeline panel: scrubber, playback, list controls and the entries. */
import { EntryList } from './EntryList';
import { ListControls } from './ListControls';
import { NowLine } from './NowLine';
import { usePlaceHandlers } from './placeHandlers';
import { TimeControls, type TimelineProps } from './TimeControls';
import { NARROW, useMediaQuery } from './useMediaQuery';
import './timeline.css';

export function Timeline({ chronology, view, zones, actions, playing, onPlayingChange }: TimelineProps) {
  const now = chronology.entries[view.current] ?? null;
  const handlers = usePlaceHandlers(actions.selectPlace);
  // On a phone the scrubber stays on screen above the list, with the current post in one line.
  const narrow = useMediaQuery(NARROW);

  return (
    <>
      <div className="timeline-head">
        <TimeControls
          chronology={chronology}
          view={view}
          zones={zones}
          actions={actions}
          playing={playing}
          onPlayingChange={onPlayingChange}
        />
        {narrow && <NowLine entry={now} timeZone={now ? zones.of(now) : zones.axis} />}
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
        zones={zones}
        onSelectEntry={actions.selectEntry}
        handlers={handlers}
      />
    </>
  );
}

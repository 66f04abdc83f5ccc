/** The explorer: header, map and timeline side by side, meeting only in the URL state and the data. */
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { Chronology } from '../core/chronology';
import { deriveView } from '../core/explore';
import type { Story } from '../core/types';
import { useViewState } from '../data/viewStore';
import { PlaceList } from '../places/PlaceList';
import { Timeline } from '../timeline/Timeline';
import { useActions } from '../data/useActions';
import { StoryHeader } from './StoryHeader';
import { Announcer } from './Announcer';

const StoryMap = lazy(() => import('../map/StoryMap'));

export function Explorer({
  story,
  chronology,
  children,
}: {
  story: Story;
  chronology: Chronology;
  children?: ReactNode;
}) {
  const state = useViewState();
  const view = deriveView(chronology, state);
  const actions = useActions(chronology);
  const [playing, setPlaying] = useState(false);
  const [openOnCurrent] = useState(() => Boolean(state.entry ?? state.t ?? state.place));
  const timeZone = story.story.sourceTimeZone ?? 'UTC';
  const current = chronology.entries[view.current] ?? null;

  function pauseOnInteraction(event: { target: EventTarget | null }) {
    if (playing && !(event.target instanceof Element && event.target.closest('[data-play-controls]')))
      setPlaying(false);
  }

  return (
    <div className="app" onPointerDownCapture={pauseOnInteraction} onKeyDownCapture={pauseOnInteraction}>
      <a className="skip-link" href="#timeline">
        Skip to the timeline
      </a>
      <StoryHeader story={story} chronology={chronology} timeZone={timeZone} />
      {children}
      <main className="explorer">
        <section className="explorer-map" aria-label="Map">
          <Suspense fallback={<div className="map-loading">Loading the map…</div>}>
            <StoryMap
              chronology={chronology}
              view={view}
              openOnCurrent={openOnCurrent}
              onSelectPlace={actions.selectPlace}
            />
          </Suspense>
          <PlaceList chronology={chronology} view={view} onSelectPlace={actions.selectPlace} />
        </section>
        <section className="explorer-timeline" aria-label="Timeline" id="timeline" tabIndex={-1}>
          <Timeline
            chronology={chronology}
            view={view}
            timeZone={timeZone}
            actions={actions}
            playing={playing}
            onPlayingChange={setPlaying}
          />
        </section>
      </main>
      <Announcer entry={current} timeZone={timeZone} />
    </div>
  );
}

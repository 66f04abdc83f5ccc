/** The explorer: header, map and timeline side by side, meeting only in the URL state and the data. */
import { useDeferredValue, useState, type ReactNode } from 'react';
import type { Chronology } from '../core/chronology';
import type { Story } from '../core/types';
import { PlaceList } from '../places/PlaceList';
import { Timeline } from '../timeline/Timeline';
import { NARROW, useMediaQuery } from '../timeline/useMediaQuery';
import { Announcer } from './Announcer';
import { StoryHeader } from './StoryHeader';
import { useExplorerState } from './useExplorerState';
import { useZones } from './useZones';
import { usePresentShortcut } from './usePresentShortcut';
import StoryMap from '../map/StoryMap';
import { useT } from '../i18n/useT';

interface Props {
  story: Story;
  chronology: Chronology;
  /** Extra header actions (Share, Present). */
  actions?: ReactNode;
  /** Starts presentation mode (the P key). */
  onPresent?: () => void;
  children?: ReactNode;
}

export function Explorer({ story, chronology, actions: headerActions, onPresent, children }: Props) {
  const { view, actions, playing, setPlaying, openedOnState, pauseOnInteraction } =
    useExplorerState(chronology);
  const zones = useZones(story, chronology);
  const t = useT();
  const current = chronology.entries[view.current] ?? null;
  // The map and the place table follow a step of the scrubber in a render of their own, just after the
  // post list's: a step shows its post in the next frame even on a story of 10,000 posts (issue #17).
  const placesView = useDeferredValue(view);

  usePresentShortcut(onPresent);
  // On a phone the map can be folded away, leaving the list (and the scrubber above it) the screen.
  const narrow = useMediaQuery(NARROW);
  const [mapOpen, setMapOpen] = useState(true);

  return (
    <div className="app" onPointerDownCapture={pauseOnInteraction} onKeyDownCapture={pauseOnInteraction}>
      <a className="skip-link" href="#timeline">
        {t('explorer.skip')}
      </a>
      <StoryHeader story={story} chronology={chronology} zones={zones}>
        {headerActions}
      </StoryHeader>
      {children}
      <main className="explorer">
        <section className="explorer-map" aria-label={t('explorer.map')}>
          {narrow && (
            <button
              type="button"
              className="button map-toggle"
              aria-controls="explorer-map-body"
              aria-expanded={mapOpen}
              onClick={() => setMapOpen((open) => !open)}
            >
              {mapOpen ? t('explorer.hideMap') : t('explorer.showMap')}
            </button>
          )}
          <div id="explorer-map-body" className="explorer-map-body" hidden={narrow && !mapOpen}>
            <StoryMap
              chronology={chronology}
              view={placesView}
              openOnCurrent={openedOnState}
              onSelectPlace={actions.selectPlace}
            />
            <PlaceList chronology={chronology} view={placesView} onSelectPlace={actions.selectPlace} />
          </div>
        </section>
        <section
          className="explorer-timeline"
          aria-label={t('explorer.timeline')}
          id="timeline"
          tabIndex={-1}
        >
          <Timeline
            chronology={chronology}
            view={view}
            zones={zones}
            actions={actions}
            playing={playing}
            onPlayingChange={setPlaying}
          />
        </section>
      </main>
      <Announcer entry={current} timeZone={current ? zones.of(current) : zones.axis} />
    </div>
  );
}

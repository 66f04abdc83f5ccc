/** The embed (`?embed=1`): title, scrubber, map and the current entry, sized for an iframe beside a live page. */
import { useState, type CSSProperties } from 'react';
import type { Chronology } from '../core/chronology';
import type { Command } from '../core/embedProtocol';
import { fullViewUrl } from '../core/links';
import { readModes } from '../core/modes';
import type { Story } from '../core/types';
import { currentHref } from '../data/viewStore';
import { allowedOrigins, embeddingOrigin } from '../embed/origins';
import { useAmpEmbedSize } from '../embed/useAmpEmbedSize';
import { useEmbedApi } from '../embed/useEmbedApi';
import { pymChildId, usePymChild } from '../embed/usePymChild';
import { EntryCard } from '../timeline/EntryCard';
import { highlightPlaces, usePlaceHandlers } from '../timeline/placeHandlers';
import { TimeControls } from '../timeline/TimeControls';
import { currentPlacesOf } from '../map/layers';
import { Announcer } from './Announcer';
import { LiveStatus } from './LiveStatus';
import { useExplorerState } from './useExplorerState';
import { useZones } from './useZones';
import StoryMap from '../map/StoryMap';
import './embed.css';
import { useT } from '../i18n/useT';

export function EmbedExplorer({ story, chronology }: { story: Story; chronology: Chronology }) {
  const { view, actions, playing, setPlaying, openedOnState, pauseOnInteraction } =
    useExplorerState(chronology);
  const [childId] = useState(pymChildId);
  // The frame's height follows its width only (or `?height=`), never the post: see embed.css.
  const [fixedHeight] = useState(() => readModes(window.location.search).height);
  const [allowed] = useState(allowedOrigins);
  const [target] = useState(() => embeddingOrigin() ?? '*');
  const zones = useZones(story, chronology);
  const t = useT();
  const current = chronology.entries[view.current] ?? null;

  usePymChild(childId);
  useAmpEmbedSize(window.parent !== window, fixedHeight);
  useEmbedApi({
    enabled: window.parent !== window,
    allowed,
    target,
    change: {
      time: current?.publishedAt ?? null,
      entryId: current?.id ?? null,
      placeId: view.place?.id ?? null,
    },
    onCommand(command: Command) {
      if (command.type === 'live-atlas:play') setPlaying(true);
      else if (command.type === 'live-atlas:pause') setPlaying(false);
      else if (command.placeId && chronology.placeById.has(command.placeId))
        actions.selectPlace(command.placeId);
      else if (command.entryId && chronology.indexById.has(command.entryId))
        actions.stepTo(chronology.indexById.get(command.entryId) ?? 0);
      else if (command.time) actions.scrubTo(Date.parse(command.time));
    },
  });

  const places = currentPlacesOf(chronology, view);
  const handlers = usePlaceHandlers(actions.selectPlace);

  return (
    <div
      className={`app app--embed${childId ? ' is-auto-height' : ''}`}
      style={fixedHeight ? ({ '--embed-height': `${fixedHeight}px` } as CSSProperties) : undefined}
      onPointerDownCapture={pauseOnInteraction}
      onKeyDownCapture={pauseOnInteraction}
    >
      <header className="embed-header">
        <h1 className="embed-title">{story.story.title ?? t('story.untitledPage')}</h1>
        <a className="embed-open" href={fullViewUrl(currentHref())} target="_blank" rel="noopener">
          {t('embed.open')}
          <span className="visually-hidden">{t('common.newTab')}</span>
        </a>
      </header>
      <main className="embed-main">
        <section className="embed-map" aria-label={t('explorer.map')}>
          <StoryMap
            chronology={chronology}
            view={view}
            openOnCurrent={openedOnState}
            onSelectPlace={actions.selectPlace}
            embedded
          />
        </section>
        <section className="embed-timeline" aria-label={t('explorer.timeline')}>
          <LiveStatus />
          <TimeControls
            chronology={chronology}
            view={view}
            zones={zones}
            actions={actions}
            playing={playing}
            onPlayingChange={setPlaying}
          />
          {current && (
            <EntryCard
              entry={current}
              places={places}
              isCurrent
              highlighted={false}
              timeZone={zones.of(current)}
              onSelect={actions.selectEntry}
              onHover={highlightPlaces}
              handlers={handlers}
            />
          )}
        </section>
      </main>
      <Announcer entry={current} timeZone={current ? zones.of(current) : zones.axis} />
    </div>
  );
}

/** Presentation mode: one entry at a time over the map, clicker and keyboard control, blanking, autoplay. */
import { useEffect, useRef, useState } from 'react';
import type { Chronology } from '../core/chronology';
import type { Story } from '../core/types';
import { setViewState } from '../data/viewStore';
import { enterFullscreen, exitFullscreen } from '../present/fullscreen';
import { PresentSlide } from '../present/PresentSlide';
import { usePresentKeys } from '../present/usePresentKeys';
import { usePlayback } from '../timeline/usePlayback';
import { Announcer } from './Announcer';
import { useExplorerState } from './useExplorerState';
import { useZones } from './useZones';
import { currentPlacesOf } from '../map/layers';
import StoryMap from '../map/StoryMap';
import './present.css';
import { useT } from '../i18n/useT';

/** Seconds per entry when playing. */
const PACES = [10, 20, 30, 60];

export function PresentView({ story, chronology }: { story: Story; chronology: Chronology }) {
  const { view, actions, playing, setPlaying } = useExplorerState(chronology, { startAtOldest: true });
  const [blank, setBlank] = useState(false);
  const [pace, setPace] = useState(PACES[1] as number);
  const zones = useZones(story, chronology);
  const t = useT();
  const last = chronology.entries.length - 1;
  const entry = chronology.entries[view.current];
  const places = currentPlacesOf(chronology, view);
  // The slide and the control bar lie over the map: fits keep the current places clear of them.
  const slide = useRef<HTMLElement>(null);
  const controls = useRef<HTMLElement>(null);
  const go = (index: number) => actions.stepTo(Math.min(last, Math.max(0, index)));
  const leave = () => {
    void exitFullscreen();
    setViewState({ present: undefined }, 'push');
  };

  // In full screen the browser keeps Esc for itself and leaves full screen: one Esc leaves the
  // presentation too. The F key's own toggle is not a wish to stop presenting.
  const togglingFullscreen = useRef(false);
  useEffect(function leaveWithFullScreen() {
    let wasFull = Boolean(document.fullscreenElement);
    const onChange = () => {
      const full = Boolean(document.fullscreenElement);
      if (wasFull && !full && !togglingFullscreen.current) setViewState({ present: undefined }, 'push');
      togglingFullscreen.current = false;
      wasFull = full;
    };
    document.addEventListener('fullscreenchange', onChange);
    return function stopLeavingWithFullScreen() {
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, []);

  usePlayback(playing, pace * 1000, view.current, last, actions.stepTo, () => setPlaying(false));
  usePresentKeys((action) => {
    if (action !== 'blank') setBlank(false);
    if (action !== 'blank' && action !== 'fullscreen') setPlaying(false);
    if (action === 'next') go(view.current + 1);
    else if (action === 'previous') go(view.current - 1);
    else if (action === 'first') go(0);
    else if (action === 'last') go(last);
    else if (action === 'blank') setBlank((b) => !b);
    else if (action === 'fullscreen') {
      togglingFullscreen.current = true;
      void (document.fullscreenElement ? exitFullscreen() : enterFullscreen());
    } else leave();
  });

  return (
    <div className="present">
      <h1 className="visually-hidden">
        {t('present.heading', { title: story.story.title ?? t('story.untitledPage') })}
      </h1>
      <section className="present-map" aria-label={t('explorer.map')}>
        <StoryMap
          legend={false}
          chronology={chronology}
          view={view}
          openOnCurrent
          onSelectPlace={actions.selectPlace}
          embedded
          covers={[slide, controls]}
        />
      </section>
      {entry && <PresentSlide ref={slide} entry={entry} places={places} timeZone={zones.of(entry)} />}
      <nav ref={controls} className="present-controls" aria-label={t('present.nav')}>
        <button
          type="button"
          className="button"
          onClick={() => go(view.current - 1)}
          disabled={view.current <= 0}
        >
          {t('present.previous')}
        </button>
        <p className="present-progress" aria-live="polite">
          {t('present.progress', { current: view.current + 1, total: chronology.entries.length })}
        </p>
        <button
          type="button"
          className="button"
          onClick={() => go(view.current + 1)}
          disabled={view.current >= last}
        >
          {t('present.next')}
        </button>
        <button type="button" className="button" onClick={() => setPlaying(!playing)} aria-pressed={playing}>
          {playing ? t('play.pause') : t('play.play')}
        </button>
        <label className="speed">
          <span>{t('present.pace')}</span>
          <select value={pace} onChange={(e) => setPace(Number(e.target.value))}>
            {PACES.map((s) => (
              <option key={s} value={s}>
                {t('present.paceOption', { seconds: s })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => setBlank(true)}>
          {t('present.blank')}
        </button>
        <button type="button" className="button" onClick={() => void enterFullscreen()}>
          {t('present.fullscreen')}
        </button>
        <button type="button" className="button" onClick={leave}>
          {t('present.exit')}
        </button>
      </nav>
      {blank && (
        <button
          type="button"
          className="present-blank"
          onClick={() => setBlank(false)}
          aria-label={t('present.blanked')}
        />
      )}
      <Announcer entry={entry ?? null} timeZone={entry ? zones.of(entry) : zones.axis} />
    </div>
  );
}

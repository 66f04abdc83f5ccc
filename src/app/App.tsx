/** Loads the story and shows it the way the URL asks: explorer, embed, presentation or handout. */
import { createElement, lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { buildChronology } from '../core/chronology';
import { lessonOf } from '../core/lesson';
import { LOCAL_PREFIX, type Modes } from '../core/modes';
import { SAMPLE_URL, useStory } from '../data/storyQuery';
import { useLiveStory } from '../data/useLiveStory';
import { pageSource } from '../data/storySource';
import { preloadLongList, VIRTUALIZE_AT } from '../timeline/EntryList';
import { currentSearch, replaceHistoryOnly, setViewState, useViewState } from '../data/viewStore';
import { enterFullscreen } from '../present/fullscreen';
import { ShareDialog } from '../share/ShareDialog';
import { Explorer } from './Explorer';
import { LessonBanner } from './LessonBanner';
import { LoadError } from './LoadError';
import { ProblemsNotice } from './ProblemsNotice';
import { Skeleton } from './Skeleton';
import { useHandoutForPrint } from './useHandoutForPrint';
import { useZones } from './useZones';
import { useT } from '../i18n/useT';

const EmbedExplorer = lazy(() => import('./EmbedExplorer').then((m) => ({ default: m.EmbedExplorer })));
const HandoutView = lazy(() => import('./HandoutView').then((m) => ({ default: m.HandoutView })));
const ImportView = lazy(() => import('../import/ImportView').then((m) => ({ default: m.ImportView })));
const PresentView = lazy(() => import('./PresentView').then((m) => ({ default: m.PresentView })));

function startPresenting() {
  setViewState({ present: '1' }, 'push');
  void enterFullscreen();
}

export function App() {
  const [{ modes, source }] = useState(pageSource);
  // Any story but the sample may be long: its list's code loads while the story does.
  if ('url' in source && source.url !== SAMPLE_URL) preloadLongList();
  if (modes.embed) replaceHistoryOnly();
  if (modes.import && !modes.embed)
    return (
      <Suspense fallback={<Skeleton />}>
        <ImportView />
      </Suspense>
    );
  if ('error' in source) return <LoadError error={source.failure} />;
  return <StoryApp url={source.url} modes={modes} />;
}

/** One story, loaded from `url`, in the mode the URL asks for (also rendered at build time: the first view). */
export function StoryApp({ url, modes }: { url: string; modes: Modes }) {
  const query = useStory(url);
  useLiveStory(url, Boolean(modes.live) && !modes.print && !url.startsWith(LOCAL_PREFIX));
  const view = useViewState();
  const explorerShown = !modes.print && !modes.present && !view.present && !modes.embed;
  const PrintHandout = useHandoutForPrint(explorerShown);
  // A long story is first drawn in a transition, which React renders in slices between which the page
  // draws and answers (the loading state stays until it is ready); a short one is drawn at once.
  const deferred = useDeferredValue(query.data);
  const loaded = (query.data?.story.entries.length ?? 0) > VIRTUALIZE_AT ? deferred : query.data;
  const limited = useMemo(() => {
    if (!loaded) return null;
    const lesson = lessonOf(loaded.story, modes.from, modes.to);
    const { story } = lesson;
    return {
      lesson,
      story,
      chronology: story === loaded.story ? loaded.chronology : buildChronology(story),
    };
  }, [loaded, modes.from, modes.to]);
  const zones = useZones(limited?.story ?? null, limited?.chronology ?? null);
  const allZones = useZones(loaded?.story ?? null, loaded?.chronology ?? null);
  const t = useT();

  if (query.isPending || (query.data && !loaded)) return <Skeleton />;
  if (query.isError || !limited || !loaded) {
    return (
      <LoadError
        error={query.error ?? new Error(t('loadError.noStory'))}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const { story, chronology, lesson } = limited;
  const problems = (
    <>
      {loaded.problems.length > 0 && <ProblemsNotice problems={loaded.problems} />}
      <LessonBanner lesson={lesson} chronology={chronology} timeZone={zones.axis} />
    </>
  );
  const other = modes.print
    ? HandoutView
    : modes.present || view.present
      ? PresentView
      : modes.embed
        ? EmbedExplorer
        : null;
  if (other) {
    const View = other;
    return (
      <Suspense fallback={<Skeleton />}>
        <View story={story} chronology={chronology} />
      </Suspense>
    );
  }
  const explorer = (
    <Explorer
      story={story}
      chronology={chronology}
      onPresent={startPresenting}
      actions={
        <>
          {!modes.offline && (
            <ShareDialog
              title={story.story.title ?? t('story.untitledPage')}
              story={loaded.story}
              zoneOf={allZones.of}
              local={url.startsWith(LOCAL_PREFIX)}
            />
          )}
          <button type="button" className="button" onClick={startPresenting} aria-keyshortcuts="P">
            {t('header.present')}
          </button>
          <a
            className="button"
            href={`?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(currentSearch())), print: '1' })}`}
            target="_blank"
            rel="noopener"
          >
            {t('header.handout')}
            <span className="visually-hidden">{t('common.newTab')}</span>
          </a>
          {!modes.offline && (
            <button type="button" className="button" onClick={() => window.location.assign('?import=1')}>
              {t('header.import')}
            </button>
          )}
        </>
      }
    >
      {problems}
    </Explorer>
  );
  if (!PrintHandout) return explorer;
  return (
    <>
      <div className="print-handout">
        {/* The handout's own component, loaded once: the same function on every render. */}
        {createElement(PrintHandout, { story, chronology })}
      </div>
      {explorer}
    </>
  );
}

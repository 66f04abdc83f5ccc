/**
 * "Import a live page": paste or open a page, have it read in a worker (the CLI's own pipeline), review
 * and fix its places, then open it in the explorer (kept in My stories) or take it away as a file.
 * Nothing leaves the browser.
 */
import type { Warning } from '../core/warnings';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildChronology } from '../core/chronology';
import { retitle } from '../core/edits';
import { isKnownTimeZone } from '../core/time';
import type { Story } from '../core/types';
import type { Problem } from '../core/validate';
import { saveStory } from '../data/myStories';
import { readStoryText } from '../data/storyText';
import { describeFailure } from '../i18n/failures';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { PrintMap } from '../map/PrintMap';
import { FORMAT_NAMES } from '../parse/formats';
import { Downloads } from '../share/Downloads';
import { ImportClient, type Progress } from './importClient';
import { ImportProgress } from './ImportProgress';
import { MyStories } from './MyStories';
import { PageInput, type PageSettings } from './PageInput';
import { isStoryJson, textProblem } from './readInput';
import { ReviewPlaces } from './ReviewPlaces';
import { ReviewSummary } from './ReviewSummary';
import './import.css';
import { useT } from '../i18n/useT';
import { translate } from '../i18n/i18n';

interface Review {
  story: Story;
  warnings: Warning[];
  problems: Problem[];
  format: string | null;
}

/** Stamps printed without a zone are read in this one unless the reader says otherwise (as the CLI does). */
const DEFAULT_ZONE = 'Europe/London';

function settingsProblem(settings: PageSettings): string | null {
  if (!/^\d{4}$/.test(settings.year)) return translate('import.badYear');
  if (!isKnownTimeZone(settings.timeZone.trim()))
    return translate('import.badZone', { zone: settings.timeZone });
  return null;
}

export function ImportView() {
  const client = useRef<ImportClient | null>(null);
  const t = useT();
  const [text, setText] = useState('');
  const [settings, setSettings] = useState<PageSettings>(() => ({
    year: String(new Date().getFullYear()),
    date: '',
    timeZone: DEFAULT_ZONE,
    format: '',
  }));
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [working, setWorking] = useState(false);
  const [review, setReview] = useState<Review | null>(null);
  const [said, setSaid] = useState('');
  const [opening, setOpening] = useState(false);
  const [title, setTitle] = useState('');

  useEffect(function stopImportWorkerOnLeave() {
    const worker = new ImportClient();
    client.current = worker;
    // The worker is started once the view is drawn and the page is idle, not when the reader clicks.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => {
      worker.warm();
      // The first time-zone check loads the zone's rules: done now, not in the reader's click.
      isKnownTimeZone(DEFAULT_ZONE);
    });
    return () => {
      cancel(handle);
      worker.stop();
      client.current = null;
    };
  }, []);

  const onText = useCallback((next: string) => {
    setText(next);
    setProblem(null);
  }, []);
  const chronology = useMemo(() => (review ? buildChronology(review.story) : null), [review]);
  const story = useMemo(() => (review ? retitle(review.story, title) : null), [review, title]);

  function openJson() {
    const read = readStoryText(text);
    if ('error' in read) return setProblem(describeFailure(t, read.failure));
    if (read.story.entries.length === 0) return setProblem(t('import.noPostsJson'));
    setTitle(read.story.story.title ?? '');
    setReview({ story: read.story, warnings: [], problems: read.problems, format: null });
  }

  async function make() {
    performance.mark('import:click');
    const why = textProblem(text) ?? settingsProblem(settings);
    setProblem(why);
    if (why) return;
    setReview(null);
    setSaid('');
    if (isStoryJson(text)) return openJson();
    const worker = client.current;
    if (!worker) return;
    setWorking(true);
    setProgress(null);
    // Marks on the page's timeline: the bench and the tests time the import between them.
    performance.mark('import:start');
    try {
      const result = await worker.read(
        text,
        {
          year: Number(settings.year),
          timeZone: settings.timeZone.trim(),
          ...(settings.date ? { date: settings.date } : {}),
          ...(settings.format ? { format: settings.format } : {}),
          captured: Date.now(),
        },
        setProgress,
      );
      performance.mark('import:result');
      if (result.story.entries.length === 0)
        setProblem(t('import.noPosts', { formats: FORMAT_NAMES.join(', ') }));
      else if (result.problems.length > 0)
        setProblem(
          t('import.invalid', {
            problems: result.problems
              .slice(0, 3)
              .map((p) => `${p.where}: ${p.message}`)
              .join('; '),
          }),
        );
      else {
        setTitle(result.story.story.title ?? '');
        setReview(result);
      }
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setWorking(false);
    }
  }

  async function openInExplorer(story: Story) {
    setOpening(true);
    try {
      const id = await saveStory(story);
      window.location.assign(`?story=${id}`);
    } catch {
      setOpening(false);
      setSaid(t('import.notKept'));
    }
  }

  return (
    <div className="import-view">
      <header className="app-header">
        <p className="app-brand">
          <a href="./">
            <span aria-hidden="true">◉</span> {t('app.brand')}
          </a>
        </p>
        <h1 className="story-title">{t('import.title')}</h1>
        <p className="story-credit">{t('import.privacy')}</p>
        <div className="header-actions">
          <LanguagePicker />
        </div>
      </header>
      <main className="import-main">
        <PageInput
          text={text}
          onText={onText}
          settings={settings}
          onSettings={setSettings}
          problem={problem}
          onProblem={setProblem}
          busy={working}
          onSubmit={() => void make()}
        />
        {working && <ImportProgress progress={progress} />}
        {review && story && chronology && (
          <section className="import-review" aria-labelledby="import-review-title">
            <h2 id="import-review-title">{t('import.review')}</h2>
            <label className="import-title">
              {t('import.storyTitle')}
              <input
                value={title}
                maxLength={300}
                placeholder={t('import.untitled')}
                onChange={(e) => setTitle(e.target.value)}
              />
            </label>
            <ReviewSummary
              chronology={chronology}
              timeZone={review.story.story.sourceTimeZone ?? 'UTC'}
              format={review.format}
              warnings={review.warnings}
              problems={review.problems}
            />
            <div className="import-preview">
              <h3>{t('import.preview')}</h3>
              <PrintMap chronology={chronology} detailed={false} />
            </div>
            <ReviewPlaces
              story={review.story}
              search={(query) => client.current?.search(query) ?? Promise.resolve([])}
              onChange={(story, message) => {
                setReview({ ...review, story });
                setSaid(message);
              }}
            />
            <p className="import-said" role="status">
              {said}
            </p>
            <div className="import-actions">
              <button
                type="button"
                className="button button--primary"
                disabled={opening}
                onClick={() => void openInExplorer(story)}
              >
                {t('import.open')}
              </button>
            </div>
            <Downloads story={story} />
          </section>
        )}
        <MyStories />
      </main>
    </div>
  );
}

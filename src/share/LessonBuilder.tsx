/**
 * The lesson builder in the Share dialog: a teacher picks the first and the last post (by time and
 * title) and gets the lesson link, which shows only those posts and opens on the first.
 */
import { useMemo, useRef, useState } from 'react';
import { formatClock } from '../core/format';
import { lessonLink } from '../core/links';
import type { Entry, Story } from '../core/types';
import { copyText } from './copyText';
import { useT } from '../i18n/useT';

interface Props {
  story: Story;
  /** The zone a post's time is shown in (`?tz=`); the story's own by default. */
  zoneOf?: (entry: Entry) => string;
  /** The page's address when the dialog opened (the story and its reading settings). */
  page: string;
  /** Told whether a copy worked (the dialog's one status line says so). */
  onCopied(ok: boolean): void;
}

export function LessonBuilder({ story, zoneOf, page, onCopied }: Props) {
  const t = useT();
  const timeZone = story.story.sourceTimeZone ?? 'UTC';
  const zone = (entry: Entry) => zoneOf?.(entry) ?? timeZone;
  // Oldest first: the order a lesson runs in. Posts without a time cannot bound a range.
  const posts = useMemo(
    () =>
      story.entries
        .filter((e) => e.publishedAt && Number.isFinite(Date.parse(e.publishedAt)))
        .map((e) => ({
          id: e.id,
          at: e.publishedAt as string,
          title: e.title ?? t('story.untitledPost'),
          entry: e,
        }))
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
    [story, t],
  );
  const [firstId, setFirstId] = useState(posts[0]?.id ?? '');
  const [lastId, setLastId] = useState(posts.at(-1)?.id ?? '');
  const field = useRef<HTMLInputElement>(null);
  if (posts.length < 2 || !page) return null;
  const first = posts.find((p) => p.id === firstId) ?? posts[0];
  const last = posts.find((p) => p.id === lastId) ?? posts.at(-1);
  if (!first || !last) return null;
  const opensOn = Date.parse(first.at) <= Date.parse(last.at) ? first : last;
  const link = lessonLink(page, first.at, last.at, opensOn.id);
  const option = (p: (typeof posts)[number]) => (
    <option key={p.id} value={p.id}>
      {formatClock(Date.parse(p.at), zone(p.entry))} · {p.title}
    </option>
  );

  const picker = (id: string, label: string, value: string, choose: (id: string) => void) => (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => choose(e.target.value)}>
        {posts.map(option)}
      </select>
    </>
  );

  return (
    <fieldset className="lesson-builder">
      <legend>{t('lessonBuilder.legend')}</legend>
      {picker('lesson-first', t('lessonBuilder.first'), first.id, setFirstId)}
      {picker('lesson-last', t('lessonBuilder.last'), last.id, setLastId)}
      <label htmlFor="lesson-link">{t('lessonBuilder.link')}</label>
      <div className="share-row">
        <input id="lesson-link" ref={field} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="button"
          onClick={() => void copyText(link, field.current).then(onCopied)}
        >
          {t('lessonBuilder.copy')}
        </button>
      </div>
    </fieldset>
  );
}

/** A lesson link's view says it is part of a longer story, and leads back to the whole of it. */
import type { Chronology } from '../core/chronology';
import { formatClock } from '../core/format';
import type { Lesson } from '../core/lesson';
import { currentHref } from '../data/viewStore';
import { useT } from '../i18n/useT';

function wholeStoryUrl(): string {
  const url = new URL(currentHref());
  url.searchParams.delete('from');
  url.searchParams.delete('to');
  return url.href;
}

interface Props {
  lesson: Lesson;
  chronology: Chronology;
  timeZone: string;
}

export function LessonBanner({ lesson, chronology, timeZone }: Props) {
  const t = useT();
  if (lesson.notice)
    return (
      <p className="notice notice--warning lesson-banner" role="status">
        {lesson.notice}
      </p>
    );
  if (!lesson.range) return null;
  const first = formatClock(chronology.start, timeZone).replace(/ \S+$/, '');
  const last = formatClock(chronology.end, timeZone).replace(/ \S+$/, '');
  return (
    <p className="lesson-banner" role="note">
      <span>
        {t('lesson.posts', { range: first === last ? first : `${first}–${last}`, total: lesson.range.total })}
      </span>
      <span aria-hidden="true"> · </span>
      <a href={wholeStoryUrl()}>{t('lesson.whole')}</a>
    </p>
  );
}

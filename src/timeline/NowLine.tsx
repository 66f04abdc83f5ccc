/**
 * The current post in one line, beside the scrubber that stays on screen on a phone: its time and
 * title, so a reader deep in the list always sees where the scrubber is. Choosing it brings the post
 * into view.
 */
import { formatClock } from '../core/format';
import type { Entry } from '../core/types';
import { useT } from '../i18n/useT';

interface Props {
  entry: Entry | null;
  timeZone: string;
}

/** Scrolls the list to the post's card (below the sticky scrubber: see scroll-margin in the CSS). */
function showPost(id: string) {
  const card = document.getElementById(`entry-${id}`);
  card?.scrollIntoView({ block: 'start' });
}

export function NowLine({ entry, timeZone }: Props) {
  const t = useT();
  if (!entry) return null;
  const time = entry.publishedAt ? formatClock(Date.parse(entry.publishedAt), timeZone) : t('now.untimed');
  return (
    <button type="button" className="now-line" onClick={() => showPost(entry.id)}>
      <span className="visually-hidden">{t('now.current')}</span>
      <time className="now-line-time">{time}</time>{' '}
      <span className="now-line-title" dir="auto">
        {entry.title ?? t('story.untitledPost')}
      </span>
    </button>
  );
}

/**
 * The current post in one line, beside the scrubber that stays on screen on a phone: its time and
 * title, so a reader deep in the list always sees where the scrubber is. Choosing it brings the post
 * into view.
 */
import { formatClock } from '../core/format';
import type { Entry } from '../core/types';

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
  if (!entry) return null;
  const time = entry.publishedAt ? formatClock(Date.parse(entry.publishedAt), timeZone) : 'Untimed';
  return (
    <button type="button" className="now-line" onClick={() => showPost(entry.id)}>
      <span className="visually-hidden">Current post: </span>
      <time className="now-line-time">{time}</time>{' '}
      <span className="now-line-title">{entry.title ?? 'Untitled post'}</span>
    </button>
  );
}

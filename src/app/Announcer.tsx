/** A polite live region that announces only the new current entry's time and title. */
import type { Entry } from '../core/types';
import { formatClock } from '../core/format';

export function Announcer({ entry, timeZone }: { entry: Entry | null; timeZone: string }) {
  const time = entry?.publishedAt ? `${formatClock(Date.parse(entry.publishedAt), timeZone)}: ` : '';
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {entry ? `${time}${entry.title ?? 'Untitled post'}` : ''}
    </div>
  );
}

/** A polite live region that announces only the new current entry's time and title. */
import type { Entry } from '../core/types';
import { formatClock } from '../core/format';
import { useT } from '../i18n/useT';

export function Announcer({ entry, timeZone }: { entry: Entry | null; timeZone: string }) {
  const t = useT();
  const time = entry?.publishedAt ? `${formatClock(Date.parse(entry.publishedAt), timeZone)}: ` : '';
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {entry ? `${time}${entry.title ?? t('story.untitledPost')}` : ''}
    </div>
  );
}

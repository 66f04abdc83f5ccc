/**
 * While the page follows a live page (`?live=1`): a "Live" badge that says how the following goes, and
 * once posts arrive, a button that shows them ("3 new posts"), announced politely.
 */
import { useLiveState } from '../data/liveStore';
import { showNewPosts } from '../data/useLiveStory';
import { useT } from '../i18n/useT';

const STATUS_TEXT = {
  following: 'live.following',
  retrying: 'live.retrying',
  paused: 'live.paused',
} as const;

export function LiveStatus() {
  const live = useLiveState();
  const t = useT();
  if (!live.following) return null;
  const count = live.newIds.length;
  const label = t('live.newPosts', { count });
  const newest = live.newIds[0];
  return (
    <div className="live-status">
      <span className={`live-badge live-badge--${live.status}`}>
        <span className="live-dot" aria-hidden="true" />
        {t('live.badge')}
        <span className="visually-hidden">: {t(STATUS_TEXT[live.status])}</span>
      </span>
      {live.status === 'retrying' && <span className="live-note">{t('live.tryingAgain')}</span>}
      <span role="status" className="visually-hidden">
        {count > 0 ? label : ''}
      </span>
      {newest && (
        <button
          type="button"
          className="button button--primary live-new"
          onClick={() => showNewPosts(newest)}
        >
          {label}
        </button>
      )}
    </div>
  );
}

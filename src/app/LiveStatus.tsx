/**
 * While the page follows a live page (`?live=1`): a "Live" badge that says how the following goes, and
 * once posts arrive, a button that shows them ("3 new posts"), announced politely.
 */
import { useLiveState } from '../data/liveStore';
import { showNewPosts } from '../data/useLiveStory';

const STATUS_TEXT = {
  following: 'checked for new posts every 30 seconds',
  retrying: 'the last check failed; trying again',
  paused: 'paused while the page is hidden',
} as const;

export function LiveStatus() {
  const live = useLiveState();
  if (!live.following) return null;
  const count = live.newIds.length;
  const label = count === 1 ? '1 new post' : `${count} new posts`;
  const newest = live.newIds[0];
  return (
    <div className="live-status">
      <span className={`live-badge live-badge--${live.status}`}>
        <span className="live-dot" aria-hidden="true" />
        Live
        <span className="visually-hidden">: {STATUS_TEXT[live.status]}</span>
      </span>
      {live.status === 'retrying' && <span className="live-note">Trying again…</span>}
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

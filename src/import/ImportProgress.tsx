/** How far the import has come: the place names' bytes, then the posts. */
import type { Progress } from './importClient';
import { useT } from '../i18n/useT';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function ImportProgress({ progress }: { progress: Progress | null }) {
  const t = useT();
  const label = progress?.phase === 'posts' ? t('progress.posts') : t('progress.gazetteer');
  const text = !progress
    ? t('progress.reading')
    : progress.phase === 'gazetteer'
      ? t('progress.bytes', { done: mb(progress.done), total: mb(progress.total) })
      : t('progress.post', { done: progress.done, total: progress.total });
  return (
    <div className="import-progress">
      <label htmlFor="import-progress">{label}</label>
      <progress
        id="import-progress"
        max={progress?.total || 1}
        value={progress ? progress.done : 0}
        aria-valuetext={text}
      />
      <p aria-live="polite">{text}</p>
    </div>
  );
}

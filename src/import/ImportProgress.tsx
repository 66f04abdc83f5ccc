/** How far the import has come: the place names' bytes, then the posts. */
import type { Progress } from './importClient';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function ImportProgress({ progress }: { progress: Progress | null }) {
  const label = progress?.phase === 'posts' ? 'Finding places in the posts' : 'Loading place names';
  const text = !progress
    ? 'Reading the page…'
    : progress.phase === 'gazetteer'
      ? `${mb(progress.done)} of ${mb(progress.total)}`
      : `post ${progress.done} of ${progress.total}`;
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

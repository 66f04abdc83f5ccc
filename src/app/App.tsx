/** Loads the story and shows the explorer, a skeleton while loading, or what went wrong. */
import { useStory, SAMPLE_URL } from '../data/storyQuery';
import { Explorer } from './Explorer';
import { LoadError } from './LoadError';
import { Skeleton } from './Skeleton';
import { ProblemsNotice } from './ProblemsNotice';

export function App({ dataUrl = SAMPLE_URL }: { dataUrl?: string }) {
  const query = useStory(dataUrl);
  if (query.isPending) return <Skeleton />;
  if (query.isError)
    return <LoadError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  const { problems, story, chronology } = query.data;
  return (
    <Explorer story={story} chronology={chronology}>
      {problems.length > 0 && <ProblemsNotice problems={problems} />}
    </Explorer>
  );
}

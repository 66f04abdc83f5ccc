/** A failed load: what happened (in the reader's language) and a way to try again. */
import type { Failure } from '../core/failures';
import { describeFailure } from '../i18n/failures';
import { useT } from '../i18n/useT';

interface Props {
  /** What went wrong: a failure the page can say in any language, or an error's own message. */
  error: Error | Failure;
  /** Absent when trying again cannot help (a link that is not allowed). */
  onRetry?: () => void;
  retrying?: boolean;
}

export function LoadError({ error, onRetry, retrying = false }: Props) {
  const t = useT();
  const messageOf = (e: Error | Failure) =>
    'reason' in e
      ? describeFailure(t, e)
      : 'failure' in e && e.failure
        ? describeFailure(t, e.failure as Failure)
        : e.message;
  return (
    <div className="app">
      <header className="app-header">
        <p className="app-brand">{t('app.brand')}</p>
      </header>
      <main className="load-error">
        <div role="alert" className="notice notice--error">
          <h1>{t('loadError.title')}</h1>
          <p>{messageOf(error)}</p>
          {onRetry && (
            <button type="button" className="button" onClick={onRetry} disabled={retrying}>
              {retrying ? t('loadError.retrying') : t('loadError.retry')}
            </button>
          )}
        </div>
      </main>
    </div>
  );
}

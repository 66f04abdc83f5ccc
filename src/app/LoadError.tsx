/** A failed load: what happened and a way to try again. */
interface Props {
  error: Error;
  /** Absent when trying again cannot help (a link that is not allowed). */
  onRetry?: () => void;
  retrying?: boolean;
}

export function LoadError({ error, onRetry, retrying = false }: Props) {
  return (
    <div className="app">
      <header className="app-header">
        <p className="app-brand">Live Atlas</p>
      </header>
      <main className="load-error">
        <div role="alert" className="notice notice--error">
          <h1>The story could not be shown</h1>
          <p>{error.message}</p>
          {onRetry && (
            <button type="button" className="button" onClick={onRetry} disabled={retrying}>
              {retrying ? 'Retrying…' : 'Retry'}
            </button>
          )}
        </div>
      </main>
    </div>
  );
}

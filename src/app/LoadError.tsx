/** A failed load: what happened and a way to try again. */
export function LoadError({
  error,
  onRetry,
  retrying,
}: {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}) {
  return (
    <div className="app">
      <header className="app-header">
        <p className="app-brand">Live Atlas</p>
      </header>
      <main className="load-error">
        <div role="alert" className="notice notice--error">
          <h1>The story could not be shown</h1>
          <p>{error.message}</p>
          <button type="button" className="button" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
        </div>
      </main>
    </div>
  );
}

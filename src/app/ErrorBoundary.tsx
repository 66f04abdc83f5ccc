/** The last line of defence: a render error shows a friendly message and a way back, never a blank page. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Called with what went wrong (the console, by default). */
  onError?(error: Error, info: ErrorInfo): void;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    if (this.props.onError) this.props.onError(error, info);
    else console.warn('Live Atlas could not show this view:', error);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="app">
        <header className="app-header">
          <p className="app-brand">Live Atlas</p>
        </header>
        <main className="load-error">
          <div role="alert" className="notice notice--error">
            <h1>Something went wrong while showing this story</h1>
            <p>Nothing you did is lost: reloading the page shows the story again.</p>
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              Reload
            </button>
            <details>
              <summary>What went wrong</summary>
              <p>{error.message}</p>
            </details>
          </div>
        </main>
      </div>
    );
  }
}

/** The last line of defence: a render error shows a friendly message and a way back, never a blank page. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../i18n/i18n';

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
          <p className="app-brand">{translate('app.brand')}</p>
        </header>
        <main className="load-error">
          <div role="alert" className="notice notice--error">
            <h1>{translate('error.title')}</h1>
            <p>{translate('error.body')}</p>
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              {translate('error.reload')}
            </button>
            <details>
              <summary>{translate('error.details')}</summary>
              <p>{error.message}</p>
            </details>
          </div>
        </main>
      </div>
    );
  }
}

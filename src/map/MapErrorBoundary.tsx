/** A map that fails to draw leaves a message in its place; the timeline and the rest of the page go on. */
import { Component, type ReactNode } from 'react';
import { translate } from '../i18n/i18n';

interface State {
  failed: boolean;
}

export class MapErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    console.warn('Live Atlas could not draw the map:', error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="story-map map-failed" role="status">
        <p>{translate('map.failed')}</p>
        <button type="button" className="button" onClick={() => this.setState({ failed: false })}>
          {translate('map.retry')}
        </button>
      </div>
    );
  }
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { prefetchStory } from './data/storySource';
import { keepLandPicture } from './map/LandPicture';
import { pickLanguage } from './core/language';
import { showLanguage } from './i18n/i18n';
import { InLanguage } from './i18n/InLanguage';
import './app/app.css';

const queryClient = new QueryClient();
const story = prefetchStory(queryClient);
const root = createRoot(document.getElementById('root') as HTMLElement);

/** The prerendered first view (cli/prerender.ts), unless the URL asked for another view and hid it. */
const firstViewShown =
  document.getElementById('first-view') !== null &&
  !document.documentElement.classList.contains('no-first-view');

// The first view stays up until the app can replace it whole, with no skeleton in between; its land
// stays under the live map until the basemap is drawn. Without it, the app renders at once.
if (firstViewShown) keepLandPicture(document.getElementById('first-view') as HTMLElement);
// The interface's language: `?lang=`, else the browser's, else English (the prerendered first view's).
const languageReady = showLanguage(
  pickLanguage(new URLSearchParams(window.location.search).get('lang'), navigator.languages),
);
const ready = Promise.all([firstViewShown ? story : null, languageReady]);

void ready.then(() =>
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <InLanguage>
            <App />
          </InLanguage>
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>,
  ),
);

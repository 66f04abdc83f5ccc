/**
 * The offline viewer: the app inside one HTML file (src/convert/offline.ts writes it), opened from a
 * disk or USB stick with no server and no network. The story and the basemaps are read from the page's
 * own JSON data blocks; everything else is the explorer, presentation and handout as online.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { buildChronology } from '../core/chronology';
import { readModes } from '../core/modes';
import { OFFLINE_BLOCKS } from '../convert/offline';
import { readStoryData } from '../data/storyText';
import { storyQueryOptions } from '../data/storyQuery';
import { basemapQueryOptions, decodeBasemap, type BasemapTopology } from '../map/basemapQuery';
import { StoryApp } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { LoadError } from './LoadError';
import './app.css';

/** The story's key in the query cache: never fetched, since the page holds it. */
export const OFFLINE_URL = 'offline:story';

function block(id: string): unknown {
  const text = document.getElementById(id)?.textContent;
  return text ? (JSON.parse(text) as unknown) : undefined;
}

function main() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const client = new QueryClient();
  const read = readStoryData(block(OFFLINE_BLOCKS.story));
  if ('error' in read) {
    root.render(<LoadError error={read.failure} />);
    return;
  }
  client.setQueryData(storyQueryOptions(OFFLINE_URL).queryKey, {
    ...read,
    chronology: buildChronology(read.story),
  });
  for (const [scale, id] of [
    ['110m', OFFLINE_BLOCKS.basemap110],
    ['50m', OFFLINE_BLOCKS.basemap50],
  ] as const) {
    const topology = block(id) as BasemapTopology | undefined;
    if (topology) client.setQueryData(basemapQueryOptions(scale).queryKey, decodeBasemap(topology));
  }
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <QueryClientProvider client={client}>
          <StoryApp url={OFFLINE_URL} modes={{ ...readModes(window.location.search), offline: true }} />
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

main();

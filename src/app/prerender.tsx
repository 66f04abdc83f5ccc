/**
 * The sample story's opening view as HTML, rendered at build time (cli/prerender.ts): the first frame
 * readers see while the script loads. Rendered by the same components as the live explorer; only the
 * Leaflet map, which needs a browser, is drawn as its picture (vite.config.ts swaps in StaticStoryMap).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { buildChronology } from '../core/chronology';
import { readModes } from '../core/modes';
import { validateStory } from '../core/validate';
import { SAMPLE_URL, storyQueryOptions } from '../data/storyQuery';
import { basemapQueryOptions, decodeBasemap, type BasemapTopology } from '../map/basemapQuery';
import { pictureCss, pictureOf } from '../map/picture';
import { StoryApp } from './App';

/** The first view's HTML, and the stylesheet rules that fit its map picture to the map's size. */
export function renderFirstView(storyData: unknown, basemap: BasemapTopology): { html: string; css: string } {
  const { story, problems } = validateStory(storyData);
  const chronology = buildChronology(story);
  const client = new QueryClient();
  client.setQueryData(storyQueryOptions(SAMPLE_URL).queryKey, { story, problems, chronology });
  client.setQueryData(basemapQueryOptions('110m').queryKey, decodeBasemap(basemap));
  const html = renderToString(
    <QueryClientProvider client={client}>
      <StoryApp url={SAMPLE_URL} modes={readModes('')} />
    </QueryClientProvider>,
  );
  return { html, css: pictureCss(pictureOf(chronology)) };
}

/** The formats a story can be taken away in, one pure converter each, shared by the app and the CLI. */
import type { Story } from '../core/types';
import { toCSV } from './csv';
import { toGeoJSON } from './geojson';
import { toStoryJson } from './json';
import { toTimelineJS } from './timelinejs';

export type DownloadFormat = 'json' | 'geojson' | 'csv' | 'timelinejs';

export interface Converted {
  text: string;
  /** `.geojson`, `.csv`… */
  extension: string;
  mime: string;
}

export function convertStory(story: Story, format: DownloadFormat): Converted {
  switch (format) {
    case 'json':
      return { text: toStoryJson(story), extension: '.json', mime: 'application/json' };
    case 'geojson':
      return {
        text: `${JSON.stringify(toGeoJSON(story), null, 1)}\n`,
        extension: '.geojson',
        mime: 'application/geo+json',
      };
    case 'csv':
      return { text: toCSV(story), extension: '.csv', mime: 'text/csv;charset=utf-8' };
    case 'timelinejs':
      return {
        text: `${JSON.stringify(toTimelineJS(story), null, 1)}\n`,
        extension: '.timeline.json',
        mime: 'application/json',
      };
  }
}

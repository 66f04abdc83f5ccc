/** The whole text → story pipeline the CLI runs: parse, geocode, and assemble the JSON document. */
import type { Story, StoryMeta } from '../src/core/types';
import type { Gazetteer } from '../src/geo/gazetteer';
import { geocodeEntries } from '../src/geo/geocode';
import { parsePage, type ParseOptions } from '../src/parse/page';

export interface Sidecar {
  title?: string;
  publisher?: string;
  year?: number;
  date?: string;
  sourceTimeZone?: string;
}

export interface Built {
  story: Story;
  warnings: string[];
}

export function buildStory(
  text: string,
  options: ParseOptions,
  sidecar: Sidecar,
  gazetteer: Gazetteer,
): Built {
  const page = parsePage(text, options);
  const { entries, places } = geocodeEntries(page.entries, gazetteer);
  const meta: StoryMeta = {
    ...(sidecar.title ? { title: sidecar.title } : {}),
    ...(sidecar.publisher ? { publisher: sidecar.publisher } : {}),
    sourceTimeZone: options.timeZone,
    ...page.meta,
  };
  return { story: { schemaVersion: 1, story: meta, entries, places }, warnings: page.warnings };
}

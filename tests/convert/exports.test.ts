import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { convertStory } from '../../src/convert';
import { csvField, CSV_COLUMNS, toCSV } from '../../src/convert/csv';
import { toGeoJSON } from '../../src/convert/geojson';
import { toStoryJson } from '../../src/convert/json';
import { escapeHtml, fileStem, headlineOf } from '../../src/convert/text';
import { toTimelineJS } from '../../src/convert/timelinejs';
import type { Entry, Story } from '../../src/core/types';
import { validateStory } from '../../src/core/validate';

const sample = JSON.parse(readFileSync('tests/fixtures/sample/expected.json', 'utf8')) as Story;

function entry(over: Partial<Entry>): Entry {
  return {
    id: 'e1',
    title: null,
    publishedAt: '2025-03-30T00:30:00Z',
    labels: [],
    byline: null,
    blocks: [{ type: 'paragraph', text: 'Hello' }],
    places: [],
    mentions: [],
    ...over,
  };
}

const hostile: Story = {
  schemaVersion: 1,
  story: { title: '=HYPERLINK("x") <script>alert(1)</script>', sourceTimeZone: 'Europe/London' },
  entries: [
    entry({
      id: 'a',
      title: 'Comma, "quote" and\nnewline',
      blocks: [{ type: 'paragraph', text: '<img src=x onerror=alert(1)> & more' }],
      places: ['kyiv'],
    }),
    entry({ id: 'b', publishedAt: null, title: '-5 degrees' }),
  ],
  places: [
    {
      id: 'kyiv',
      name: 'Kyiv',
      kind: 'city',
      lat: 50.45466,
      lon: 30.5238,
      countryCode: 'UA',
      source: 'geonames:703448',
      entryCount: 1,
      confidence: 0.9,
    },
  ],
};

describe('GeoJSON', () => {
  it('is valid GeoJSON: one point per post and place, lon before lat', () => {
    const text = JSON.stringify(toGeoJSON(sample));
    expect(() => check(text)).not.toThrow();
    const fc = toGeoJSON(sample);
    const pairs = sample.entries.reduce((n, e) => n + e.places.length, 0);
    expect(fc.features).toHaveLength(pairs);
    const kyiv = fc.features.find((f) => f.properties.name === 'Kyiv')!;
    const place = sample.places.find((p) => p.name === 'Kyiv')!;
    expect(kyiv.geometry.coordinates).toEqual([place.lon, place.lat]);
  });

  it('carries the properties time-aware tools read', () => {
    const [feature] = toGeoJSON(hostile).features;
    expect(feature!.properties).toEqual({
      time: '2025-03-30T00:30:00Z',
      entryId: 'a',
      title: 'Comma, "quote" and\nnewline',
      placeId: 'kyiv',
      name: 'Kyiv',
      kind: 'city',
      countryCode: 'UA',
      confidence: 0.9,
      source: 'geonames:703448',
    });
  });
});

describe('CSV', () => {
  it('parses back, row for row, with RFC 4180 quoting and CRLF', () => {
    const text = toCSV(hostile);
    expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      {
        time: '2025-03-30T00:30:00Z',
        entry_id: 'a',
        title: 'Comma, "quote" and\nnewline',
        place: 'Kyiv',
        place_id: 'kyiv',
        kind: 'city',
        lat: '50.45466',
        lon: '30.5238',
        country: 'UA',
        confidence: '0.9',
      },
      {
        time: '',
        entry_id: 'b',
        title: "'-5 degrees",
        place: '',
        place_id: '',
        kind: '',
        lat: '',
        lon: '',
        country: '',
        confidence: '',
      },
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas, but not numbers', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-30.5)).toBe('-30.5');
    expect(csvField('-30.5')).toBe('-30.5');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField(null)).toBe('');
  });

  it('has a row for every post and place of the sample', () => {
    const rows = Papa.parse(toCSV(sample), { header: true, skipEmptyLines: true }).data;
    const expected = sample.entries.reduce((n, e) => n + Math.max(1, e.places.length), 0);
    expect(rows).toHaveLength(expected);
  });
});

describe('TimelineJS', () => {
  it('dates each post on the page’s own clock, oldest first, with a display date in its zone', () => {
    const doc = toTimelineJS({
      ...hostile,
      entries: [hostile.entries[0]!, entry({ id: 'c', publishedAt: '2025-03-30T01:30:00Z' })],
    });
    // 00:30 UTC is 00:30 GMT; 01:30 UTC, after the clocks went forward, is 02:30 BST.
    expect(doc.events.map((e) => [e.start_date.hour, e.start_date.minute, e.display_date])).toEqual([
      [0, 30, '00:30 GMT, 30 March 2025'],
      [2, 30, '02:30 BST, 30 March 2025'],
    ]);
    expect(doc.events[0]!.start_date).toMatchObject({ year: 2025, month: 3, day: 30 });
  });

  it('escapes every text, since TimelineJS shows it as HTML', () => {
    const doc = toTimelineJS(hostile);
    expect(doc.title.text.headline).toBe('=HYPERLINK(&quot;x&quot;) &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc.events[0]!.text.text).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; more');
    expect(doc.events[0]!.text.text).not.toMatch(/<img|<script/);
    expect(doc.events[0]!.text.text).toContain('Places: Kyiv');
  });

  it('leaves out posts without a time and gives each event a unique id', () => {
    const doc = toTimelineJS(sample);
    expect(doc.events).toHaveLength(sample.entries.filter((e) => e.publishedAt).length);
    expect(new Set(doc.events.map((e) => e.unique_id)).size).toBe(doc.events.length);
    expect(toTimelineJS(hostile).events).toHaveLength(1);
  });
});

describe('the story file and names', () => {
  it('writes a story the app reads back whole', () => {
    const again = validateStory(JSON.parse(toStoryJson(sample)));
    expect(again.problems).toEqual([]);
    expect(again.story).toEqual(sample);
  });

  it('names files after the story', () => {
    expect(fileStem(sample)).toMatch(/^live-atlas-[a-z0-9-]+$/);
    expect(fileStem({ ...hostile, story: { title: 'Zürich: «Live»!' } })).toBe('live-atlas-zurich-live');
    expect(fileStem({ ...hostile, story: {} })).toBe('live-atlas-story');
  });

  it('gives a headline to a post without a title, cut at a word', () => {
    const long = entry({ blocks: [{ type: 'paragraph', text: 'word '.repeat(60) }] });
    expect(headlineOf(long).length).toBeLessThanOrEqual(120);
    expect(headlineOf(long).endsWith('word…')).toBe(true);
    expect(escapeHtml(`<a href="x">'`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;');
  });

  it('converts to every format by name', () => {
    for (const format of ['json', 'geojson', 'csv', 'timelinejs'] as const)
      expect(convertStory(sample, format).text.length).toBeGreaterThan(100);
    expect(convertStory(sample, 'geojson').mime).toBe('application/geo+json');
  });
});

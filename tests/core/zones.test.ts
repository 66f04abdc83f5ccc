import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import tzlookup from '@photostructure/tz-lookup';
import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/core/chronology';
import { formatClock } from '../../src/core/format';
import type { Entry, Place, Story } from '../../src/core/types';
import { validateStory } from '../../src/core/validate';
import { readViewState, writeViewState } from '../../src/core/viewState';
import { readZoneChoice, zonesFor, type ZoneAt } from '../../src/core/zones';

const { story: sample } = validateStory(
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8')),
);
const chronology = buildChronology(sample);
const byTitle = (start: string) => chronology.entries.find((e) => e.title?.startsWith(start)) as Entry;
const clockOf = (entry: Entry, zone: string) => formatClock(Date.parse(entry.publishedAt as string), zone);
const realLookup: ZoneAt = (lat, lon) => tzlookup(lat, lon);

describe('the tz parameter', () => {
  it('takes the four keywords in any case', () => {
    expect(readZoneChoice('source')).toBe('source');
    expect(readZoneChoice('Reader')).toBe('reader');
    expect(readZoneChoice('PLACE')).toBe('place');
    expect(readZoneChoice('utc')).toBe('UTC');
    expect(readZoneChoice('Etc/UTC')).toBe('UTC');
  });

  it('takes any IANA name this browser knows, spelt the canonical way', () => {
    expect(readZoneChoice('America/New_York')).toBe('America/New_York');
    expect(readZoneChoice('europe/berlin')).toBe('Europe/Berlin');
    expect(readZoneChoice('Asia/Kolkata')).toBe('Asia/Kolkata');
  });

  it('leaves out anything else, so the story’s own zone is used with no error', () => {
    for (const bad of [
      '',
      'Mars/Olympus_Mons',
      '__proto__',
      'constructor',
      'toString',
      '../etc/passwd',
      'a'.repeat(300),
      '<b>',
      'Europe/London\n',
    ])
      expect(readZoneChoice(bad), bad).toBeUndefined();
    expect(readViewState('?tz=Mars/Base').tz).toBeUndefined();
    expect(readViewState('?tz=__proto__').tz).toBeUndefined();
  });

  it('is part of the view in the URL, and the default (source) is not written', () => {
    expect(readViewState('?tz=place').tz).toBe('place');
    expect(readViewState('?tz=source').tz).toBeUndefined();
    expect(writeViewState('?embed=1', { tz: 'Asia/Tokyo' })).toBe('?embed=1&tz=Asia%2FTokyo');
    expect(writeViewState('?tz=UTC', {})).toBe('');
    expect(writeViewState('', { tz: 'source' })).toBe('');
  });
});

describe('zones for a story', () => {
  const entry = byTitle('Why this meeting');

  it('by default shows every time in the story’s own zone', () => {
    const zones = zonesFor('source', chronology, { source: 'Europe/London' });
    expect(zones.axis).toBe('Europe/London');
    expect(zones.of(entry)).toBe('Europe/London');
    expect(clockOf(entry, zones.of(entry))).toBe('07:14 GMT');
  });

  it('uses UTC for a story that names no zone, or an unknown one', () => {
    expect(zonesFor('source', chronology, {}).axis).toBe('UTC');
    expect(zonesFor('source', chronology, { source: 'Nowhere/Else' }).axis).toBe('UTC');
  });

  it('shows the reader’s zone with `reader`, or the story’s when the browser will not say', () => {
    expect(zonesFor('reader', chronology, { source: 'Europe/London', reader: 'Asia/Tokyo' }).of(entry)).toBe(
      'Asia/Tokyo',
    );
    expect(zonesFor('reader', chronology, { source: 'Europe/London' }).axis).toBe('Europe/London');
  });

  it('shows UTC, or any named zone, for every post', () => {
    expect(clockOf(entry, zonesFor('UTC', chronology, { source: 'Europe/London' }).of(entry))).toBe(
      '07:14 UTC',
    );
    const ny = zonesFor('America/New_York', chronology, { source: 'Europe/London' });
    expect(ny.axis).toBe('America/New_York');
    expect(clockOf(entry, ny.of(entry))).toBe('02:14 GMT-5');
  });

  describe('with `place`', () => {
    const zones = zonesFor('place', chronology, { source: 'Europe/London', zoneAt: realLookup });

    it('shows each post in the local time of its first mapped place', () => {
      expect(zones.pending).toBe(false);
      expect(clockOf(byTitle('Life on the front line'), zones.of(byTitle('Life on the front line')))).toBe(
        '09:58 EET',
      );
      expect(zones.of(byTitle("'Don't lecture"))).toBe('Europe/Berlin');
      expect(zones.of(byTitle('Hegseth arrives in Poland'))).toBe('Europe/Warsaw');
    });

    it('passes over places with no one local time: wide countries, seas, continents', () => {
      // "Why this meeting…" names the United States first, then Munich: the US has no one local time.
      expect(entry.places.slice(0, 2)).toEqual(['united-states', 'munich']);
      expect(zones.of(entry)).toBe('Europe/Berlin');
      const kremlin = byTitle('No contact between US and Russian');
      expect(kremlin.places[0]).toBe('united-states');
      expect(zones.of(kremlin)).toBe('Europe/Moscow');
    });

    it('puts the axis in the zone most posts are in', () => {
      expect(zones.axis).toBe('Europe/Kyiv');
    });

    it('shows a post with no place of its own in the axis zone', () => {
      const bare: Entry = { ...entry, id: 'bare', places: [], mentions: [] };
      expect(zones.of(bare)).toBe('Europe/Kyiv');
    });

    it('waits for the lookup, in the story’s zone meanwhile', () => {
      const waiting = zonesFor('place', chronology, { source: 'Europe/London' });
      expect(waiting.pending).toBe(true);
      expect(waiting.of(entry)).toBe('Europe/London');
    });

    it('ignores a lookup that fails or answers nonsense for a place', () => {
      const place = (id: string, lat: number): Place => ({
        id,
        name: id,
        kind: 'city',
        lat,
        lon: 0,
        source: 'test',
        entryCount: 1,
      });
      const story: Story = {
        schemaVersion: 1,
        story: {},
        places: [place('a', 10), place('b', 20), place('c', 30)],
        entries: ['a', 'b', 'c'].map((id, i) => ({
          ...entry,
          id,
          number: i + 1,
          publishedAt: `2025-02-14T0${i}:00:00Z`,
          places: [id],
          mentions: [],
        })),
      };
      const lookup: ZoneAt = (lat) => {
        if (lat === 10) throw new Error('no zone');
        return lat === 20 ? 'Not/AZone' : 'Asia/Tokyo';
      };
      const odd = zonesFor('place', buildChronology(story), { source: 'Europe/London', zoneAt: lookup });
      const [a, b, c] = buildChronology(story).entries;
      expect(odd.axis).toBe('Asia/Tokyo');
      expect([a, b, c].map((e) => odd.of(e as Entry))).toEqual(['Asia/Tokyo', 'Asia/Tokyo', 'Asia/Tokyo']);
    });
  });
});

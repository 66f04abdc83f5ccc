/**
 * The story as GeoJSON (RFC 7946): one Point feature per post and place it names, with the post's time,
 * so time-aware map tools (Leaflet.TimeDimension, kepler.gl, QGIS's temporal controller) can play it.
 * Areas are given by their representative point, with their box as the feature's `bbox`. Pure.
 */
import type { Story } from '../core/types';
import { headlineOf } from './text';

export interface MentionProperties {
  /** The post's time, ISO 8601 in UTC; null for a post without one. */
  time: string | null;
  entryId: string;
  title: string;
  placeId: string;
  name: string;
  kind: string;
  countryCode: string | null;
  /** How sure the geocoder was (0 to 1); null for a place set by hand. */
  confidence: number | null;
  source: string;
}

export interface MentionFeature {
  type: 'Feature';
  id: string;
  bbox?: [number, number, number, number];
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: MentionProperties;
}

export interface StoryFeatureCollection {
  type: 'FeatureCollection';
  features: MentionFeature[];
}

/** Six decimals: about 10 cm, as RFC 7946 suggests, and no float noise. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

export function toGeoJSON(story: Story): StoryFeatureCollection {
  const places = new Map(story.places.map((p) => [p.id, p]));
  const features: MentionFeature[] = [];
  for (const entry of story.entries) {
    for (const placeId of entry.places) {
      const place = places.get(placeId);
      if (!place) continue;
      const bbox = place.bbox && place.bbox[0] <= place.bbox[2] ? place.bbox : undefined;
      features.push({
        type: 'Feature',
        id: `${entry.id}/${place.id}`,
        ...(bbox ? { bbox: bbox.map(round) as [number, number, number, number] } : {}),
        geometry: { type: 'Point', coordinates: [round(place.lon), round(place.lat)] },
        properties: {
          time: entry.publishedAt,
          entryId: entry.id,
          title: headlineOf(entry),
          placeId: place.id,
          name: place.name,
          kind: place.kind,
          countryCode: place.countryCode ?? null,
          confidence: place.confidence ?? null,
          source: place.source,
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

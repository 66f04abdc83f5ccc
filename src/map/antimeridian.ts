/**
 * Shapes that cross the 180° meridian, drawn right on a flat map. Natural Earth's TopoJSON (world-atlas)
 * keeps such rings whole on the sphere: Russia's Chukotka runs from 179° E to 179° W, which a flat map
 * joins the long way round, as a band across the whole world. Here each ring is made continuous (its
 * longitudes may run past 180°), a ring around a pole (Antarctica) is closed along the pole, and a
 * polygon that reaches past 180° on one side is drawn again one world over, so both halves show.
 * Pure: GeoJSON in, GeoJSON out.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Position } from 'geojson';

type Ring = Position[];

/** The ring with each longitude moved by whole turns to within 180° of the one before it. */
function unwrap(ring: Ring): { ring: Ring; turns: number } {
  const out: Ring = [];
  let shift = 0;
  let previous: number | undefined;
  for (const point of ring) {
    const [lon = 0, lat = 0] = point;
    if (previous !== undefined) {
      const raw = lon + shift;
      if (raw - previous > 180) shift -= 360;
      else if (raw - previous < -180) shift += 360;
    }
    const moved = lon + shift;
    out.push([moved, lat]);
    previous = moved;
  }
  return { ring: out, turns: Math.round(shift / 360) };
}

function crosses(ring: Ring): boolean {
  for (let i = 1; i < ring.length; i++)
    if (Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180) return true;
  return false;
}

/** A ring that went once round the world is closed along the pole it goes round. */
function closeAroundPole(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last) return ring;
  const meanLat = ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / ring.length;
  const pole = meanLat < 0 ? -90 : 90;
  return [...ring, [last[0] ?? 0, pole], [first[0] ?? 0, pole], first];
}

function fixPolygon(polygon: Ring[]): Ring[][] {
  if (!polygon.some(crosses)) return [polygon];
  const rings = polygon.map((ring) => {
    const { ring: continuous, turns } = unwrap(ring);
    return turns !== 0 ? closeAroundPole(continuous) : continuous;
  });
  let min = Infinity;
  let max = -Infinity;
  for (const p of rings[0] ?? []) {
    min = Math.min(min, p[0] ?? 0);
    max = Math.max(max, p[0] ?? 0);
  }
  const shifted = (by: number) => rings.map((ring) => ring.map(([lon = 0, lat = 0]) => [lon + by, lat]));
  const copies = [rings];
  if (max > 180) copies.push(shifted(-360));
  if (min < -180) copies.push(shifted(360));
  return copies;
}

export function fixAntimeridian(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') {
    const polygons = fixPolygon(geometry.coordinates);
    return polygons.length === 1 && polygons[0] === geometry.coordinates
      ? geometry
      : ({ type: 'MultiPolygon', coordinates: polygons } satisfies MultiPolygon);
  }
  if (geometry.type === 'MultiPolygon') {
    if (!geometry.coordinates.some((polygon) => polygon.some(crosses))) return geometry;
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.flatMap(fixPolygon) };
  }
  return geometry;
}

/** Every feature of the collection with its crossing shapes fixed (others are passed through as they are). */
export function fixCollection<P>(collection: FeatureCollection<Geometry, P>): FeatureCollection<Geometry, P> {
  return {
    ...collection,
    features: collection.features.map((f): Feature<Geometry, P> =>
      f.geometry ? { ...f, geometry: fixAntimeridian(f.geometry) } : f,
    ),
  };
}

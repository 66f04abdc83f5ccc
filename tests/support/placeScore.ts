/** Precision and recall of found places against a human reading, matched by distance on the ground. */
import type { Gazetteer } from '../../src/geo/gazetteer';
import { normalizeName } from '../../src/geo/names';
import type { Place } from '../../src/core/types';

/** A found place matches a labelled one when they are this close (or the labelled name is one of its names). */
const MATCH_KM = 60;

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** True when the labelled name and the found place are the same place. */
export function samePlace(label: string, found: Place, gazetteer: Gazetteer): boolean {
  if (normalizeName(label) === normalizeName(found.name)) return true;
  const candidates = gazetteer.byName.get(normalizeName(label)) ?? [];
  return candidates.some((c) => {
    const target = c.standsFor ? (gazetteer.byKey.get(c.standsFor) ?? c) : c;
    if (target.kind === 'country' || found.kind === 'country')
      return target.countryCode === found.countryCode && target.kind === found.kind;
    return target.kind === found.kind || c.kind === found.kind
      ? km(target, found) <= MATCH_KM
      : km(target, found) <= MATCH_KM / 3;
  });
}

export interface Score {
  truePositives: number;
  found: number;
  expected: number;
  missed: string[];
  extra: string[];
}

export function scorePlaces(expected: string[], found: Place[], gazetteer: Gazetteer): Score {
  const unmatched = [...found];
  const missed: string[] = [];
  let tp = 0;
  for (const label of expected) {
    const i = unmatched.findIndex((p) => samePlace(label, p, gazetteer));
    if (i >= 0) {
      tp++;
      unmatched.splice(i, 1);
    } else missed.push(label);
  }
  return {
    truePositives: tp,
    found: found.length,
    expected: expected.length,
    missed,
    extra: unmatched.map((p) => p.name),
  };
}

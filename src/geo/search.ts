/**
 * Finding a place by name in the gazetteer, for a reader correcting a pin: every place with a name that
 * is the query or begins with it (whole words first), the likeliest first. Pure.
 */
import type { Gazetteer, GazetteerPlace } from './gazetteer';
import { normalizeName } from './names';

const RANK: Record<string, number> = { country: 0, region: 1, city: 2, landmark: 3 };

export function searchGazetteer(gazetteer: Gazetteer, query: string, limit = 12): GazetteerPlace[] {
  const wanted = normalizeName(query);
  if (!wanted) return [];
  const found = new Map<GazetteerPlace, number>();
  for (const [name, places] of gazetteer.byName) {
    const exact = name === wanted;
    if (!exact && !name.startsWith(wanted)) continue;
    const wholeWord = exact || name.startsWith(`${wanted} `);
    for (const place of places) {
      const score = (exact ? 0 : wholeWord ? 1 : 2) * 10 + (RANK[place.kind] ?? 4);
      const known = found.get(place);
      if (known === undefined || score < known) found.set(place, score);
    }
  }
  return [...found]
    .sort(
      ([a, sa], [b, sb]) =>
        sa - sb ||
        Number(Boolean(b.curated)) - Number(Boolean(a.curated)) ||
        (b.population ?? 0) - (a.population ?? 0) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, limit)
    .map(([place]) => place);
}

/** The words a query's names begin with (what the gazetteer must hold to answer it). */
export function searchWords(query: string): string[] {
  const first = normalizeName(query).split(' ')[0];
  return first ? [first] : [];
}

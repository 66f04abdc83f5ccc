/**
 * `npm run eval:places [-- --set tune|holdout] [--details]`: how well the geocoder finds and places the
 * places of hand-labelled pages (tests/fixtures/places). A found place and a labelled one pair up by name
 * (or, failing that, by lying within 161 km of each other); a pair is right when the two are within
 * 161 km (countries: the same country). Precision, recall and F1 count right pairs; accuracy is the share
 * of pairs that are right (Mordecai's measure, for names already found).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGazetteerFor } from '../../cli/gazetteer';
import type { Place } from '../../src/core/types';
import { normalizeName } from '../../src/geo/names';
import { isUnsure, UNSURE_BELOW } from '../../src/core/confidence';
import { distanceKm } from '../../src/geo/resolve';
import { buildStory } from '../../src/pipeline/story';

const DIR = fileURLToPath(new URL('../fixtures/places/', import.meta.url));
const MATCH_KM = 161;

interface Label {
  name: string;
  kind: string;
  countryCode: string | null;
  lat: number;
  lon: number;
}

export interface SetScore {
  set: string;
  pages: number;
  posts: number;
  labelled: number;
  found: number;
  pairs: number;
  right: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** Pins marked unsure and the rest, with how many of each are right. */
  calibration: Record<'sure' | 'unsure', { found: number; right: number }>;
  mistakes: string[];
}

const words = (s: string) => normalizeName(s).split(' ');
function sameName(label: string, found: Place): boolean {
  const a = normalizeName(label);
  const b = normalizeName(found.name);
  if (a === b) return true;
  const [short, long] =
    a.length < b.length ? [words(label), words(found.name)] : [words(found.name), words(label)];
  // `Heathrow` / `London Heathrow Airport`, `Donetsk region` / `Donetsk`
  return short.length > 0 && short.every((w) => long.includes(w)) && short.join('').length >= 4;
}

const right = (label: Label, found: Place) =>
  label.kind === 'country' || found.kind === 'country'
    ? label.countryCode === (found.countryCode ?? null) &&
      (label.kind === found.kind || sameName(label.name, found))
    : distanceKm(label, found) <= MATCH_KM;

export function scoreSet(set: 'tune' | 'holdout'): SetScore {
  const folder = `${DIR}${set}/`;
  let [pages, posts, labelled, found, pairs, correct] = [0, 0, 0, 0, 0, 0];
  const mistakes: string[] = [];
  const calibration = { sure: { found: 0, right: 0 }, unsure: { found: 0, right: 0 } };
  const tally = (place: Place, ok: boolean) => {
    const bucket = isUnsure(place) ? calibration.unsure : calibration.sure;
    bucket.found++;
    if (ok) bucket.right++;
  };
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const expected = JSON.parse(
      readFileSync(`${folder}${file.replace(/\.txt$/, '.expected.json')}`, 'utf8'),
    ) as {
      year: number;
      sourceTimeZone: string;
      entries: { title: string; places: Label[] }[];
    };
    const built = buildStory(
      readFileSync(`${folder}${file}`, 'utf8'),
      { year: expected.year, timeZone: expected.sourceTimeZone },
      {},
      loadGazetteerFor,
    );
    pages++;
    expected.entries.forEach((want, i) => {
      posts++;
      const entry = built.story.entries[i];
      const got = (entry?.places ?? []).map((id) => built.story.places.find((p) => p.id === id) as Place);
      labelled += want.places.length;
      found += got.length;
      const open = [...got];
      const unmatched: Label[] = [];
      const take = (label: Label, found: Place) => {
        open.splice(open.indexOf(found), 1);
        pairs++;
        const ok = right(label, found);
        tally(found, ok);
        if (ok) correct++;
        else
          mistakes.push(
            `${set}/${file} #${i + 1}: "${label.name}" (${label.countryCode}) read as ${found.name} (${found.countryCode}, ${found.source})`,
          );
      };
      for (const label of want.places) {
        const byName = open.find((f) => sameName(label.name, f));
        if (byName) take(label, byName);
        else unmatched.push(label);
      }
      for (const label of unmatched) {
        const near = open.find(
          (f) => f.kind !== 'country' && label.kind !== 'country' && distanceKm(label, f) <= MATCH_KM,
        );
        if (near) take(label, near);
        else
          mistakes.push(
            `${set}/${file} #${i + 1}: missed "${label.name}" (${label.kind}, ${label.countryCode})`,
          );
      }
      for (const f of open) tally(f, false);
      for (const f of open)
        mistakes.push(`${set}/${file} #${i + 1}: extra ${f.name} (${f.kind}, ${f.countryCode}, ${f.source})`);
    });
  }
  const precision = correct / found;
  const recall = correct / labelled;
  return {
    set,
    pages,
    posts,
    labelled,
    found,
    pairs,
    right: correct,
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall),
    accuracy: correct / pairs,
    calibration,
    mistakes,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const only = args[args.indexOf('--set') + 1];
  const sets = (['tune', 'holdout'] as const).filter((s) => !args.includes('--set') || s === only);
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  for (const set of sets) {
    const s = scoreSet(set);
    console.log(
      `${set.padEnd(8)} ${s.pages} pages, ${s.posts} posts, ${s.labelled} labelled, ${s.found} found: precision ${pct(s.precision)}, recall ${pct(s.recall)}, F1 ${s.f1.toFixed(3)}; within ${MATCH_KM} km ${pct(s.accuracy)} of ${s.pairs} names paired`,
    );
    const share = (b: { found: number; right: number }) =>
      `${b.found} pins, ${pct(b.right / Math.max(1, b.found))} right`;
    console.log(
      `${''.padEnd(8)} marked unsure (confidence under ${UNSURE_BELOW}): ${share(s.calibration.unsure)}; the rest: ${share(s.calibration.sure)}`,
    );
    if (args.includes('--details')) for (const m of s.mistakes) console.log(`  ${m}`);
  }
}

/** Development aid: prints where the parser disagrees with each format fixture (`npx tsx tests/support/diff-fixtures.ts`). */
import { isDeepStrictEqual } from 'node:util';
import { loadGazetteer } from '../../cli/gazetteer';
import { buildStory } from '../../src/pipeline/story';
import { formatFixtures, structureOf } from './fixtures';
import { scorePlaces } from './placeScore';

const gazetteer = loadGazetteer();
let tp = 0;
let found = 0;
let expectedCount = 0;
for (const fixture of formatFixtures()) {
  const { year, sourceTimeZone } = fixture.expected;
  const { story } = buildStory(fixture.text, { year, timeZone: sourceTimeZone }, {}, gazetteer);
  const problems: string[] = [];
  if (story.entries.length !== fixture.expected.posts)
    problems.push(`posts: ${story.entries.length} != ${fixture.expected.posts}`);
  fixture.expected.entries.forEach((want, i) => {
    const entry = story.entries[i];
    if (!entry) return;
    const got = structureOf(entry);
    for (const key of Object.keys(got) as (keyof typeof got)[]) {
      if (!isDeepStrictEqual(got[key], want[key]))
        problems.push(`#${i + 1} ${key}: got ${JSON.stringify(got[key])} want ${JSON.stringify(want[key])}`);
    }
    const places = entry.places.map((id) => story.places.find((p) => p.id === id)!);
    const score = scorePlaces(want.places, places, gazetteer);
    tp += score.truePositives;
    found += score.found;
    expectedCount += score.expected;
    if (score.missed.length || score.extra.length)
      problems.push(
        `#${i + 1} places missed ${JSON.stringify(score.missed)} extra ${JSON.stringify(score.extra)}`,
      );
  });
  console.log(`${fixture.name}: ${problems.length ? '' : 'OK'}`);
  for (const p of problems) console.log(`   ${p.slice(0, 400)}`);
}
const precision = tp / found;
const recall = tp / expectedCount;
console.log(
  `places precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)}`,
);

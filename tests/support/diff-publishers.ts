/** Development aid: where the parser disagrees with the publisher fixtures (`npx tsx tests/support/diff-publishers.ts [filter]`). */
import { isDeepStrictEqual } from 'node:util';
import { readDocument } from '../../src/parse/document';
import { publisherFixtures, structureOf } from './fixtures';

const filter = process.argv[2] ?? '';
let exact = 0;
let total = 0;
for (const fixture of publisherFixtures()) {
  if (!fixture.name.includes(filter)) continue;
  total++;
  const { year, sourceTimeZone, date, captured } = fixture.expected;
  const page = readDocument(fixture.text, {
    year,
    timeZone: sourceTimeZone,
    ...(date ? { startDate: date } : {}),
    ...(captured ? { captured: Date.parse(captured) } : {}),
  });
  const problems: string[] = [];
  if (page.format !== fixture.expected.format)
    problems.push(`format: ${page.format} != ${fixture.expected.format}`);
  if (page.entries.length !== fixture.expected.posts)
    problems.push(`posts: ${page.entries.length} != ${fixture.expected.posts}`);
  fixture.expected.entries.forEach((want, i) => {
    const entry = page.entries[i];
    if (!entry) return;
    const got = structureOf(entry);
    for (const key of Object.keys(got) as (keyof typeof got)[])
      if (!isDeepStrictEqual(got[key], want[key]))
        problems.push(`#${i + 1} ${key}: got ${JSON.stringify(got[key])} want ${JSON.stringify(want[key])}`);
  });
  if (problems.length === 0) exact++;
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${fixture.name}`);
  for (const p of problems.slice(0, Number(process.env.MAX ?? 8))) console.log(`     ${p.slice(0, 300)}`);
}
console.log(`${exact} of ${total} exact`);

/**
 * `npm run eval:publishers [filter]`: the parser against the hand-labelled publisher fixtures, where it
 * disagrees and, per publisher folder, how many pages match exactly (posts, times, titles, labels,
 * bylines, image counts) and how many posts and times are right.
 */
import { isDeepStrictEqual } from 'node:util';
import { readDocument } from '../../src/parse/document';
import { publisherFixtures, structureOf } from './fixtures';

const filter = process.argv[2] ?? '';
let exact = 0;
let total = 0;
const byFolder = new Map<
  string,
  { pages: number; exact: number; posts: number; postsRight: number; times: number; timesRight: number }
>();
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
  const folder = fixture.name.split('/')[0] ?? '';
  const row = byFolder.get(folder) ?? {
    pages: 0,
    exact: 0,
    posts: 0,
    postsRight: 0,
    times: 0,
    timesRight: 0,
  };
  row.pages++;
  if (problems.length === 0) row.exact++;
  fixture.expected.entries.forEach((want, i) => {
    const entry = page.entries[i];
    row.posts++;
    row.times++;
    if (!entry) return;
    const got = structureOf(entry);
    if ((Object.keys(got) as (keyof typeof got)[]).every((key) => isDeepStrictEqual(got[key], want[key])))
      row.postsRight++;
    if (entry.publishedAt === want.publishedAt) row.timesRight++;
  });
  byFolder.set(folder, row);
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${fixture.name}`);
  for (const p of problems.slice(0, Number(process.env.MAX ?? 8))) console.log(`     ${p.slice(0, 300)}`);
}
console.log(`${exact} of ${total} exact`);
console.log('\npublisher     pages  exact  posts right  times right');
for (const [folder, r] of byFolder)
  console.log(
    `${folder.padEnd(12)}  ${String(r.pages).padStart(5)}  ${String(r.exact).padStart(5)}  ${`${r.postsRight}/${r.posts}`.padStart(11)}  ${`${r.timesRight}/${r.times}`.padStart(11)}`,
  );

/** A synthetic live page of about `bytes` bytes: the sample's posts repeated, renumbered and re-timed. */
import { readFileSync } from 'node:fs';

const SAMPLE = readFileSync(
  new URL('../data/bbc-2025-02-14-munich-security-conference.txt', import.meta.url),
  'utf8',
);
const POSTS = SAMPLE.split(/\n(?= {2}\d+\. )/).slice(1);

export function syntheticPage(bytes: number): { text: string; posts: number } {
  const parts: string[] = ['Summary\n\n'];
  let size = 0;
  let n = 0;
  const start = Date.UTC(2025, 0, 1, 0, 0);
  while (size < bytes) {
    const post = POSTS[n % POSTS.length] as string;
    const t = new Date(start + (1_000_000 - n) * 60_000);
    const hh = String(t.getUTCHours()).padStart(2, '0');
    const mm = String(t.getUTCMinutes()).padStart(2, '0');
    const date = t.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
    const text = post
      .replace(/^ {2}\d+\. /, `  ${n + 1}. `)
      .replace(
        /published at \d\d:\d\d Greenwich Mean Time \d+ \w+/,
        `published at ${hh}:${mm} Greenwich Mean Time ${date}`,
      );
    parts.push(text, '\n');
    size += text.length + 1;
    n++;
  }
  return { text: parts.join(''), posts: n };
}

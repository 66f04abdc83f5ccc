/**
 * A copied page's headline, where the text itself shows it: live pages put "live" in their headline
 * ("Hurricane Mara live: …", "Ukraine war live", "LIVE: …"). Only the top of the page is looked at, and
 * only such a line is taken: with none, no title is guessed (the reader types one). Pure.
 */
const TOP_LINES = 80;
const LIVE = /(?:^live\b\s*[:|–-]|\blive\b\s*[:|–-]|\blive$|\blive (?:updates|blog|coverage|reporting)\b)/i;
const MAX_LENGTH = 200;

export function guessTitle(text: string): string | undefined {
  const lines = text.split(/\r?\n/, TOP_LINES);
  for (const raw of lines) {
    const line = raw.trim();
    const words = line.split(/\s+/).length;
    if (words < 3 || line.length > MAX_LENGTH || /^<|[{}]/.test(line)) continue;
    if (LIVE.test(line)) return line;
  }
  return undefined;
}

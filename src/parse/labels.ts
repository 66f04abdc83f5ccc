/** Post labels ("Breaking", "Analysis") in the three places a copied page puts them. */

const STANDALONE = /^(?:(\d{1,4})\.\s*)?(Breaking|Analysis)(?: news)?$/i;
const GLUED_BEFORE = /^(Breaking|Analysis)(?=[A-Z"“‘'])/;
const GLUED_AFTER = /^(Breaking|Analysis)\b/;

function canonical(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** "Breaking" alone on a line, or with the post's number ("3. Analysis"). */
export function standaloneLabel(text: string): { label: string; number?: number } | null {
  const m = STANDALONE.exec(text);
  if (!m?.[2]) return null;
  return m[1] ? { label: canonical(m[2]), number: Number(m[1]) } : { label: canonical(m[2]) };
}

/** "BreakingThe polls have closed" → label and the text without it. */
export function leadingLabel(text: string): { label: string | null; text: string } {
  const m = GLUED_BEFORE.exec(text);
  return m?.[1] ? { label: canonical(m[1]), text: text.slice(m[1].length) } : { label: null, text };
}

/** "...6 November 2024Breaking": the text glued after a stamp, split into a label and what follows. */
export function trailingLabel(rest: string): { label: string | null; text: string } {
  const m = GLUED_AFTER.exec(rest);
  return m?.[1]
    ? { label: canonical(m[1]), text: rest.slice(m[1].length).trim() }
    : { label: null, text: rest };
}

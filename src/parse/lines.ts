/** Copied text as numbered, cleaned lines: the unit every parse step works on. */

export interface Line {
  /** 1-based line number in the input, for warnings. */
  n: number;
  text: string;
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g;

/** A cheap test that rules out most lines before the cleaning replacements run. */
const NEEDS_CLEANING = /[\u200b-\u200d\u2060\ufeff\u00a0\u2000-\u200a\u202f\u205f\u3000\t]| {2}/;

/** Splits text into lines, trimming them and normalising odd spaces; keeps blank lines as empty text. */
export function toLines(text: string): Line[] {
  return text.split(/\r\n|\r|\n/).map((raw, i) => {
    const trimmed = raw.trim();
    return {
      n: i + 1,
      text: NEEDS_CLEANING.test(trimmed)
        ? trimmed.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim()
        : trimmed,
    };
  });
}

/** Shortens text for a warning message: `"First words…"`. */
export function excerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max)}…` : flat}"`;
}

/** Words of a text with their offsets, and the normal form under which place names are looked up. */

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Letters and digits, with inner dots and apostrophes (D.C., O'Neill) and one trailing dot (St.).
export const WORD_PATTERN = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const word = new RegExp(WORD_PATTERN.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = word.exec(text))) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

const FOLDED: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ð: 'd',
  þ: 'th',
};

/** The lookup form of one word: lower case, no accents or dots, straight apostrophes (`Diyarbakır.` → `diyarbakir`). */
const ASCII_WORD = /^[A-Za-z0-9'-]*$/;

export function foldWord(word: string): string {
  // Most words are plain ASCII: nothing to fold but the case.
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f.]/g, '')
    .replace(/[ıłøđßæœðþ]/g, (c) => FOLDED[c] ?? c)
    .replace(/[’`ʼ]/g, "'");
}

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** The lookup form of a name: folded words, one space between them (`St. Petersburg` → `st petersburg`). */
export function normalizeName(name: string): string {
  // Most names are plain ASCII words: the fast path keeps loading 135,000 names quick.
  if (PLAIN.test(name)) return name.toLowerCase();
  return tokenize(name)
    .map((t) => foldWord(t.text))
    .join(' ');
}

/** True for a word that starts with a capital letter (or digit-free all-caps like `US`). */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True for a short all-capitals name (`US`, `UK`, `DC`), which only matches when written the same way. */
export function isAcronym(name: string): boolean {
  const letters = name.replace(/[.\s]/g, '');
  return letters.length <= 4 && letters === letters.toUpperCase() && /\p{L}/u.test(letters);
}

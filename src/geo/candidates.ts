/** Spans of a text that name something in the gazetteer, longest name first, with their surroundings. */
import type { Gazetteer, GazetteerPlace } from './gazetteer';
import { foldWord, isAcronym, WORD_PATTERN, type Token } from './names';

export interface Candidate {
  start: number;
  end: number;
  text: string;
  options: GazetteerPlace[];
  /** The word before and after the span when only a space or hyphen separates them. */
  before: string | null;
  after: string | null;
  /** The text right after the span, for patterns such as "Donetsk and Luhansk regions". */
  following: string;
  /** The text right before it, for patterns such as "the US state of Georgia". */
  preceding: string;
}

const POSSESSIVE = /['’]s?$/;
const FOLLOWING_CHARS = 80;

const prefixCache = new WeakMap<Gazetteer, Set<string>>();

/** The first words of every name of two words or more (`new`, `new york`): where a longer name may go on. */
function prefixesOf(gazetteer: Gazetteer): Set<string> {
  let prefixes = prefixCache.get(gazetteer);
  if (!prefixes) {
    prefixes = new Set();
    for (const name of gazetteer.byName.keys()) {
      for (let at = name.indexOf(' '); at > 0; at = name.indexOf(' ', at + 1))
        prefixes.add(name.slice(0, at));
    }
    prefixCache.set(gazetteer, prefixes);
  }
  return prefixes;
}

/**
 * The lookup keys of the names starting at the first word, one per length, up to `most` words, and no
 * longer than any name of the gazetteer begins so.
 */
function keysFrom(
  word: (i: number) => Token | undefined,
  most: number,
  text: string,
  prefixes: Set<string>,
): string[] {
  const keys: string[] = [];
  let key = '';
  for (let i = 0; i < most; i++) {
    const token = word(i);
    if (!token) break;
    if (i > 0) {
      if (!prefixes.has(key)) break;
      const gap = text.slice((word(i - 1) as Token).end, token.start);
      if (gap !== ' ' && gap !== '-') break;
      key += ' ';
    }
    key += foldWord(token.text);
    keys.push(key);
  }
  return keys;
}

// Where a capitalised word starts, as `tokenize` cuts words: not inside a word (`iPhone`, `x.Y`, `O’Neill`).
// The capital is found first and what stands before it checked after (a look-behind in the pattern
// would be tried at every character of the page).
const CAPITAL = /[\p{Lu}\p{Lt}]/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const INNER_MARK = new Set(['.', "'", '’']);

/** The character (a code point) that ends at `end`, and where it starts. */
function charBefore(text: string, end: number): { char: string; start: number } | null {
  if (end <= 0) return null;
  const low = text.charCodeAt(end - 1);
  const start =
    low >= 0xdc00 && low <= 0xdfff && end >= 2 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800
      ? end - 2
      : end - 1;
  return { char: text.slice(start, end), start };
}

/** True for an ASCII letter or digit; null for a character beyond ASCII (the full test decides). */
function asciiLetterOrDigit(code: number): boolean | null {
  if (code >= 0x80) return null;
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Whether the capital at `at` starts a word: no letter or digit before it, nor one and an inner mark. */
function startsWord(text: string, at: number): boolean {
  // Most text is ASCII: a space, a letter or a digit before the capital settles it without a pattern.
  const code = at > 0 ? text.charCodeAt(at - 1) : -1;
  if (code === -1) return true;
  const ascii = asciiLetterOrDigit(code);
  if (ascii === true) return false;
  if (ascii === false && code !== 0x2e && code !== 0x27) return true;
  const previous = charBefore(text, at);
  if (!previous) return true;
  if (LETTER_OR_DIGIT.test(previous.char)) return false;
  if (!INNER_MARK.has(previous.char)) return true;
  const before = charBefore(text, previous.start);
  return !before || !LETTER_OR_DIGIT.test(before.char);
}
/**
 * Calls `visit` with every word of `text` that starts with a capital, as `tokenize` cuts words (the same
 * inner dots and apostrophes), and where it starts: the words a place name may start with. `visit` may
 * say where to go on from (the end of a name it found); by default, the end of the word.
 */
export function forEachCapitalisedWord(
  text: string,
  visit: (word: string, start: number) => number | void,
): void {
  const capitals = new RegExp(CAPITAL.source, 'gu');
  let c: RegExpExecArray | null;
  while ((c = capitals.exec(text))) {
    if (!startsWord(text, c.index)) continue;
    WORD_AT.lastIndex = c.index;
    const word = WORD_AT.exec(text);
    if (!word) break;
    const end = word.index + word[0].length;
    const next = visit(word[0], word.index);
    capitals.lastIndex = typeof next === 'number' && next > word.index ? next : end;
  }
}

const LOOK_BACK = 64;
// Reset before each use (`lastIndex`), so one pattern serves every call.
const WORD_AT = new RegExp(WORD_PATTERN.source, 'gu');

/** The words from `at` on, cut as `tokenize` cuts them, each only when asked for. */
function wordsFrom(text: string, at: number): (i: number) => Token | undefined {
  const tokens: Token[] = [];
  let next = at;
  return (i) => {
    while (tokens.length <= i && next >= 0) {
      WORD_AT.lastIndex = next;
      const m = WORD_AT.exec(text);
      if (!m) next = -1;
      else {
        tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
        next = m.index + m[0].length;
      }
    }
    return tokens[i];
  };
}

const WORD_CHAR = /[\p{L}\p{N}.'’]/u;

/** The word right before `start` when only a space joins it, and not across a sentence's end. */
function wordBefore(text: string, start: number): string | null {
  const end = start - 1;
  if (text[end] !== ' ') return null;
  // The run of word characters before the space; its last word, as `tokenize` cuts it, must end there.
  let from = end;
  while (from > 0 && end - from < LOOK_BACK && WORD_CHAR.test(text[from - 1] as string)) from--;
  if (from === end) return null;
  WORD_AT.lastIndex = from;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = WORD_AT.exec(text)) && m.index < end) last = m;
  if (!last || last.index + last[0].length !== end) return null;
  return last[0].endsWith('.') ? null : last[0];
}

/** The word right after the last word of a name, when only a space joins them (`US-Russia` names two). */
function wordAfter(text: string, last: Token, next: Token | undefined): string | null {
  if (!next || last.text.endsWith('.')) return null;
  return text.slice(last.end, next.start) === ' ' ? next.text : null;
}

/**
 * Finds every gazetteer name in `text`, preferring the longest at each position; spans never overlap.
 * Only the words from each capital on are cut out, a few at a time: a long page is never split into
 * millions of words.
 */
export function findCandidates(text: string, gazetteer: Gazetteer): Candidate[] {
  const prefixes = prefixesOf(gazetteer);
  const found: Candidate[] = [];
  forEachCapitalisedWord(text, (headWord, at) => {
    // Most capitalised words start no name (`The`, `He`, `Monday`): seen from their first word alone,
    // with nothing cut or kept for them.
    const headKey = foldWord(headWord);
    if (
      !prefixes.has(headKey) &&
      !gazetteer.byName.has(headKey) &&
      !(POSSESSIVE.test(headKey) && gazetteer.byName.has(headKey.replace(POSSESSIVE, '')))
    )
      return;
    const word = wordsFrom(text, at);
    const first = word(0) as Token;
    const keys = keysFrom(word, gazetteer.maxWords, text, prefixes);
    for (let j = keys.length - 1; j >= 0; j--) {
      const key = keys[j] as string;
      const last = word(j) as Token;
      let end = last.end;
      let options = gazetteer.byName.get(key);
      if (!options && POSSESSIVE.test(key)) {
        options = gazetteer.byName.get(key.replace(POSSESSIVE, ''));
        end = last.start + last.text.replace(POSSESSIVE, '').length;
      }
      if (!options) continue;
      let spanText = text.slice(first.start, end);
      const acronymKey = gazetteer.acronyms.has(key.replace(POSSESSIVE, ''));
      if (acronymKey && spanText !== spanText.toUpperCase()) continue;
      // "EU" is not the French town of Eu: text in capitals only matches names written in capitals.
      if (!acronymKey && isAcronym(spanText.replace(POSSESSIVE, ''))) continue;
      if (spanText.endsWith('.') && !spanText.slice(0, -1).includes('.')) {
        spanText = spanText.slice(0, -1);
        end -= 1;
      }
      found.push({
        start: first.start,
        end,
        text: spanText,
        options,
        before: wordBefore(text, first.start),
        after: wordAfter(text, last, word(j + 1)),
        following: text.slice(end, end + FOLLOWING_CHARS),
        preceding: text.slice(Math.max(0, first.start - FOLLOWING_CHARS), first.start),
      });
      return last.end;
    }
    return undefined;
  });
  return found;
}

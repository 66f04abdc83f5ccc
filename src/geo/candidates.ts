/** Spans of a text that name something in the gazetteer, longest name first, with their surroundings. */
import type { Gazetteer, GazetteerPlace } from './gazetteer';
import { foldWord, isAcronym, isCapitalized, tokenize, type Token } from './names';

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

function keyOf(tokens: Token[], from: number, to: number, text: string): string | null {
  let key = '';
  for (let i = from; i <= to; i++) {
    const token = tokens[i] as Token;
    if (i > from) {
      const gap = text.slice((tokens[i - 1] as Token).end, token.start);
      if (gap !== ' ' && gap !== '-') return null;
      key += ' ';
    }
    key += foldWord(token.text);
  }
  return key;
}

function neighbour(text: string, tokens: Token[], index: number, side: -1 | 1): string | null {
  const token = tokens[index + side];
  const near = tokens[index];
  if (!token || !near) return null;
  const gap = side < 0 ? text.slice(token.end, near.start) : text.slice(near.end, token.start);
  // Only a space joins a name to a neighbour (`US-Russia` names two countries, not a person), and
  // never across the end of a sentence (`…part of Europe. Hegseth said`).
  const ends = side < 0 ? token.text.endsWith('.') : near.text.endsWith('.');
  return gap === ' ' && !ends ? token.text : null;
}

/** Finds every gazetteer name in `text`, preferring the longest at each position; spans never overlap. */
export function findCandidates(text: string, gazetteer: Gazetteer): Candidate[] {
  const tokens = tokenize(text);
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!isCapitalized(first.text)) continue;
    for (let j = Math.min(tokens.length - 1, i + gazetteer.maxWords - 1); j >= i; j--) {
      const key = keyOf(tokens, i, j, text);
      if (key === null) continue;
      const last = tokens[j] as Token;
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
        before: neighbour(text, tokens, i, -1),
        after: neighbour(text, tokens, j, 1),
        following: text.slice(end, end + FOLLOWING_CHARS),
        preceding: text.slice(Math.max(0, first.start - FOLLOWING_CHARS), first.start),
      });
      i = j;
      break;
    }
  }
  return found;
}

/** `, external` markers: the copied page's trace of an outbound link, turned into a link annotation. */
import type { LinkAnnotation } from '../core/types';

const MARKER = /, external(?=[\s.,;:!?)"”’]|$)/g;
const CAPITALISED_RUN = /(?:[A-Z0-9][\w'’&.-]*(?: (?:of|the|and|de|for|on|[A-Z0-9][\w'’&.-]*))*)$/;
/** Link text is a few words at most; looking further back only costs time. */
const MAX_ANCHOR_CHARS = 80;
const LAST_WORD = /[\w'’-]+$/;

/** Removes `, external` markers from `text`; each marks the words before it as a link. */
export function extractLinks(text: string): { text: string; links: LinkAnnotation[] } {
  if (!text.includes(', external')) return { text, links: [] };
  const links: LinkAnnotation[] = [];
  let out = '';
  let from = 0;
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(text))) {
    out += text.slice(from, m.index);
    from = m.index + m[0].length;
    const tail = out.slice(-MAX_ANCHOR_CHARS);
    const anchor = CAPITALISED_RUN.exec(tail) ?? LAST_WORD.exec(tail);
    if (anchor && anchor[0].length > 0) links.push({ start: out.length - anchor[0].length, end: out.length });
  }
  return { text: out + text.slice(from), links };
}

/** Page furniture: lines a copied page carries that are not part of any post's story. */

const FURNITURE: RegExp[] = [
  /^undefined$/i,
  /^LIVE(?: stream)? page \d+$/i,
  /^This post contains strong language\.?$/i,
  /^Video content$/i,
  /^This video can not be played$/i,
  /^To play this video you need to enable JavaScript in your browser\.?$/i,
  /^View more on \w+$/i,
  /^Skip (?:\w+ )?(?:post|video|content|tweet|image) (?:by|from) .{1,100}$/i,
  /^Skip \w+ (?:post|video|content)$/i,
  /^End of (?:\w+ )?(?:post|video|content|tweet) (?:by|from)? ?.{0,100}$/i,
  /^Allow \w+(?: \w+)? content\?$/i,
  /^This (?:article|post) contains content provided by .{1,2000}$/i,
  /^Accept and continue$/i,
  /^The BBC is not responsible for the content of external sites\.?(?: Read about our approach to external linking\.?)?$/i,
  /^Warning: (?:Third party content|The BBC is not responsible).{0,300}$/i,
  /^(?:Share|Copy link|Share page|Post share|Get involved|Live Reporting|Edited by .{1,100})$/i,
  /^Post update$/i,
  // A mirror copy repeats each post's time on a line of its own.
  /^\d{1,2}:\d{2} (?:BST|GMT) \d{1,2} [A-Z][a-z]+(?: \d{4})?$/,
  /^SHARE$/,
];

/** All the patterns as one expression: one pass per line instead of one per pattern. */
const ANY_FURNITURE = new RegExp(FURNITURE.map((re) => `(?:${re.source})`).join('|'), 'i');

/** True for a line that is page furniture (dropped without a warning). */
export function isFurniture(text: string): boolean {
  return ANY_FURNITURE.test(text);
}

/**
 * What the parser noticed while reading a page (lines skipped, times it could not place, parts cut to the
 * schema's limits), as data: the command line writes `warningText` (English, with the input's line
 * numbers), the import view says each in the reader's language (src/import/warnings.ts).
 */

/** Which part of a post a text was cut in. */
export type PostPart =
  'title' | 'listItem' | 'imageAlt' | 'imageCaption' | 'imageCredit' | 'caption' | 'paragraph' | 'quote';

export type Warning =
  | { code: 'not-utf8' }
  | { code: 'control-chars'; count: number }
  | { code: 'time-no-date'; line: number; time: string }
  | { code: 'time-ago'; line: number; minutes: number }
  | { code: 'no-stamps'; line: number }
  | { code: 'skipped-furniture'; line: number; text: string }
  | { code: 'skipped-before-post'; line: number; text: string }
  | { code: 'second-stamp'; line: number; text: string; post: number; kept: 'BST' | 'GMT' | 'first' }
  | { code: 'events-cut'; post: number; count: number; max: number }
  | { code: 'text-cut'; post: number; part: PostPart; length: number; max: number }
  | { code: 'paragraph-split'; post: number; length: number; parts: number }
  | { code: 'list-cut'; post: number; count: number; max: number }
  | { code: 'links-cut'; post: number; count: number; max: number }
  | { code: 'blocks-cut'; post: number; count: number; max: number }
  | { code: 'labels-cut'; post: number; count: number; max: number }
  | { code: 'places-cut'; post: number; count: number; max: number }
  | { code: 'mentions-cut'; post: number; count: number; max: number };

const PART_TEXT: Record<PostPart, string> = {
  title: 'its title',
  listItem: 'a list item',
  imageAlt: "an image's description",
  imageCaption: "an image's caption",
  imageCredit: "an image's credit",
  caption: 'a caption',
  paragraph: 'a paragraph',
  quote: 'a quote',
};

/** The warning in English, as the command line writes it. */
export function warningText(w: Warning): string {
  switch (w.code) {
    case 'not-utf8':
      return 'warning: some bytes are not UTF-8 and were replaced by \ufffd';
    case 'control-chars':
      return `warning: ${w.count} control character${w.count === 1 ? '' : 's'} (such as NUL) removed from the text`;
    case 'time-no-date':
      return `line ${w.line}: the time ${w.time} has no date on the page; publishedAt left empty (give the day with --date)`;
    case 'time-ago':
      return `line ${w.line}: the time "${w.minutes} minutes ago" needs the time the page was copied; publishedAt left empty (give it with --captured)`;
    case 'no-stamps':
      return `line ${w.line}: the page has no "published at" time stamps; posts were found by their layout`;
    case 'skipped-furniture':
      return `line ${w.line}: skipped ${w.text}: page furniture before the summary`;
    case 'skipped-before-post':
      return `line ${w.line}: skipped ${w.text}: text before the first post`;
    case 'second-stamp':
      return `line ${w.line}: skipped ${w.text}: second time stamp of the post at line ${w.post} (the reader's local time); kept the ${w.kept} one`;
    case 'events-cut':
      return `post ${w.post}: ${w.count} times in the text say when things happened; the first ${w.max} are kept`;
    case 'text-cut':
      return `post ${w.post}: ${PART_TEXT[w.part]} of ${w.length} characters was cut to ${w.max}`;
    case 'paragraph-split':
      return `post ${w.post}: a paragraph of ${w.length} characters was split into ${w.parts}`;
    case 'list-cut':
      return `post ${w.post}: a list of ${w.count} items was cut to ${w.max}`;
    case 'links-cut':
      return `post ${w.post}: ${w.count} links in a paragraph were cut to ${w.max} (the text is kept)`;
    case 'blocks-cut':
      return `post ${w.post}: ${w.count} blocks were cut to ${w.max}`;
    case 'labels-cut':
      return `post ${w.post}: ${w.count} labels were cut to ${w.max}`;
    case 'places-cut':
      return `post ${w.post}: ${w.count} places were cut to the first ${w.max}`;
    case 'mentions-cut':
      return `post ${w.post}: ${w.count} place names were cut to ${w.max} marked in the text (the text is kept)`;
  }
}

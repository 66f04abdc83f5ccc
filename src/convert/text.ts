/** A post's words as plain text and as safe HTML, for the formats other tools read. Pure. */
import type { Block, Entry, Story } from '../core/types';

export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'quote':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'image':
      return [block.caption ?? block.alt, block.credit].filter(Boolean).join(' ');
    case 'media':
      return block.caption;
  }
}

/** The post's headline: its title, or failing that the start of its first paragraph. */
export function headlineOf(entry: Entry, max = 120): string {
  if (entry.title) return entry.title;
  const first = entry.blocks.map(blockText).find((t) => t.trim().length > 0) ?? '';
  const flat = first.replace(/\s+/g, ' ').trim();
  if ([...flat].length <= max) return flat;
  const cut = [...flat].slice(0, max - 1).join('');
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made inert in HTML: no tag, entity or attribute of a hostile page survives. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/** The post's blocks as HTML paragraphs, lists and quotes (escaped; no markup of the page's own). */
export function entryHtml(entry: Entry): string {
  return entry.blocks
    .map((block) => {
      switch (block.type) {
        case 'list':
          return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
        case 'quote':
          return `<blockquote>${escapeHtml(block.text)}${block.cite ? ` <cite>${escapeHtml(block.cite)}</cite>` : ''}</blockquote>`;
        default:
          return `<p>${escapeHtml(blockText(block))}</p>`;
      }
    })
    .join('');
}

/** `live-atlas-munich-security-conference`: a file name from the story's title. */
export function fileStem(story: Story): string {
  const slug = (story.story.title ?? 'story')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `live-atlas-${slug || 'story'}`;
}

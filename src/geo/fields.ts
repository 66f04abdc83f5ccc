/** Every piece of an entry's text where a place can be named, with the address a mention records. */
import type { Entry, Mention, Person } from '../core/types';

export interface TextField {
  text: string;
  at: Pick<Mention, 'block' | 'item' | 'field'>;
}

function people(byline: Entry['byline']): Person[] {
  if (!byline) return [];
  return Array.isArray(byline) ? byline : [byline];
}

/** The entry's title, its byline location, then each block's text in reading order. */
export function entryFields(entry: Entry): TextField[] {
  const fields: TextField[] = [];
  if (entry.title) fields.push({ text: entry.title, at: { block: 'title' } });
  const location = people(entry.byline).find((p) => p.location)?.location;
  if (location) fields.push({ text: location, at: { block: 'byline' } });
  entry.blocks.forEach((block, index) => {
    switch (block.type) {
      case 'paragraph':
      case 'quote':
        fields.push({ text: block.text, at: { block: index } });
        break;
      case 'list':
        block.items.forEach((text, item) => fields.push({ text, at: { block: index, item } }));
        break;
      case 'image':
        if (block.alt) fields.push({ text: block.alt, at: { block: index, field: 'alt' } });
        if (block.caption) fields.push({ text: block.caption, at: { block: index, field: 'caption' } });
        break;
      case 'media':
        fields.push({ text: block.caption, at: { block: index, field: 'caption' } });
        break;
    }
  });
  return fields;
}

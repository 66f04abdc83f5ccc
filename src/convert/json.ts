/** The story file itself: what `?data=` loads and the CLI writes. Pure. */
import type { Story } from '../core/types';

/** Indented up to this much compact JSON; beyond it, compact (a big story written pretty is four times larger). */
export const PRETTY_UP_TO = 5 * 1024 * 1024;

export function toStoryJson(story: Story, layout: 'auto' | 'pretty' | 'compact' = 'auto'): string {
  if (layout === 'pretty') return `${JSON.stringify(story, null, 2)}\n`;
  const compact = JSON.stringify(story);
  if (layout === 'compact' || compact.length > PRETTY_UP_TO) return `${compact}\n`;
  return `${JSON.stringify(story, null, 2)}\n`;
}

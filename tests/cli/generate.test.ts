import { describe, expect, it } from 'vitest';
import { generateStory } from '../../bench/generate';
import { validateStory } from '../../src/core/validate';

describe('generateStory(entries, places) (the benchmark generator)', () => {
  it('writes valid data in our format, with mentions that point at the place names', () => {
    const story = generateStory(1000, 2000);
    const { problems } = validateStory(JSON.parse(JSON.stringify(story)));
    expect(problems).toEqual([]);
    expect(story.entries).toHaveLength(1000);
    const byId = new Map(story.places.map((p) => [p.id, p]));
    for (const entry of story.entries.slice(0, 50)) {
      for (const m of entry.mentions) {
        const text =
          m.block === 'title' ? entry.title : (entry.blocks[m.block as number] as { text: string }).text;
        expect(text?.slice(m.start, m.end)).toBe(byId.get(m.placeId)?.name);
      }
    }
  });

  it('is repeatable', () => {
    expect(generateStory(50, 100)).toEqual(generateStory(50, 100));
  });
});

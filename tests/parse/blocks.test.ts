import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/page';

const post = (body: string) => `  1. Fire in the citypublished at 10:00 GMT 5 March 2024\n\n${body}\n`;
const blocksOf = (body: string) =>
  parsePage(post(body), { year: 2024, timeZone: 'Europe/London' }).entries[0]?.blocks;

describe('parsePage(text) blocks', () => {
  it('splits an image line whose credit runs into its caption marker and caption', () => {
    expect(
      blocksOf('    A burning building at nightImage source, ReutersImage caption,Firefighters at the scene'),
    ).toEqual([
      {
        type: 'image',
        alt: 'A burning building at night',
        credit: 'Reuters',
        caption: 'Firefighters at the scene',
      },
    ]);
  });

  it('splits a paragraph glued to a media caption', () => {
    expect(blocksOf('    The fire is out.Media caption,Watch: the blaze from above')).toEqual([
      { type: 'paragraph', text: 'The fire is out.' },
      { type: 'media', caption: 'Watch: the blaze from above' },
    ]);
  });

  it('keeps source strings with slashes and dashes whole', () => {
    expect(blocksOf('    A crowd in the squareImage source, Agency-One/Two/Three')?.[0]).toEqual({
      type: 'image',
      alt: 'A crowd in the square',
      credit: 'Agency-One/Two/Three',
    });
  });

  it('drops social embed boilerplate and video stubs, never making them paragraphs', () => {
    const blocks = blocksOf(
      [
        '    Skip twitter post by Fire Service',
        '    Allow Twitter content?',
        '    This article contains content provided by Twitter. We ask for your permission before anything is loaded.',
        '    Accept and continue',
        '    End of twitter post by Fire Service',
        '    This video can not be played',
        '    To play this video you need to enable JavaScript in your browser.',
        '    Video content',
        '    Video caption: Drone footage of the fire',
        '    Crews worked through the night.',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { type: 'media', caption: 'Drone footage of the fire' },
      { type: 'paragraph', text: 'Crews worked through the night.' },
    ]);
  });
});

describe('parsePage(text) on a copy that lost every line break', () => {
  it('still finds every post, its number and its title', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(
      new URL('../../data/bbc-2025-02-14-munich-security-conference.txt', import.meta.url),
      'utf8',
    );
    const glued = text
      .split('\n')
      .map((l) => l.trim())
      .join('');
    const { entries } = parsePage(glued, { year: 2025, timeZone: 'Europe/London' });
    expect(entries.map((e) => e.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(entries[0]?.title).toBe('No contact between US and Russian officials - Kremlin');
    expect(entries[19]?.title).toBe(
      "'Don't lecture or ignore each other': What is the Munich Security Conference?",
    );
    expect(entries.every((e) => e.publishedAt?.startsWith('2025-02-14T'))).toBe(true);
  });
});

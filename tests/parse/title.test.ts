import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessTitle } from '../../src/parse/title';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

describe('guessTitle: the headline of a copied live page', () => {
  it('takes the line that calls itself live', () => {
    expect(guessTitle(fixture('publishers/guardian/01-key-events-bst.txt'))).toBe(
      'UK heatwave live: 33.2C recorded in Kent as hosepipe ban announced for Yorkshire',
    );
    expect(guessTitle('Menu\nLIVE: Storm Bert batters Wales\n10:00 GMT\nFirst post')).toBe(
      'LIVE: Storm Bert batters Wales',
    );
    expect(guessTitle('News\nUkraine war live updates from Kyiv\n')).toBe(
      'Ukraine war live updates from Kyiv',
    );
  });

  it('guesses nothing where no line says so, and skips navigation words', () => {
    expect(
      guessTitle('Live\nWorld news\n10:00 GMT\nPeople live in fear of the storm, she said.'),
    ).toBeUndefined();
    expect(guessTitle('Skip to main content\nSign in\n')).toBeUndefined();
  });
});

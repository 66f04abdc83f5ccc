import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../src/core/types';
import { validateStory } from '../../src/core/validate';
import { LessonBuilder } from '../../src/share/LessonBuilder';

const { story } = validateStory(
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8')),
);
const PAGE = 'https://atlas.example/?tz=UTC';
const firstPost = () => screen.getByRole('combobox', { name: 'First post' });
const options = () => within(firstPost()).getAllByRole('option');

describe('the lesson builder', () => {
  it('lists the posts oldest first, by time in the story’s zone and title', () => {
    render(<LessonBuilder story={story} page={PAGE} onCopied={vi.fn()} />);
    expect(options()[0]).toHaveTextContent(
      "07:07 GMT · 'Don't lecture or ignore each other': What is the Munich Security Conference?",
    );
    expect(options()).toHaveLength(20);
  });

  it('shows each post’s time in the zone the page shows it in', () => {
    const zoneOf = (entry: Entry) => (entry.places[0] === 'munich' ? 'Europe/Berlin' : 'UTC');
    render(<LessonBuilder story={story} zoneOf={zoneOf} page={PAGE} onCopied={vi.fn()} />);
    expect(options()[0]).toHaveTextContent(/^08:07 CET · /);
    expect(options()[1]).toHaveTextContent(/^07:14 UTC · /);
  });

  it('keeps the page’s zone in the lesson link', () => {
    render(<LessonBuilder story={story} page={PAGE} onCopied={vi.fn()} />);
    const link = new URL((screen.getByLabelText('Lesson link') as HTMLInputElement).value);
    expect(link.searchParams.get('tz')).toBe('UTC');
    expect(link.searchParams.get('from')).toBe('2025-02-14T07:07:00Z');
  });
});

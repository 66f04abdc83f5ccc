import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';

vi.mock('../../src/map/StoryMap', () => ({ default: () => <div>map</div> }));

const SCRIPT = '<script>window.pwned = true</script><img src=x onerror="window.pwned = true">';
const story = JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8'));

afterEach(() => vi.unstubAllGlobals());

describe('App with HTML and script in every text field', () => {
  it('shows the text as text and runs nothing', async () => {
    story.story.title = SCRIPT;
    for (const entry of story.entries) {
      entry.title = SCRIPT;
      for (const block of entry.blocks) {
        if ('text' in block) block.text = SCRIPT;
        if ('alt' in block) block.alt = SCRIPT;
        if ('caption' in block) block.caption = SCRIPT;
        if ('items' in block) block.items = [SCRIPT];
      }
      entry.mentions = [];
      if (entry.byline && !Array.isArray(entry.byline)) entry.byline = { name: SCRIPT, role: SCRIPT };
    }
    for (const place of story.places) place.name = SCRIPT;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(story), { status: 200 })),
    );
    render(
      <QueryClientProvider client={new QueryClient()}>
        <App />
      </QueryClientProvider>,
    );
    expect(await screen.findAllByRole('article')).toHaveLength(20);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(SCRIPT);
    expect(document.querySelectorAll('script, img[src="x"]')).toHaveLength(0);
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined();
  });
});

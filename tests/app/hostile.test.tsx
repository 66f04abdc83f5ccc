import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';

vi.mock('../../src/map/StoryMap', () => ({ default: () => <div>map</div> }));

const SCRIPT = '<script>window.pwned = true</script><img src=x onerror="window.pwned = true">';
const story = JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8'));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The text nodes directly under `root` and its descendants, as written (not as markup). */
function textNodesIn(root: Element): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.nodeValue ?? '');
  return texts;
}

/** Every attribute named on… (an event handler written into the markup) anywhere in the document. */
function eventHandlerAttributes(): string[] {
  return Array.from(document.querySelectorAll('*')).flatMap((element) =>
    Array.from(element.attributes)
      .filter((attribute) => /^on/i.test(attribute.name))
      .map((attribute) => `${element.tagName.toLowerCase()}[${attribute.name}]`),
  );
}

describe('App with HTML and script in every text field', () => {
  // jsdom runs no script by default, so "window.pwned stays unset" proves nothing on its own: what
  // matters is that the markup never becomes elements. The text must arrive as text nodes, and no
  // <script>, <img> or on… handler may exist anywhere in the document.
  it('shows the text as text and creates no element or handler from it', async () => {
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
    const createElement = vi.spyOn(document, 'createElement');
    render(
      <QueryClientProvider client={new QueryClient()}>
        <App />
      </QueryClientProvider>,
    );
    const articles = await screen.findAllByRole('article');
    expect(articles).toHaveLength(20);

    const title = screen.getByRole('heading', { level: 1 });
    expect(textNodesIn(title)).toContain(SCRIPT);
    const first = articles[0] as HTMLElement;
    expect(textNodesIn(within(first).getByRole('heading', { level: 2 }))).toContain(SCRIPT);
    const paragraphs = Array.from(first.querySelectorAll('p'));
    expect(paragraphs.some((p) => textNodesIn(p).includes(SCRIPT))).toBe(true);

    expect(document.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
    expect(eventHandlerAttributes()).toEqual([]);
    const created = createElement.mock.calls.map(([tag]) => String(tag).toLowerCase());
    expect(created.filter((tag) => tag === 'script' || tag === 'img')).toEqual([]);
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined();
  });
});

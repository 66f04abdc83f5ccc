import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { App } from '../../src/app/App';
import { setHighlight } from '../../src/data/highlightStore';

vi.mock('../../src/map/StoryMap', () => ({ default: () => <div>map</div> }));

const SAMPLE_TEXT = readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8');
/** The story gives up after two retries with backoff (0.5 s, then 1 s): wait a little longer. */
const GIVE_UP = { timeout: 5000 };

type Sample = { entries: Record<string, unknown>[]; places: Record<string, unknown>[] } & Record<
  string,
  unknown
>;
const sampleData = (): Sample => JSON.parse(SAMPLE_TEXT);

const json = (data: unknown, status = 200) =>
  new Response(typeof data === 'string' ? data : JSON.stringify(data), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

function stubFetch(answer: () => Promise<Response>) {
  const fetchMock = vi.fn((_url: RequestInfo | URL, _init?: RequestInit) => answer());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderApp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
  return { user, client };
}

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setHighlight(null);
  window.history.replaceState(null, '', '/');
});

describe('App', () => {
  it('shows a skeleton while the story loads', () => {
    stubFetch(() => new Promise<Response>(() => {}));
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the story…');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
  });

  it('fetches the sample and shows the explorer', async () => {
    const fetchMock = stubFetch(async () => json(sampleData()));
    renderApp();
    expect(await screen.findAllByRole('article')).toHaveLength(20);
    expect(String(fetchMock.mock.calls[0]?.[0])).toMatch(/(^|\/)data\/sample\.json$/);
    expect(screen.getByRole('slider', { name: 'Time' })).toHaveAttribute(
      'aria-valuetext',
      '10:25 GMT, 14 February: No contact between US and Russian officials - Kremlin',
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens on the view the URL describes', async () => {
    window.history.replaceState(null, '', '/?place=kyiv&entry=20250214-0758-124nfu&order=oldest');
    stubFetch(async () => json(sampleData()));
    renderApp();
    const articles = await screen.findAllByRole('article');
    expect(articles).toHaveLength(2);
    expect(articles[0]).toHaveAttribute('aria-current', 'true');
    expect(articles[0]).toHaveAccessibleName(/^Life on the front line/);
    expect(screen.getByRole('button', { name: 'Clear place filter: Kyiv' })).toBeInTheDocument();
  });

  describe('when the fetch fails', () => {
    it('says the server failed and offers Retry, after retrying', async () => {
      const fetchMock = stubFetch(async () => json('oops', 500));
      renderApp();
      const alert = await screen.findByRole('alert', {}, GIVE_UP);
      expect(alert).toHaveTextContent('The story could not be shown');
      expect(alert).toHaveTextContent('The story could not be loaded: the server answered 500.');
      expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
      expect(fetchMock).toHaveBeenCalledTimes(3);
      expect(screen.queryByRole('article')).not.toBeInTheDocument();
    });

    it('says when the network request failed', async () => {
      stubFetch(async () => {
        throw new TypeError('Failed to fetch');
      });
      renderApp();
      const alert = await screen.findByRole('alert', {}, GIVE_UP);
      expect(alert).toHaveTextContent('the network request failed');
    });

    it('says when the file is not valid JSON', async () => {
      stubFetch(async () => json('{"schemaVersion": 1, "entries": ['));
      renderApp();
      const alert = await screen.findByRole('alert', {}, GIVE_UP);
      expect(alert).toHaveTextContent('The story could not be loaded: the file is not valid JSON.');
    });

    it('shows the story once Retry succeeds', async () => {
      let fail = true;
      stubFetch(async () => (fail ? json('down', 503) : json(sampleData())));
      const { user } = renderApp();
      const alert = await screen.findByRole('alert', {}, GIVE_UP);
      expect(alert).toHaveTextContent('503');
      fail = false;
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(await screen.findAllByRole('article')).toHaveLength(20);
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });

  describe('when some data fails validation', () => {
    function brokenSample() {
      const data = sampleData();
      (data.entries[2] as Record<string, unknown>).title = 42; // 09:52, Chernobyl images
      (data.entries[4] as Record<string, unknown>).publishedAt = 'mid-morning'; // 09:35, Hegseth in Poland
      (data.entries[0] as Record<string, unknown>).places = ['united-states', 'atlantis'];
      return data;
    }

    it('still shows the valid entries', async () => {
      stubFetch(async () => json(brokenSample()));
      renderApp();
      const articles = await screen.findAllByRole('article');
      expect(articles).toHaveLength(18);
      expect(
        screen.queryByRole('article', { name: 'Images show damage to Chernobyl nuclear plant shield' }),
      ).toBeNull();
      expect(
        screen.getByRole('article', { name: 'No contact between US and Russian officials - Kremlin' }),
      ).toBeInTheDocument();
    });

    it('shows which entries are wrong and why', async () => {
      stubFetch(async () => json(brokenSample()));
      const { user } = renderApp();
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent("3 parts of this story's data could not be used; the rest is shown.");
      await user.click(within(alert).getByText('What is wrong'));
      const problems = within(alert).getAllByRole('listitem');
      expect(problems).toHaveLength(3);
      const text = problems.map((p) => p.textContent);
      expect(text).toContainEqual(expect.stringMatching(/^Entry 3 "20250214-0952-16oz2h": title: /));
      expect(text).toContainEqual(expect.stringMatching(/^Entry 5 "20250214-0935-0qlxtr": publishedAt/));
      expect(text).toContainEqual('Entry 1 "20250214-1025-1ggb5w": unknown place "atlantis" dropped');
      expect(problems[0]).toBeVisible();
    });

    it.each([
      ['a list', [1, 2, 3]],
      ['a number', 42],
      ['a string', '"a story"'],
      ['null', null],
      ['a boolean', true],
      ['an object without "entries"', {}],
    ])('says a file that is %s is not a story, instead of showing an empty one', async (kind, data) => {
      stubFetch(async () => json(data));
      renderApp();
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(`This file is not a Live Atlas story: it is ${kind}`);
      expect(screen.queryByRole('article')).not.toBeInTheDocument();
      expect(screen.queryByText(/warning/)).not.toBeInTheDocument();
    });

    it('still shows the valid entries when one entry’s time cannot be read', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      // React reports the render error on window; keep it from failing the whole run.
      const swallow = (event: ErrorEvent) => event.preventDefault();
      window.addEventListener('error', swallow);
      onTestFinished(() => window.removeEventListener('error', swallow));
      const data = sampleData();
      (data.entries[3] as Record<string, unknown>).publishedAt = '2025-02-14T10:42:00+01';
      stubFetch(async () => json(data));
      renderApp();
      expect(await screen.findAllByRole('article', {}, { timeout: 2000 })).toHaveLength(19);
    });
  });
});

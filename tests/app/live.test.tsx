/** `?live=1` in the app: the page fetched again, new posts offered without moving the reader. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';

vi.mock('../../src/map/StoryMap', () => ({ default: () => <div>map</div> }));

const SAMPLE_TEXT = readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8');
type Data = { entries: Record<string, unknown>[] } & Record<string, unknown>;
const version1 = (): Data => JSON.parse(SAMPLE_TEXT);
const LATEST = 'No contact between US and Russian officials - Kremlin';
const LATEST_ID = '20250214-1025-1ggb5w';
const NEW_TITLE = 'Zelensky arrives in Munich';

function version2(): Data {
  const data = version1();
  const first = data.entries[0] as Record<string, unknown>;
  data.entries.unshift({
    ...first,
    id: 'new-1040',
    number: 21,
    title: NEW_TITLE,
    publishedAt: '2025-02-14T10:40:00Z',
    mentions: [],
  });
  return data;
}

const answer = (data: unknown, etag: string) =>
  new Response(JSON.stringify(data), {
    status: 200,
    headers: { 'Content-Type': 'application/json', ETag: etag },
  });

const currentArticle = () =>
  screen.getAllByRole('article').find((a) => a.getAttribute('aria-current') === 'true');

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  window.history.replaceState(null, '', '/?live=1');
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('following a live page', () => {
  it('asks again every 30 s only for a changed file, and offers new posts without moving the reader', async () => {
    const requests: RequestInit[] = [];
    let served = 1;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
        requests.push(init ?? {});
        const asked = new Headers(init?.headers).get('If-None-Match');
        if (served === 1 && asked === '"v1"') return new Response(null, { status: 304 });
        return served === 1 ? answer(version1(), '"v1"') : answer(version2(), '"v2"');
      }),
    );
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <App />
      </QueryClientProvider>,
    );
    expect(await screen.findAllByRole('article')).toHaveLength(20);
    expect(screen.getByText('Live')).toBeInTheDocument();
    expect(currentArticle()).toHaveAccessibleName(LATEST);

    // Unchanged: the server answers 304 to the version the page has.
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(requests).toHaveLength(2);
    expect(new Headers(requests[1]?.headers).get('If-None-Match')).toBe('"v1"');
    expect(screen.queryByRole('button', { name: /new post/ })).not.toBeInTheDocument();

    // A post arrives: the reader stays on the post they were reading; a button offers the new one.
    served = 2;
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    const button = await screen.findByRole('button', { name: '1 new post' });
    expect(screen.getAllByRole('article')).toHaveLength(21);
    expect(currentArticle()).toHaveAccessibleName(LATEST);
    expect(new URLSearchParams(window.location.search).get('entry')).toBe(LATEST_ID);
    expect(within(screen.getByRole('status')).getByText('1 new post')).toBeInTheDocument();

    act(() => button.click());
    expect(currentArticle()).toHaveAccessibleName(NEW_TITLE);
    expect(screen.queryByRole('button', { name: /new post/ })).not.toBeInTheDocument();
  });
});

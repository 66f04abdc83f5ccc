import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from '../../src/app/App';
import { PresentView } from '../../src/app/PresentView';
import { buildChronology } from '../../src/core/chronology';
import { validateStory } from '../../src/core/validate';

vi.mock('../../src/map/StoryMap', () => ({ default: () => <div>map</div> }));

const { story } = validateStory(
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8')),
);
const chronology = buildChronology(story);

const ID_0707 = '20250214-0707-06pf6g';
const ID_1009 = '20250214-1009-0fxap2';
const TITLE_0707 = "'Don't lecture or ignore each other': What is the Munich Security Conference?";
const TITLE_0714 = 'Why this meeting of world leaders matters';
const TITLE_0723 = 'What is the current situation on the Ukrainian front?';
const TITLE_1009 = "Ukraine on 'irreversible path' to Nato, Downing Street says";
const TITLE_1025 = 'No contact between US and Russian officials - Kremlin';
const BLANKED = 'Screen blanked. Show the presentation';

const params = () => new URLSearchParams(window.location.search);

function renderPresentation(search = '?present=1') {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  render(<PresentView story={story} chronology={chronology} />);
  return { user };
}

const controls = () => within(screen.getByRole('navigation', { name: 'Presentation' }));
const next = () => controls().getByRole('button', { name: 'Next →' });
const previous = () => controls().getByRole('button', { name: '← Previous' });
const slide = () => screen.getByRole('article');
const progress = () => controls().getByText(/^\d+ of 20$/);

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

describe('PresentView', () => {
  describe('on load', () => {
    it('shows the current post as one slide with its progress', () => {
      renderPresentation(`?present=1&entry=${ID_0707}`);
      expect(within(slide()).getByRole('heading', { level: 2 })).toHaveTextContent(TITLE_0707);
      expect(slide()).toHaveAccessibleName(TITLE_0707);
      expect(progress()).toHaveTextContent('1 of 20');
      expect(screen.getAllByRole('article')).toHaveLength(1);
    });

    it('shows the post’s time and its places on the slide', () => {
      renderPresentation(`?present=1&entry=${ID_0707}`);
      expect(within(slide()).getByText('07:07 GMT, 14 February')).toBeInTheDocument();
      expect(within(slide()).getByText('Munich · United States · Russia · Ukraine')).toBeInTheDocument();
    });

    it('shows the slide’s time in the zone the URL asks for', async () => {
      renderPresentation(`?present=1&entry=${ID_0707}&tz=place`);
      expect(await within(slide()).findByText('08:07 CET, 14 February')).toBeInTheDocument();
    });

    it('opens on the oldest post when the URL names none, and Next moves forward in time', async () => {
      const { user } = renderPresentation();
      expect(slide()).toHaveAccessibleName(TITLE_0707);
      expect(progress()).toHaveTextContent('1 of 20');
      await user.keyboard('{ArrowRight}');
      expect(progress()).toHaveTextContent('2 of 20');
    });

    it('opens on the oldest post when the URL names a post this story lacks', () => {
      renderPresentation('?present=1&entry=no-such-post');
      expect(progress()).toHaveTextContent('1 of 20');
    });

    it('opens on the latest post when the URL names its time', () => {
      renderPresentation('?present=1&t=2025-02-14T10:25:00Z');
      expect(slide()).toHaveAccessibleName(TITLE_1025);
      expect(progress()).toHaveTextContent('20 of 20');
    });

    it('names the page for assistive technology and keeps the map', () => {
      renderPresentation();
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        'Munich Security Conference: Vance meets Zelensky as Chernobyl shield is hit: presentation',
      );
      expect(within(screen.getByRole('region', { name: 'Map' })).getByText('map')).toBeInTheDocument();
    });
  });

  describe('the Next and Previous buttons', () => {
    it('move one post at a time and update the progress', async () => {
      const { user } = renderPresentation(`?present=1&entry=${ID_0707}`);
      await user.click(next());
      expect(slide()).toHaveAccessibleName(TITLE_0714);
      expect(progress()).toHaveTextContent('2 of 20');
      await user.click(next());
      expect(slide()).toHaveAccessibleName(TITLE_0723);
      await user.click(previous());
      expect(slide()).toHaveAccessibleName(TITLE_0714);
      expect(progress()).toHaveTextContent('2 of 20');
    });

    it('disable Previous on the first post', async () => {
      const { user } = renderPresentation(`?present=1&entry=${ID_0707}`);
      expect(previous()).toBeDisabled();
      expect(next()).toBeEnabled();
      await user.click(next());
      expect(previous()).toBeEnabled();
    });

    it('disable Next on the last post', async () => {
      const { user } = renderPresentation(`?present=1&entry=${ID_1009}`);
      expect(next()).toBeEnabled();
      await user.click(next());
      expect(progress()).toHaveTextContent('20 of 20');
      expect(next()).toBeDisabled();
      expect(previous()).toBeEnabled();
    });

    it('write the post to the URL without adding history', async () => {
      const { user } = renderPresentation(`?present=1&entry=${ID_0707}`);
      const length = window.history.length;
      await user.click(next());
      await waitFor(() => expect(params().get('entry')).toBe('20250214-0714-0tf2wx'));
      expect(params().get('present')).toBe('1');
      expect(window.history.length).toBe(length);
    });
  });

  describe('the clicker keys', () => {
    it('move on with → and back with ←', async () => {
      const { user } = renderPresentation(`?present=1&entry=${ID_0707}`);
      await user.keyboard('{ArrowRight}');
      expect(progress()).toHaveTextContent('2 of 20');
      await user.keyboard('{ArrowRight}');
      expect(slide()).toHaveAccessibleName(TITLE_0723);
      await user.keyboard('{ArrowLeft}');
      expect(slide()).toHaveAccessibleName(TITLE_0714);
    });

    it('move with PageDown and PageUp, and jump with Home and End', async () => {
      const { user } = renderPresentation(`?present=1&entry=${ID_0707}`);
      await user.keyboard('{PageDown}{PageDown}{PageUp}');
      expect(progress()).toHaveTextContent('2 of 20');
      await user.keyboard('{End}');
      expect(slide()).toHaveAccessibleName(TITLE_1025);
      await user.keyboard('{Home}');
      expect(slide()).toHaveAccessibleName(TITLE_0707);
    });

    it('stay at the ends', async () => {
      const { user } = renderPresentation();
      await user.keyboard('{ArrowLeft}');
      expect(progress()).toHaveTextContent('1 of 20');
      await user.keyboard('{End}{ArrowRight}');
      expect(progress()).toHaveTextContent('20 of 20');
    });

    it('blank the screen with B and show it again with a click', async () => {
      const { user } = renderPresentation();
      expect(screen.queryByRole('button', { name: BLANKED })).not.toBeInTheDocument();
      await user.keyboard('b');
      const blanked = screen.getByRole('button', { name: BLANKED });
      await user.click(blanked);
      expect(screen.queryByRole('button', { name: BLANKED })).not.toBeInTheDocument();
      expect(slide()).toHaveAccessibleName(TITLE_0707);
    });

    it('blank and unblank with ., and unblank by moving on', async () => {
      const { user } = renderPresentation(`?present=1&entry=${ID_0707}`);
      await user.keyboard('.');
      expect(screen.getByRole('button', { name: BLANKED })).toBeInTheDocument();
      await user.keyboard('.');
      expect(screen.queryByRole('button', { name: BLANKED })).not.toBeInTheDocument();
      await user.keyboard('B');
      await user.keyboard('{ArrowRight}');
      expect(screen.queryByRole('button', { name: BLANKED })).not.toBeInTheDocument();
      expect(progress()).toHaveTextContent('2 of 20');
    });

    it('leave the presentation with Esc: the URL loses present=1 and keeps the post', async () => {
      const { user } = renderPresentation(`?present=1&entry=${ID_0707}`);
      const length = window.history.length;
      await user.keyboard('{ArrowRight}');
      await user.keyboard('{Escape}');
      expect(params().has('present')).toBe(false);
      expect(params().get('entry')).toBe('20250214-0714-0tf2wx');
      // Leaving is a step back can undo.
      expect(window.history.length).toBe(length + 1);
    });
  });

  describe('in full screen', () => {
    let full: Element | null = null;
    beforeEach(() => {
      full = null;
      Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => full });
    });
    afterEach(() => {
      delete (document as { fullscreenElement?: unknown }).fullscreenElement;
    });
    const fullScreen = (on: boolean) =>
      act(() => {
        full = on ? document.documentElement : null;
        document.dispatchEvent(new Event('fullscreenchange'));
      });

    it('one Esc leaves the presentation: the browser leaves full screen, the presentation follows', () => {
      renderPresentation(`?present=1&entry=${ID_0707}`);
      fullScreen(true);
      expect(params().get('present')).toBe('1');
      // The browser takes that Esc for itself: the page sees only full screen ending.
      fullScreen(false);
      expect(params().has('present')).toBe(false);
      expect(params().get('entry')).toBe(ID_0707);
    });

    it('F leaves full screen and keeps presenting', async () => {
      const exit = vi.fn(() => {
        fullScreen(false);
        return Promise.resolve();
      });
      Object.defineProperty(document, 'exitFullscreen', { configurable: true, value: exit });
      const { user } = renderPresentation(`?present=1&entry=${ID_0707}`);
      fullScreen(true);
      await user.keyboard('f');
      expect(exit).toHaveBeenCalled();
      expect(params().get('present')).toBe('1');
      delete (document as { exitFullscreen?: unknown }).exitFullscreen;
    });
  });

  describe('the other buttons', () => {
    it('blank the screen with Blank', async () => {
      const { user } = renderPresentation();
      await user.click(controls().getByRole('button', { name: 'Blank' }));
      expect(screen.getByRole('button', { name: BLANKED })).toBeInTheDocument();
    });

    it('leave with Exit', async () => {
      const { user } = renderPresentation();
      await user.click(controls().getByRole('button', { name: 'Exit' }));
      expect(params().has('present')).toBe(false);
    });

    it('play on by themselves at the chosen pace, and pause', () => {
      vi.useFakeTimers();
      renderPresentation(`?present=1&entry=${ID_0707}`);
      fireEvent.change(controls().getByRole('combobox', { name: 'Pace' }), { target: { value: '10' } });
      fireEvent.click(controls().getByRole('button', { name: 'Play' }));
      expect(controls().getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
      act(() => vi.advanceTimersByTime(9_900));
      expect(progress()).toHaveTextContent('1 of 20');
      act(() => vi.advanceTimersByTime(200));
      expect(progress()).toHaveTextContent('2 of 20');
      fireEvent.click(controls().getByRole('button', { name: 'Pause' }));
      act(() => vi.advanceTimersByTime(60_000));
      expect(progress()).toHaveTextContent('2 of 20');
    });

    it('stop playing when the presenter moves by hand', () => {
      vi.useFakeTimers();
      renderPresentation(`?present=1&entry=${ID_0707}`);
      fireEvent.click(controls().getByRole('button', { name: 'Play' }));
      fireEvent.keyDown(document.body, { key: 'ArrowRight' });
      expect(controls().getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
      act(() => vi.advanceTimersByTime(60_000));
      expect(progress()).toHaveTextContent('2 of 20');
    });
  });

  it('announces the current post politely', async () => {
    const { user } = renderPresentation(`?present=1&entry=${ID_0707}`);
    await user.keyboard('{ArrowRight}');
    const region = document.querySelector('[aria-live="polite"][aria-atomic="true"]');
    expect(region).toHaveTextContent(`07:14 GMT: ${TITLE_0714}`);
  });

  it('opens on the post the URL names', () => {
    renderPresentation(`?present=1&entry=${ID_1009}`);
    expect(slide()).toHaveAccessibleName(TITLE_1009);
    expect(progress()).toHaveTextContent('19 of 20');
  });

  // The app decides its modes once per page load; this is the only test here that renders the App.
  it('opens from the explorer’s Present button and Esc returns to the explorer on the same post', async () => {
    window.history.replaceState(null, '', `/?entry=${ID_0707}`);
    const text = readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(text, { status: 200 })),
    );
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <App />
      </QueryClientProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Present' }));
    expect(await screen.findByText('1 of 20')).toBeInTheDocument();
    expect(params().get('present')).toBe('1');
    expect(screen.queryByRole('slider', { name: 'Time' })).not.toBeInTheDocument();
    await user.keyboard('{ArrowRight}{Escape}');
    const slider = await screen.findByRole('slider', { name: 'Time' });
    expect(slider).toHaveAttribute('aria-valuetext', `07:14 GMT, 14 February: ${TITLE_0714}`);
    expect(params().has('present')).toBe(false);
    expect(screen.queryByText(/^\d+ of 20$/)).not.toBeInTheDocument();
  });
});

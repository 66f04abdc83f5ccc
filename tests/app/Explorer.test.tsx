import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Explorer } from '../../src/app/Explorer';
import { buildChronology } from '../../src/core/chronology';
import { validateStory } from '../../src/core/validate';
import { setHighlight } from '../../src/data/highlightStore';

vi.mock('../../src/map/StoryMap', () => ({ default: () => <div>map</div> }));

const { story } = validateStory(
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8')),
);
const chronology = buildChronology(story);

const TITLE_0707 = "'Don't lecture or ignore each other': What is the Munich Security Conference?";
const TITLE_0714 = 'Why this meeting of world leaders matters';
const TITLE_0723 = 'What is the current situation on the Ukrainian front?';
const TITLE_0758 = "Life on the front line: 'If I wake up in the morning, that's already pretty good'";
const TITLE_0905 = 'How did we get here?';
const TITLE_1009 = "Ukraine on 'irreversible path' to Nato, Downing Street says";
const TITLE_1025 = 'No contact between US and Russian officials - Kremlin';
const ID_0714 = '20250214-0714-0tf2wx';
const ID_0758 = '20250214-0758-124nfu';
const ID_0905 = '20250214-0905-0dbvb7';

function setUrl(search = '') {
  window.history.replaceState(null, '', `/${search}`);
}

const params = () => new URLSearchParams(window.location.search);

function renderExplorer(search = '') {
  setUrl(search);
  const user = userEvent.setup();
  render(<Explorer story={story} chronology={chronology} />);
  return { user };
}

const slider = () => screen.getByRole('slider', { name: 'Time' });
const articles = () => screen.getAllByRole('article');
const article = (name: string) => screen.getByRole('article', { name });
const timeline = () => within(screen.getByRole('region', { name: 'Timeline' }));
const placeTable = () => within(screen.getByRole('table'));
const currentTitle = () =>
  articles()
    .find((a) => a.getAttribute('aria-current') === 'true')
    ?.getAttribute('data-entry-id');
/** The polite live region that announces the current entry. */
function announcement(): HTMLElement {
  const regions = Array.from(
    document.querySelectorAll<HTMLElement>('[aria-live="polite"][aria-atomic="true"]'),
  );
  expect(regions).toHaveLength(1);
  return regions[0] as HTMLElement;
}

beforeEach(() => setUrl());
afterEach(() => {
  vi.useRealTimers();
  setHighlight(null);
  setUrl();
});

describe('Explorer', () => {
  describe('on load', () => {
    it('shows the story’s title, its date and number of posts', () => {
      renderExplorer();
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        'Munich Security Conference: Vance meets Zelensky as Chernobyl shield is hit',
      );
      expect(screen.getByText('From a BBC News live page')).toBeInTheDocument();
      expect(screen.getByText('14 February 2025')).toBeInTheDocument();
    });

    it('shows the map and the timeline side by side', async () => {
      renderExplorer();
      expect(await within(screen.getByRole('region', { name: 'Map' })).findByText('map')).toBeInTheDocument();
      expect(timeline().getAllByRole('article')).toHaveLength(20);
    });

    it('has one slider named "Time", at the latest entry', () => {
      renderExplorer();
      expect(screen.getAllByRole('slider')).toHaveLength(1);
      expect(slider()).toHaveAttribute(
        'aria-valuetext',
        '10:25 GMT, 14 February: No contact between US and Russian officials - Kremlin',
      );
      expect(article(TITLE_1025)).toHaveAttribute('aria-current', 'true');
    });

    it('lists the entries newest first', () => {
      renderExplorer();
      expect(articles()[0]).toHaveAccessibleName(TITLE_1025);
      expect(articles()[19]).toHaveAccessibleName(TITLE_0707);
      expect(timeline().getByText('20 posts')).toBeInTheDocument();
    });

    it('announces the current entry’s time and title politely', () => {
      renderExplorer();
      expect(announcement()).toHaveTextContent(`10:25 GMT: ${TITLE_1025}`);
      expect(announcement()).toHaveAttribute('aria-live', 'polite');
    });

    it('lists every place beside the map', () => {
      renderExplorer();
      const region = within(screen.getByRole('region', { name: 'Map' }));
      expect(region.getByText('All places (30)')).toBeInTheDocument();
      expect(region.getByRole('button', { name: 'Malokaterynivka' })).toBeInTheDocument();
    });
  });

  describe('time zones', () => {
    const zonePicker = () => screen.getByRole('combobox', { name: 'Time zone' });
    const timeOf = (title: string) => within(article(title)).getByText(/^\d\d:\d\d /);

    it('shows the story’s own zone by default, and says which it is', () => {
      renderExplorer();
      expect(zonePicker()).toHaveValue('source');
      expect(
        within(zonePicker()).getByRole('option', { name: 'As published (Europe/London)' }),
      ).toHaveProperty('selected', true);
      expect(timeOf(TITLE_1025)).toHaveTextContent('10:25 GMT, 14 February');
    });

    it('follows `tz=UTC` in the list, the scrubber, its hour labels and the announcement', () => {
      renderExplorer('?tz=UTC');
      expect(zonePicker()).toHaveValue('UTC');
      expect(timeOf(TITLE_1025)).toHaveTextContent('10:25 UTC, 14 February');
      expect(slider()).toHaveAttribute('aria-valuetext', `10:25 UTC, 14 February: ${TITLE_1025}`);
      expect(announcement()).toHaveTextContent(`10:25 UTC: ${TITLE_1025}`);
      expect(screen.getByText(/^08:00 UTC$/)).toBeInTheDocument();
    });

    it('follows any IANA zone a link names, and offers it in the control', () => {
      renderExplorer('?tz=America/New_York');
      expect(zonePicker()).toHaveValue('America/New_York');
      expect(within(zonePicker()).getByRole('option', { name: 'America/New York' })).toBeInTheDocument();
      expect(timeOf(TITLE_1025)).toHaveTextContent('05:25 GMT-5, 14 February');
    });

    it('shows each post in the local time of its place with `tz=place`', async () => {
      renderExplorer('?tz=place');
      expect(zonePicker()).toHaveValue('place');
      expect(await within(article(TITLE_0758)).findByText('09:58 EET, 14 February')).toBeInTheDocument();
      expect(timeOf(TITLE_0707)).toHaveTextContent('08:07 CET, 14 February');
      expect(timeOf(TITLE_1025)).toHaveTextContent('13:25 GMT+3, 14 February');
      expect(slider()).toHaveAttribute('aria-valuetext', `13:25 GMT+3, 14 February: ${TITLE_1025}`);
    });

    it('falls back to the story’s zone, without an error, for a zone it does not know', () => {
      renderExplorer('?tz=Mars/Olympus_Mons');
      expect(zonePicker()).toHaveValue('source');
      expect(timeOf(TITLE_1025)).toHaveTextContent('10:25 GMT, 14 February');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('writes the reader’s choice to the URL without a history step, and every time follows', async () => {
      const { user } = renderExplorer();
      const steps = window.history.length;
      await user.selectOptions(zonePicker(), 'UTC');
      await waitFor(() => expect(params().get('tz')).toBe('UTC'));
      expect(timeOf(TITLE_1025)).toHaveTextContent('10:25 UTC, 14 February');
      expect(window.history.length).toBe(steps);
      await user.selectOptions(zonePicker(), 'source');
      await waitFor(() => expect(params().has('tz')).toBe(false));
      expect(timeOf(TITLE_1025)).toHaveTextContent('10:25 GMT, 14 February');
    });
  });

  describe('when it happened', () => {
    const IAEA = "Chernobyl's radiation levels remain normal - International Atomic Energy Agency";
    const track = () => within(screen.getByRole('group', { name: 'When it happened' }));
    const iaea = () =>
      within(document.querySelector('[data-entry-id="20250214-0857-0k269t"]') as HTMLElement);

    it('marks the times the text gives for events, with when each was', () => {
      renderExplorer();
      const marked = iaea().getByText('01:50');
      expect(marked.tagName).toBe('TIME');
      expect(marked).toHaveAttribute('dateTime', '2025-02-13T23:50:00Z');
      expect(marked).toHaveAttribute('title', 'When it happened: 23:50 GMT, 13 February');
      expect(iaea().getByText('overnight')).toHaveAttribute(
        'title',
        'When it happened: night to 14 February',
      );
    });

    it('puts them on a second track, and choosing one makes its post the current one', async () => {
      const { user } = renderExplorer();
      const ticks = track().getAllByRole('button');
      expect(ticks.length).toBe(8);
      expect(ticks[0]).toHaveAccessibleName(/^10 February: /);
      const strike = track().getAllByRole('button', { name: `23:50 GMT, 13 February: ${IAEA}` });
      expect(strike).toHaveLength(2);
      await user.click(strike[0] as HTMLElement);
      expect(currentTitle()).toBe('20250214-0857-0k269t');
      expect(slider()).toHaveAttribute('aria-valuetext', `08:57 GMT, 14 February: ${IAEA}`);
      expect(strike[0]).toHaveAttribute('aria-current', 'true');
    });

    it('moves along the events with the arrow keys, the post following', async () => {
      const { user } = renderExplorer(`?entry=20250214-0857-0k269t`);
      const current = track().getByRole('button', { current: true });
      current.focus();
      // The post tells of the strike twice (01:50 local time, 11:50 GMT), then of the night it happened.
      await user.keyboard('{ArrowRight}');
      expect(track().getByRole('button', { current: true })).toHaveFocus();
      expect(
        track()
          .getAllByRole('button')
          .indexOf(track().getByRole('button', { current: true })),
      ).toBe(track().getAllByRole('button').indexOf(current) + 1);
      await user.keyboard('{ArrowRight}{ArrowRight}');
      expect(currentTitle()).not.toBe('20250214-0857-0k269t');
      await user.keyboard('{Home}');
      expect(track().getByRole('button', { current: true })).toHaveAccessibleName(/^10 February: /);
    });

    it('follows the chosen time zone', () => {
      renderExplorer('?tz=UTC');
      expect(track().getAllByRole('button', { name: `23:50 UTC, 13 February: ${IAEA}` })).toHaveLength(2);
    });
  });

  describe('the URL reproduces the view', () => {
    it('reads the time from `t`', () => {
      renderExplorer('?t=2025-02-14T07:20:00Z');
      expect(slider()).toHaveAttribute('aria-valuetext', `07:20 GMT, 14 February: ${TITLE_0714}`);
      expect(article(TITLE_0714)).toHaveAttribute('aria-current', 'true');
      expect(announcement()).toHaveTextContent(`07:14 GMT: ${TITLE_0714}`);
    });

    it('reads the current entry from `entry`', () => {
      renderExplorer(`?entry=${ID_0758}`);
      expect(article(TITLE_0758)).toHaveAttribute('aria-current', 'true');
      expect(slider()).toHaveAttribute('aria-valuetext', `07:58 GMT, 14 February: ${TITLE_0758}`);
    });

    it('reads the place filter from `place`', () => {
      renderExplorer(`?place=kyiv&entry=${ID_0905}`);
      expect(articles().map((a) => a.getAttribute('data-entry-id'))).toEqual([ID_0905, ID_0758]);
      expect(timeline().getByRole('button', { name: 'Clear place filter: Kyiv' })).toBeInTheDocument();
      expect(timeline().getByText('2 of 20 posts')).toBeInTheDocument();
    });

    it('reads the search from `q`', () => {
      renderExplorer('?q=fisherman');
      expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('fisherman');
      expect(articles()).toHaveLength(1);
      expect(articles()[0]).toHaveAccessibleName(TITLE_0758);
    });

    it('reads the order from `order`', () => {
      renderExplorer('?order=oldest');
      expect(articles()[0]).toHaveAccessibleName(TITLE_0707);
      expect(timeline().getByRole('button', { name: /^Order: oldest first/ })).toBeInTheDocument();
    });

    it('ignores a malformed URL and shows the default view', () => {
      renderExplorer('?t=noon&entry=%3Cb%3E&place=nowhere&order=sideways');
      expect(articles()).toHaveLength(20);
      expect(article(TITLE_1025)).toHaveAttribute('aria-current', 'true');
      expect(timeline().queryByRole('button', { name: /^Clear place filter/ })).not.toBeInTheDocument();
    });
  });

  describe('scrubbing with keys', () => {
    it('moves to the previous entry with ← and says so', async () => {
      const { user } = renderExplorer();
      await user.click(slider());
      await user.keyboard('{ArrowLeft}');
      expect(article(TITLE_1009)).toHaveAttribute('aria-current', 'true');
      expect(article(TITLE_1025)).not.toHaveAttribute('aria-current');
      expect(slider()).toHaveAttribute('aria-valuetext', `10:09 GMT, 14 February: ${TITLE_1009}`);
      expect(announcement()).toHaveTextContent(`10:09 GMT: ${TITLE_1009}`);
    });

    it('goes to the first entry with Home and back to the last with End', async () => {
      const { user } = renderExplorer();
      slider().focus();
      await user.keyboard('{Home}');
      expect(article(TITLE_0707)).toHaveAttribute('aria-current', 'true');
      expect(announcement()).toHaveTextContent(`07:07 GMT: ${TITLE_0707}`);
      await user.keyboard('{ArrowRight}{ArrowRight}');
      expect(article(TITLE_0723)).toHaveAttribute('aria-current', 'true');
      await user.keyboard('{End}');
      expect(article(TITLE_1025)).toHaveAttribute('aria-current', 'true');
    });

    it('takes a bigger step with PageDown and PageUp', async () => {
      const { user } = renderExplorer();
      slider().focus();
      await user.keyboard('{PageDown}');
      expect(currentTitle()).toBe(chronology.entries[14]?.id);
      await user.keyboard('{PageDown}{PageUp}');
      expect(currentTitle()).toBe(chronology.entries[14]?.id);
    });

    it('writes the time and entry to the URL, replacing the history entry', async () => {
      const { user } = renderExplorer();
      const length = window.history.length;
      slider().focus();
      await user.keyboard('{Home}{ArrowRight}');
      // While the reader scrubs, the address bar follows within 100 ms.
      await waitFor(() => expect(params().get('entry')).toBe(ID_0714));
      expect(params().get('t')).toBe('2025-02-14T07:14:00Z');
      expect(window.history.length).toBe(length);
    });
  });

  describe('choosing a place', () => {
    it('filters the list to the place’s entries, moves the time to the latest and shows a chip', async () => {
      const { user } = renderExplorer(`?entry=${ID_0758}`);
      const group = within(article(TITLE_0758)).getByRole('group', { name: 'Places in this post' });
      await user.click(within(group).getByRole('button', { name: 'Kyiv' }));
      expect(articles().map((a) => a.getAttribute('data-entry-id'))).toEqual([ID_0905, ID_0758]);
      expect(article(TITLE_0905)).toHaveAttribute('aria-current', 'true');
      expect(slider()).toHaveAttribute('aria-valuetext', `09:05 GMT, 14 February: ${TITLE_0905}`);
      expect(timeline().getByRole('button', { name: 'Clear place filter: Kyiv' })).toBeInTheDocument();
      expect(params().get('place')).toBe('kyiv');
      expect(params().get('entry')).toBe(ID_0905);
    });

    it('works the same from a place name marked in the text', async () => {
      const { user } = renderExplorer();
      const marked = within(article(TITLE_0758))
        .getAllByRole('button', { name: 'Malokaterynivka' })
        .find((b) => b.closest('p'));
      await user.click(marked as HTMLElement);
      expect(articles()).toHaveLength(1);
      expect(article(TITLE_0758)).toHaveAttribute('aria-current', 'true');
      expect(
        timeline().getByRole('button', { name: 'Clear place filter: Malokaterynivka' }),
      ).toBeInTheDocument();
    });

    it('works the same from the list of places', async () => {
      const { user } = renderExplorer();
      await user.click(placeTable().getByRole('button', { name: 'Munich' }));
      expect(articles()).toHaveLength(8);
      expect(articles()[0]).toHaveAccessibleName(
        'Widespread anger in Munich over Chernobyl strike, Ukraine claims',
      );
      expect(articles()[0]).toHaveAttribute('aria-current', 'true');
      expect(placeTable().getByRole('button', { name: 'Munich', pressed: true })).toBeInTheDocument();
    });

    it('pushes a history entry, so Back undoes it', async () => {
      const { user } = renderExplorer();
      const length = window.history.length;
      await user.click(placeTable().getByRole('button', { name: 'Kyiv' }));
      expect(window.history.length).toBe(length + 1);
      expect(articles()).toHaveLength(2);
      act(() => window.history.back());
      await waitFor(() => expect(articles()).toHaveLength(20));
      expect(timeline().queryByRole('button', { name: /^Clear place filter/ })).not.toBeInTheDocument();
      expect(article(TITLE_1025)).toHaveAttribute('aria-current', 'true');
    });

    it('removes the filter with the chip, keeping the time', async () => {
      const { user } = renderExplorer();
      await user.click(placeTable().getByRole('button', { name: 'Kyiv' }));
      await user.click(timeline().getByRole('button', { name: 'Clear place filter: Kyiv' }));
      expect(articles()).toHaveLength(20);
      expect(timeline().queryByRole('button', { name: /^Clear place filter/ })).not.toBeInTheDocument();
      expect(article(TITLE_0905)).toHaveAttribute('aria-current', 'true');
      expect(params().has('place')).toBe(false);
    });

    it('keeps keyboard focus on the page after the place filter is cleared', async () => {
      const { user } = renderExplorer();
      await user.click(placeTable().getByRole('button', { name: 'Kyiv' }));
      timeline().getByRole('button', { name: 'Clear place filter: Kyiv' }).focus();
      await user.keyboard('{Enter}');
      expect(articles()).toHaveLength(20);
      // The chip is gone; focus moves to the search box beside it, not back to the top of the page.
      expect(timeline().getByRole('searchbox', { name: 'Search' })).toHaveFocus();
    });
  });

  describe('choosing an entry', () => {
    it('makes it current and pushes a history entry, so Back undoes it', async () => {
      const { user } = renderExplorer();
      const length = window.history.length;
      await user.click(within(article(TITLE_0714)).getByRole('button', { name: /^Go to 07:14/ }));
      expect(article(TITLE_0714)).toHaveAttribute('aria-current', 'true');
      expect(slider()).toHaveAttribute('aria-valuetext', `07:14 GMT, 14 February: ${TITLE_0714}`);
      expect(params().get('entry')).toBe(ID_0714);
      expect(window.history.length).toBe(length + 1);
      act(() => window.history.back());
      await waitFor(() => expect(article(TITLE_1025)).toHaveAttribute('aria-current', 'true'));
    });
  });

  describe('search', () => {
    it('filters the entries by text as the reader types', async () => {
      const { user } = renderExplorer();
      await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Chernobyl');
      expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('Chernobyl');
      expect(articles()).toHaveLength(4);
      expect(timeline().getByText('4 of 20 posts')).toBeInTheDocument();
      await waitFor(() => expect(params().get('q')).toBe('Chernobyl'));
    });

    it('marks the matches in the posts and on the scrubber', () => {
      renderExplorer('?q=chernobyl');
      expect(articles()).toHaveLength(4);
      for (const article of articles()) {
        const marks = article.querySelectorAll('mark');
        expect(marks.length).toBeGreaterThan(0);
        // Marked as written, whatever the case of the search.
        for (const mark of marks) expect(mark.textContent?.toLowerCase()).toBe('chernobyl');
      }
      // One tick per matching post, drawn over the others on the track.
      const match = document.querySelector('.scrubber-ticks--match path');
      expect(match?.getAttribute('d')?.match(/M/g)).toHaveLength(4);
    });

    it('marks nothing and draws no match ticks without a search', () => {
      renderExplorer();
      expect(document.querySelector('.entry mark')).toBeNull();
      expect(document.querySelector('.scrubber-ticks--match')).toBeNull();
    });

    it('says when nothing matches', async () => {
      const { user } = renderExplorer();
      await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'zebra');
      expect(screen.queryByRole('article')).not.toBeInTheDocument();
      expect(timeline().getByText('No posts match “zebra”.')).toBeInTheDocument();
    });

    it('shows everything again when the search is cleared', async () => {
      const { user } = renderExplorer('?q=fisherman');
      await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
      expect(articles()).toHaveLength(20);
      await waitFor(() => expect(params().has('q')).toBe(false));
    });

    it('does not add history entries while typing', async () => {
      const { user } = renderExplorer();
      const length = window.history.length;
      await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Kyiv');
      expect(window.history.length).toBe(length);
    });
  });

  describe('order', () => {
    it('toggles between newest first and oldest first', async () => {
      const { user } = renderExplorer();
      await user.click(timeline().getByRole('button', { name: /^Order: newest first/ }));
      expect(articles()[0]).toHaveAccessibleName(TITLE_0707);
      await waitFor(() => expect(params().get('order')).toBe('oldest'));
      await user.click(timeline().getByRole('button', { name: /^Order: oldest first/ }));
      expect(articles()[0]).toHaveAccessibleName(TITLE_1025);
      await waitFor(() => expect(params().has('order')).toBe(false));
    });

    it('keeps the current entry', async () => {
      const { user } = renderExplorer(`?entry=${ID_0758}`);
      await user.click(timeline().getByRole('button', { name: /^Order:/ }));
      expect(article(TITLE_0758)).toHaveAttribute('aria-current', 'true');
    });
  });

  describe('playback', () => {
    function renderPlaying(search = '') {
      vi.useFakeTimers();
      setUrl(search);
      render(<Explorer story={story} chronology={chronology} />);
      fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    }
    const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));

    it('offers at least three speeds', () => {
      renderExplorer();
      const speed = screen.getByRole('combobox', { name: /Speed/ });
      expect(within(speed).getAllByRole('option').length).toBeGreaterThanOrEqual(3);
    });

    it('starts from the first entry when the time is at the last, and steps in time order', () => {
      renderPlaying();
      expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
      expect(article(TITLE_0707)).toHaveAttribute('aria-current', 'true');
      tick(2000);
      expect(article(TITLE_0714)).toHaveAttribute('aria-current', 'true');
      tick(2000);
      expect(article(TITLE_0723)).toHaveAttribute('aria-current', 'true');
      expect(announcement()).toHaveTextContent(`07:23 GMT: ${TITLE_0723}`);
    });

    it('continues from the current entry', () => {
      renderPlaying(`?entry=${ID_0714}`);
      expect(article(TITLE_0714)).toHaveAttribute('aria-current', 'true');
      tick(2000);
      expect(article(TITLE_0723)).toHaveAttribute('aria-current', 'true');
    });

    it('steps faster at a faster speed', () => {
      renderPlaying();
      tick(1000);
      expect(article(TITLE_0707)).toHaveAttribute('aria-current', 'true');
      fireEvent.change(screen.getByRole('combobox', { name: /Speed/ }), { target: { value: '3' } });
      expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
      tick(500);
      expect(article(TITLE_0714)).toHaveAttribute('aria-current', 'true');
      tick(500);
      expect(article(TITLE_0723)).toHaveAttribute('aria-current', 'true');
    });

    it('stops at the last entry', () => {
      renderPlaying(`?entry=${chronology.entries[18]?.id}`);
      tick(2000);
      expect(article(TITLE_1025)).toHaveAttribute('aria-current', 'true');
      tick(2000);
      expect(screen.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
    });

    it('pauses with the Pause button', () => {
      renderPlaying();
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
      tick(10_000);
      expect(article(TITLE_0707)).toHaveAttribute('aria-current', 'true');
    });

    it('pauses when the reader uses the slider', () => {
      renderPlaying();
      fireEvent.keyDown(slider(), { key: 'ArrowRight' });
      expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
      expect(article(TITLE_0714)).toHaveAttribute('aria-current', 'true');
      tick(10_000);
      expect(article(TITLE_0714)).toHaveAttribute('aria-current', 'true');
    });

    it('pauses when the reader presses anywhere else', () => {
      renderPlaying();
      fireEvent.pointerDown(placeTable().getByRole('button', { name: 'Kyiv' }));
      expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
      tick(10_000);
      expect(article(TITLE_0707)).toHaveAttribute('aria-current', 'true');
    });

    it('pauses when the reader types a search', () => {
      renderPlaying();
      fireEvent.keyDown(screen.getByRole('searchbox', { name: 'Search' }), { key: 'k' });
      expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    });
  });
});

describe('the P key', () => {
  it('presents as soon as the page has loaded, before any click, but not while typing', async () => {
    setUrl();
    const onPresent = vi.fn();
    const user = userEvent.setup();
    render(<Explorer story={story} chronology={chronology} onPresent={onPresent} />);
    // Nothing focused yet: the key reaches the page itself.
    expect(document.activeElement).toBe(document.body);
    await user.keyboard('p');
    expect(onPresent).toHaveBeenCalledTimes(1);
    await user.click(timeline().getByRole('searchbox'));
    await user.keyboard('p');
    expect(onPresent).toHaveBeenCalledTimes(1);
    expect(timeline().getByRole('searchbox')).toHaveValue('p');
    await user.keyboard('{Control>}p{/Control}');
    expect(onPresent).toHaveBeenCalledTimes(1);
  });
});

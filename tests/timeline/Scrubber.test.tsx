import { fixedZones } from '../../src/core/zones';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { buildChronology, indexAt, type Chronology } from '../../src/core/chronology';
import type { Entry } from '../../src/core/types';
import { validateStory } from '../../src/core/validate';
import { Scrubber } from '../../src/timeline/Scrubber';

const SAMPLE_PATH = resolve(process.cwd(), 'tests/fixtures/sample/expected.json');
const sample = buildChronology(validateStory(JSON.parse(readFileSync(SAMPLE_PATH, 'utf8'))).story);
const LONDON = 'Europe/London';
const at = (iso: string) => Date.parse(iso);

/** The scrubber with the state the app keeps for it: a moment and the entry current at it. */
function Harness({ chronology, initial }: { chronology: Chronology; initial: number }) {
  const [state, setState] = useState({ moment: chronology.moments[initial] as number, current: initial });
  return (
    <Scrubber
      chronology={chronology}
      moment={state.moment}
      current={state.current}
      zones={fixedZones(LONDON)}
      onScrub={(moment) => setState({ moment, current: Math.max(0, indexAt(chronology, moment)) })}
      onStep={(index) => setState({ moment: chronology.moments[index] as number, current: index })}
    />
  );
}

function renderScrubber(initial = sample.entries.length - 1, chronology: Chronology = sample) {
  const user = userEvent.setup();
  render(<Harness chronology={chronology} initial={initial} />);
  const slider = screen.getByRole('slider', { name: 'Time' });
  return { user, slider };
}

/** Gives the track a size, which jsdom does not lay out. */
function sizeTrack(slider: HTMLElement, left = 0, width = 200) {
  slider.getBoundingClientRect = () =>
    ({ left, width, top: 0, height: 20, right: left + width, bottom: 20, x: left, y: 0 }) as DOMRect;
}

function untimedStory(titles: (string | null)[]): Chronology {
  const entries: Entry[] = titles.map((title, i) => ({
    id: `e${i}`,
    title,
    publishedAt: null,
    labels: [],
    byline: null,
    blocks: [],
    places: [],
    mentions: [],
  }));
  return buildChronology({ schemaVersion: 1, story: {}, entries, places: [] });
}

describe('Scrubber', () => {
  it('is one slider named "Time" spanning the first to the last entry', () => {
    const { slider } = renderScrubber();
    expect(screen.getAllByRole('slider')).toHaveLength(1);
    expect(slider).toHaveAttribute('aria-valuemin', String(at('2025-02-14T07:07:00Z')));
    expect(slider).toHaveAttribute('aria-valuemax', String(at('2025-02-14T10:25:00Z')));
  });

  it('has the moment as its value', () => {
    const { slider } = renderScrubber(1);
    expect(slider).toHaveAttribute('aria-valuenow', String(at('2025-02-14T07:14:00Z')));
  });

  it('says the time and the current entry in aria-valuetext', () => {
    const { slider } = renderScrubber(1);
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      '07:14 GMT, 14 February: Why this meeting of world leaders matters',
    );
  });

  it('can be reached with Tab', async () => {
    const { user, slider } = renderScrubber();
    await user.tab();
    expect(slider).toHaveFocus();
  });

  it('shows the hours along the track, the first naming the time zone', () => {
    renderScrubber();
    for (const hour of ['08:00 GMT', '09:00', '10:00']) expect(screen.getByText(hour)).toBeInTheDocument();
    expect(screen.queryByText('07:00')).not.toBeInTheDocument();
  });

  describe('keys', () => {
    it('moves to the previous and next entry with ← and →', async () => {
      const { user, slider } = renderScrubber(1);
      slider.focus();
      await user.keyboard('{ArrowRight}');
      expect(slider).toHaveAttribute(
        'aria-valuetext',
        expect.stringMatching(/^07:23 GMT, 14 February: What is the current/),
      );
      await user.keyboard('{ArrowLeft}{ArrowLeft}');
      expect(slider).toHaveAttribute(
        'aria-valuetext',
        "07:07 GMT, 14 February: 'Don't lecture or ignore each other': What is the Munich Security Conference?",
      );
    });

    it('moves with ↑ and ↓ like → and ←', async () => {
      const { user, slider } = renderScrubber(1);
      slider.focus();
      await user.keyboard('{ArrowUp}');
      expect(slider).toHaveAttribute('aria-valuenow', String(at('2025-02-14T07:23:00Z')));
      await user.keyboard('{ArrowDown}{ArrowDown}');
      expect(slider).toHaveAttribute('aria-valuenow', String(at('2025-02-14T07:07:00Z')));
    });

    it('goes to the first and last entry with Home and End', async () => {
      const { user, slider } = renderScrubber(10);
      slider.focus();
      await user.keyboard('{Home}');
      expect(slider).toHaveAttribute('aria-valuenow', String(sample.start));
      await user.keyboard('{End}');
      expect(slider).toHaveAttribute('aria-valuenow', String(sample.end));
      expect(slider).toHaveAttribute(
        'aria-valuetext',
        '10:25 GMT, 14 February: No contact between US and Russian officials - Kremlin',
      );
    });

    it('takes a bigger step with PageUp and PageDown', async () => {
      const { user, slider } = renderScrubber(10);
      slider.focus();
      await user.keyboard('{PageUp}');
      expect(slider).toHaveAttribute('aria-valuenow', String(sample.moments[15]));
      await user.keyboard('{PageDown}{PageDown}');
      expect(slider).toHaveAttribute('aria-valuenow', String(sample.moments[5]));
    });

    it('stops at the ends', async () => {
      const { user, slider } = renderScrubber(18);
      slider.focus();
      await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{PageUp}');
      expect(slider).toHaveAttribute('aria-valuenow', String(sample.end));
      await user.keyboard('{Home}{ArrowLeft}{PageDown}');
      expect(slider).toHaveAttribute('aria-valuenow', String(sample.start));
    });

    it('steps from the entry current at a scrubbed moment', async () => {
      const onStep = vi.fn();
      render(
        <Scrubber
          chronology={sample}
          moment={at('2025-02-14T07:20:00Z')}
          current={1}
          zones={fixedZones(LONDON)}
          onScrub={vi.fn()}
          onStep={onStep}
        />,
      );
      const user = userEvent.setup();
      screen.getByRole('slider', { name: 'Time' }).focus();
      await user.keyboard('{ArrowRight}');
      await user.keyboard('{ArrowLeft}');
      expect(onStep.mock.calls).toEqual([[2], [0]]);
    });

    it('ignores other keys', async () => {
      const onStep = vi.fn();
      const onScrub = vi.fn();
      render(
        <Scrubber
          chronology={sample}
          moment={sample.end}
          current={19}
          zones={fixedZones(LONDON)}
          onScrub={onScrub}
          onStep={onStep}
        />,
      );
      const user = userEvent.setup();
      screen.getByRole('slider', { name: 'Time' }).focus();
      await user.keyboard('a{Enter} ');
      expect(onStep).not.toHaveBeenCalled();
      expect(onScrub).not.toHaveBeenCalled();
    });
  });

  describe('pointer', () => {
    it('moves the time to where the track is pressed, to the minute', () => {
      const { slider } = renderScrubber();
      sizeTrack(slider);
      fireEvent.pointerDown(slider, { button: 0, clientX: 100, pointerId: 1 });
      // Halfway between 07:07 and 10:25 is 08:46; the latest entry then is 08:39.
      expect(slider).toHaveAttribute('aria-valuenow', String(at('2025-02-14T08:46:00Z')));
      expect(slider).toHaveAttribute(
        'aria-valuetext',
        "08:46 GMT, 14 February: 'Disturbing' communication between the US and Russia gives Putin what he wants",
      );
    });

    it('takes focus when pressed', () => {
      const { slider } = renderScrubber();
      sizeTrack(slider);
      fireEvent.pointerDown(slider, { button: 0, clientX: 10, pointerId: 1 });
      expect(slider).toHaveFocus();
    });

    it('clamps a press outside the track to its ends', () => {
      const { slider } = renderScrubber(5);
      sizeTrack(slider, 50, 200);
      fireEvent.pointerDown(slider, { button: 0, clientX: 0, pointerId: 1 });
      expect(slider).toHaveAttribute('aria-valuenow', String(sample.start));
      fireEvent.pointerDown(slider, { button: 0, clientX: 900, pointerId: 1 });
      expect(slider).toHaveAttribute('aria-valuenow', String(sample.end));
    });

    it('ignores a right-button press', () => {
      const { slider } = renderScrubber();
      sizeTrack(slider);
      fireEvent.pointerDown(slider, { button: 2, clientX: 10, pointerId: 1 });
      expect(slider).toHaveAttribute('aria-valuenow', String(sample.end));
    });

    it('follows a drag while it holds the pointer', () => {
      const { slider } = renderScrubber();
      sizeTrack(slider);
      let captured = false;
      slider.setPointerCapture = () => {
        captured = true;
      };
      slider.hasPointerCapture = () => captured;
      fireEvent.pointerMove(slider, { clientX: 0, pointerId: 1 });
      expect(slider).toHaveAttribute('aria-valuenow', String(sample.end));
      fireEvent.pointerDown(slider, { button: 0, clientX: 100, pointerId: 1 });
      fireEvent.pointerMove(slider, { clientX: 0, pointerId: 1 });
      expect(slider).toHaveAttribute('aria-valuenow', String(sample.start));
    });
  });

  it('says there are no posts in an empty story instead of drawing a slider with no range', () => {
    const empty = buildChronology({ schemaVersion: 1, story: {}, entries: [], places: [] });
    render(
      <Scrubber
        chronology={empty}
        moment={0}
        current={-1}
        zones={fixedZones(LONDON)}
        onScrub={vi.fn()}
        onStep={vi.fn()}
      />,
    );
    expect(screen.getByText('No posts to scrub through.')).toBeInTheDocument();
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
  });

  describe('a story with no times', () => {
    const untimed = untimedStory(['Third', null, 'First']);

    it('steps through positions and says "Post n of m"', async () => {
      const { user, slider } = renderScrubber(0, untimed);
      expect(slider).toHaveAttribute('aria-valuemin', '0');
      expect(slider).toHaveAttribute('aria-valuemax', '2');
      expect(slider).toHaveAttribute('aria-valuenow', '0');
      expect(slider).toHaveAttribute('aria-valuetext', 'Post 1 of 3: First');
      slider.focus();
      await user.keyboard('{ArrowRight}');
      expect(slider).toHaveAttribute('aria-valuetext', 'Post 2 of 3: Untitled post');
      expect(slider).toHaveAttribute('aria-valuenow', '1');
    });

    it('jumps to the nearest post where the track is pressed', () => {
      const { slider } = renderScrubber(0, untimed);
      sizeTrack(slider);
      fireEvent.pointerDown(slider, { button: 0, clientX: 190, pointerId: 1 });
      expect(slider).toHaveAttribute('aria-valuetext', 'Post 3 of 3: Third');
    });

    it('shows no hour labels', () => {
      renderScrubber(0, untimed);
      expect(screen.queryByText(/^\d\d:00$/)).not.toBeInTheDocument();
    });
  });
});

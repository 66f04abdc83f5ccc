import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildChronology, type Chronology } from '../../src/core/chronology';
import { deriveView } from '../../src/core/explore';
import { validateStory } from '../../src/core/validate';
import type { ViewState } from '../../src/core/viewState';
import { setHighlight } from '../../src/data/highlightStore';
import { PlaceList } from '../../src/places/PlaceList';

const SAMPLE_TEXT = readFileSync(resolve(process.cwd(), 'tests/fixtures/sample/expected.json'), 'utf8');
const sample = buildChronology(validateStory(JSON.parse(SAMPLE_TEXT)).story);

function renderPlaces(state: ViewState = {}, chronology: Chronology = sample) {
  const onSelectPlace = vi.fn();
  const user = userEvent.setup();
  render(
    <PlaceList chronology={chronology} view={deriveView(chronology, state)} onSelectPlace={onSelectPlace} />,
  );
  return { user, onSelectPlace };
}

/** The table's body rows, each as its cells' text. */
function rows(): string[][] {
  const table = screen.getByRole('table');
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body as HTMLElement)
    .getAllByRole('row')
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

function rowOf(name: string): HTMLElement {
  const button = within(screen.getByRole('table')).getByRole('button', { name });
  return button.closest('tr') as HTMLElement;
}

afterEach(() => setHighlight(null));

describe('PlaceList', () => {
  it('says how many places there are', () => {
    renderPlaces();
    expect(screen.getByText('All places (30)')).toBeInTheDocument();
  });

  it('is a table of place, kind and number of posts', () => {
    renderPlaces();
    const table = screen.getByRole('table', {
      name: 'Places in the story, with the number of posts that mention each',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Place', 'Kind', 'Posts']);
    expect(rows()).toHaveLength(30);
  });

  it('lists every place with its kind and number of entries', () => {
    renderPlaces();
    const all = rows();
    expect(all).toContainEqual(['Kyiv', 'City', '2']);
    expect(all).toContainEqual(['Munich', 'City', '8']);
    expect(all).toContainEqual(['Chernobyl nuclear power plant', 'Site', '4']);
    expect(all).toContainEqual(['Dnipro river', 'River', '1']);
    expect(all).toContainEqual(['Europe', 'Continent', '5']);
    expect(all).toContainEqual(['Atlantic Ocean', 'Sea', '1']);
    expect(all).toContainEqual(['Kremlin', 'Landmark', '3']);
    expect(all).toContainEqual(['Crimea', 'Region', '1']);
  });

  it('counts the entries that mention each place', () => {
    renderPlaces();
    for (const [name, , count] of rows()) {
      const place = [...sample.placeById.values()].find((p) => p.name === name);
      expect(Number(count), name).toBe(sample.entriesByPlace.get(place?.id ?? '')?.length ?? 0);
    }
  });

  it('puts the most mentioned places first, then sorts by name', () => {
    renderPlaces();
    const all = rows();
    expect(all.slice(0, 4).map(([name]) => name)).toEqual(['Ukraine', 'United States', 'Russia', 'Munich']);
    const counts = all.map(([, , count]) => Number(count));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const once = all.filter(([, , count]) => count === '1').map(([name]) => name as string);
    expect(once).toEqual([...once].sort((a, b) => a.localeCompare(b)));
  });

  it('chooses a place when its name is pressed', async () => {
    const { user, onSelectPlace } = renderPlaces();
    await user.click(within(screen.getByRole('table')).getByRole('button', { name: 'Malokaterynivka' }));
    expect(onSelectPlace).toHaveBeenCalledWith('malokaterynivka');
  });

  it('shows the place filter as a pressed button', () => {
    renderPlaces({ place: 'kyiv' });
    const table = within(screen.getByRole('table'));
    expect(table.getByRole('button', { name: 'Kyiv', pressed: true })).toBeInTheDocument();
    expect(table.getByRole('button', { name: 'Munich', pressed: false })).toBeInTheDocument();
  });

  it('marks the current entry’s places with aria-current', () => {
    renderPlaces({ entry: '20250214-0758-124nfu' });
    expect(rowOf('Malokaterynivka')).toHaveAttribute('aria-current', 'true');
    expect(rowOf('Kyiv')).toHaveAttribute('aria-current', 'true');
    expect(rowOf('Estonia')).not.toHaveAttribute('aria-current');
  });

  it('lights up a place while its button has focus', async () => {
    const { user } = renderPlaces();
    await user.click(within(screen.getByRole('table')).getByRole('button', { name: 'Kyiv' }));
    expect(rowOf('Kyiv')).toHaveClass('is-highlighted');
    await user.tab();
    expect(rowOf('Kyiv')).not.toHaveClass('is-highlighted');
  });

  it('counts only the entries that are shown when some failed validation', () => {
    const data = JSON.parse(SAMPLE_TEXT);
    const broken = data.entries.find((e: { id: string }) => e.id === '20250214-0905-0dbvb7');
    broken.blocks = 'not a list';
    const validated = validateStory(data);
    expect(validated.problems).toHaveLength(1);
    renderPlaces({}, buildChronology(validated.story));
    expect(rows()).toContainEqual(['Kyiv', 'City', '1']);
  });

  describe('places the geocoder was unsure of', () => {
    function withUnsureGeorgia(): Chronology {
      const data = JSON.parse(SAMPLE_TEXT);
      const kyiv = data.places.find((p: { id: string }) => p.id === 'kyiv');
      Object.assign(kyiv, {
        name: 'Georgia',
        confidence: 0.41,
        alternatives: [
          {
            name: 'Georgia',
            lat: 32.6,
            lon: -83.4,
            countryCode: 'US',
            kind: 'region',
            source: 'natural-earth:admin1:US-GA',
          },
          {
            name: 'Georgia',
            lat: 42.2,
            lon: 43.5,
            countryCode: 'GE',
            kind: 'country',
            source: 'natural-earth:GE',
          },
        ],
      });
      return buildChronology(validateStory(data).story);
    }

    it('marks a low-confidence place with a “?” that is read out as “not sure”', () => {
      renderPlaces({}, withUnsureGeorgia());
      const row = rowOf('Georgia');
      expect(within(row).getByText('?')).toBeInTheDocument();
      expect(within(row).getByText('(not sure)')).toHaveClass('visually-hidden');
      expect(within(rowOf('Munich')).queryByText('?')).toBeNull();
    });

    it('names the other places the name could mean, with kind and country', () => {
      renderPlaces({}, withUnsureGeorgia());
      expect(
        within(rowOf('Georgia')).getByText(
          'Could also be Georgia (region, United States) or Georgia (country, Georgia)',
        ),
      ).toBeInTheDocument();
    });

    it('keeps the place’s button named after the place alone', () => {
      renderPlaces({}, withUnsureGeorgia());
      expect(within(screen.getByRole('table')).getByRole('button', { name: 'Georgia' })).toBeInTheDocument();
    });

    it('does not list alternatives for a place it was sure of', () => {
      renderPlaces();
      // Moscow has alternatives in the sample, but a confidence well above the line.
      expect(within(rowOf('Moscow')).queryByText(/Could also be/)).toBeNull();
    });
  });
});

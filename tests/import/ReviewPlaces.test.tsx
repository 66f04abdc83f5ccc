import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Story } from '../../src/core/types';
import type { GazetteerPlace } from '../../src/geo/gazetteer';
import { ReviewPlaces } from '../../src/import/ReviewPlaces';

const STORY: Story = {
  schemaVersion: 1,
  story: { title: 'Storm live', sourceTimeZone: 'Europe/London' },
  entries: [
    {
      id: 'a',
      title: 'Florida and Georgia watch',
      publishedAt: '2025-10-21T09:30:00Z',
      labels: [],
      byline: null,
      blocks: [{ type: 'paragraph', text: 'Florida and Georgia watch the storm from Miami.' }],
      places: ['georgia', 'miami'],
      mentions: [
        { placeId: 'georgia', block: 0, start: 12, end: 19 },
        { placeId: 'miami', block: 0, start: 41, end: 46 },
      ],
    },
    {
      id: 'b',
      title: 'Miami again',
      publishedAt: '2025-10-21T10:30:00Z',
      labels: [],
      byline: null,
      blocks: [{ type: 'paragraph', text: 'Rain in Miami.' }],
      places: ['miami'],
      mentions: [{ placeId: 'miami', block: 0, start: 8, end: 13 }],
    },
  ],
  places: [
    {
      id: 'miami',
      name: 'Miami',
      kind: 'city',
      lat: 25.77,
      lon: -80.19,
      countryCode: 'US',
      source: 'geonames:4164138',
      entryCount: 2,
      confidence: 0.93,
    },
    {
      id: 'georgia',
      name: 'Georgia',
      kind: 'country',
      lat: 42.2,
      lon: 43.5,
      countryCode: 'GE',
      source: 'natural-earth:GE',
      entryCount: 1,
      confidence: 0.45,
      alternatives: [
        {
          name: 'Georgia (US state)',
          kind: 'region',
          lat: 32.6,
          lon: -83.4,
          countryCode: 'US',
          source: 'natural-earth:admin1:US-GA',
        },
      ],
    },
  ],
};

function Harness({ search = async () => [] }: { search?: (q: string) => Promise<GazetteerPlace[]> }) {
  const [story, setStory] = useState(STORY);
  return <ReviewPlaces story={story} onChange={(next) => setStory(next)} search={search} />;
}

const rows = () =>
  within(screen.getByRole('table', { name: 'Review places' }))
    .getAllByRole('row')
    .slice(1);

describe('Review places', () => {
  it('lists the least sure place first, marked as not sure, with kind, country, posts and confidence', () => {
    render(<Harness />);
    const [first, second] = rows();
    expect(within(first as HTMLElement).getByRole('rowheader')).toHaveTextContent('Georgia ? (not sure)');
    expect(first).toHaveTextContent(/Country.*Georgia.*1.*45%/);
    expect(second).toHaveTextContent(/Miami.*City.*United States.*2.*93%/);
  });

  it('takes another reading of the name, sure as a person’s choice', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Fix Georgia' }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Use Georgia (US state) (region, United States)' }),
    );
    const georgia = rows().find((r) => r.textContent?.startsWith('Georgia (US state)')) as HTMLElement;
    expect(georgia).toHaveTextContent(/Region.*United States.*1.*100%/);
    expect(within(georgia).queryByText('(not sure)')).toBeNull();
  });

  it('searches the gazetteer and uses what the reader picks', async () => {
    const search = vi.fn(async () => [
      {
        key: 'geonames:4196508',
        name: 'Georgia',
        kind: 'city' as const,
        lat: 40,
        lon: -74,
        countryCode: 'US',
        source: 'geonames:4196508',
      },
    ]);
    render(<Harness search={search} />);
    await userEvent.click(screen.getByRole('button', { name: 'Fix Georgia' }));
    await userEvent.click(within(screen.getByRole('search')).getByRole('button', { name: 'Search' }));
    expect(search).toHaveBeenCalledWith('Georgia');
    expect(screen.getByRole('status')).toHaveTextContent('1 place found.');
    await userEvent.click(
      within(screen.getByRole('list', { name: 'Places found' })).getByRole('button', {
        name: 'Use Georgia (city, United States)',
      }),
    );
    expect(rows().map((r) => r.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Georgia.*City.*United States/)]),
    );
  });

  it('removes a place from one post, or from the whole story', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Fix Miami' }));
    await userEvent.selectOptions(screen.getByLabelText('Post'), 'Miami again');
    await userEvent.click(screen.getByRole('button', { name: 'Remove from this post' }));
    expect(rows().find((r) => r.textContent?.startsWith('Miami'))).toHaveTextContent(
      /City.*United States.*1/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Fix Miami' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove Miami from the story' }));
    expect(rows().map((r) => r.textContent)).toEqual([expect.stringMatching(/^Georgia/)]);
  });
});

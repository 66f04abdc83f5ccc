import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapErrorBoundary } from '../../src/map/MapErrorBoundary';

afterEach(() => vi.restoreAllMocks());

describe('MapErrorBoundary', () => {
  it('puts a message where a map that throws would be, keeps its siblings, and tries again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let broken = true;
    function Map() {
      if (broken) throw new Error('Invalid LatLng object: (NaN, NaN)');
      return <p>The map</p>;
    }
    render(
      <>
        <MapErrorBoundary>
          <Map />
        </MapErrorBoundary>
        <p>The posts</p>
      </>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'The map could not be drawn. The posts and the table of places still show every place.',
    );
    expect(screen.getByText('The posts')).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try the map again' }));
    expect(screen.getByText('The map')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

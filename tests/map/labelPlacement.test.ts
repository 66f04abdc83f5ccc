import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelledPoint } from '../../src/map/labelPlacement';

const FRAME = { width: 1000, height: 450, fontSize: 15 };
const point = (id: string, x: number, y: number, weight = 1): LabelledPoint => ({
  id,
  x,
  y,
  r: 6,
  text: id,
  weight,
});

/** The box a placed name covers (the same rough text metrics the placement uses). */
function box(p: LabelledPoint, spot: { x: number; y: number; anchor: string }) {
  const w = p.text.length * FRAME.fontSize * 0.62;
  const x0 = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - w : spot.x - w / 2;
  return { x0, x1: x0 + w, y0: spot.y - 12, y1: spot.y + 3.75 };
}

describe('names on the printed map', () => {
  it('go beside their dot when there is room', () => {
    const spots = placeLabels([point('Munich', 300, 200)], FRAME);
    expect(spots.get('Munich')).toMatchObject({ anchor: 'start' });
  });

  it('move aside for a busier place nearby instead of writing over it', () => {
    const big = point('Zaporizhzhia nuclear power plant', 600, 300, 3);
    const small = point('Malokaterynivka', 640, 302, 1);
    const spots = placeLabels([small, big], FRAME);
    const a = box(big, spots.get(big.id) as never);
    const b = box(small, spots.get(small.id) as never);
    const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    expect(overlap).toBe(false);
    // Nor does the busier place's name cover the other dot.
    const coversDot =
      a.x0 < small.x + small.r &&
      small.x - small.r < a.x1 &&
      a.y0 < small.y + small.r &&
      small.y - small.r < a.y1;
    expect(coversDot).toBe(false);
  });

  it('stay on the paper near its right edge', () => {
    const p = point('Moscow', 990, 100);
    const b = box(p, placeLabels([p], FRAME).get('Moscow') as never);
    expect(b.x1).toBeLessThanOrEqual(FRAME.width);
  });
});

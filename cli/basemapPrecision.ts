/**
 * A quantized TopoJSON topology on a coarser grid: each arc's points rounded to a grid `factor` times
 * wider, and the points that fall on the one before dropped (an arc's ends are always kept, so arcs that
 * meet still meet). The 1:110m basemap is only drawn up to zoom 4 (src/map/basemapQuery.ts
 * `DETAIL_ZOOM`), where world-atlas's grid of 1/100,000 of the world is far finer than a pixel.
 */
import type { Topology } from 'topojson-specification';

export function coarsen<T extends Topology>(topology: T, factor: number): T {
  const { transform } = topology;
  if (!transform) throw new Error('the topology is not quantized');
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor ${factor} is not a whole number ≥ 1`);
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    let previousX = 0;
    let previousY = 0;
    const out: [number, number][] = [];
    arc.forEach((point, index) => {
      x += point[0] ?? 0;
      y += point[1] ?? 0;
      const gridX = Math.round(x / factor);
      const gridY = Math.round(y / factor);
      const last = index === arc.length - 1;
      if (index > 0 && !last && gridX === previousX && gridY === previousY) return;
      out.push([gridX - previousX, gridY - previousY]);
      previousX = gridX;
      previousY = gridY;
    });
    return out;
  });
  const [scaleX, scaleY] = transform.scale;
  return { ...topology, arcs, transform: { ...transform, scale: [scaleX * factor, scaleY * factor] } };
}

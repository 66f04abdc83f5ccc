/**
 * Where a pointer to a place off the map goes: on the map's edge, in the place's direction from the
 * view's centre (pure screen geometry, in container pixels), and the compass direction it names.
 */
export interface EdgePoint {
  x: number;
  y: number;
  /** Degrees clockwise from pointing right (east on the screen). */
  angle: number;
  direction: 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw';
}

const DIRECTIONS = ['e', 'se', 's', 'sw', 'w', 'nw', 'n', 'ne'] as const;

/**
 * The point on the rectangle `insetX` and `insetY` pixels inside a `width`×`height` map where the line from its centre
 * to `target` leaves it; null when the target is inside that rectangle (the place is in view).
 */
export function edgePoint(
  target: { x: number; y: number },
  width: number,
  height: number,
  insetX: number,
  insetY = insetX,
): EdgePoint | null {
  const cx = width / 2;
  const cy = height / 2;
  const dx = target.x - cx;
  const dy = target.y - cy;
  const halfW = Math.max(1, cx - insetX);
  const halfH = Math.max(1, cy - insetY);
  if (Math.abs(dx) <= cx && Math.abs(dy) <= cy) return null;
  const scale = Math.min(
    dx === 0 ? Infinity : halfW / Math.abs(dx),
    dy === 0 ? Infinity : halfH / Math.abs(dy),
  );
  const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  const sector = Math.round((((angle % 360) + 360) % 360) / 45) % 8;
  return { x: cx + dx * scale, y: cy + dy * scale, angle, direction: DIRECTIONS[sector] ?? 'e' };
}

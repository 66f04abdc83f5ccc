/** Whether the reader asked for less motion: the map then jumps where it would fly. */
export function reducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

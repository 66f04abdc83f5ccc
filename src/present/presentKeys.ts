/** Clicker and keyboard control of a presentation. Pure: a key to an action. */
export type PresentAction = 'next' | 'previous' | 'blank' | 'leave' | 'fullscreen' | 'first' | 'last';

const KEYS = new Map<string, PresentAction>(
  Object.entries({
    ArrowRight: 'next',
    PageDown: 'next',
    ' ': 'next',
    ArrowLeft: 'previous',
    PageUp: 'previous',
    b: 'blank',
    B: 'blank',
    '.': 'blank',
    Escape: 'leave',
    f: 'fullscreen',
    F: 'fullscreen',
    Home: 'first',
    End: 'last',
  } satisfies Record<string, PresentAction>),
);

export function presentAction(key: string): PresentAction | null {
  return KEYS.get(key) ?? null;
}

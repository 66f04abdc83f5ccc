/**
 * The P key starts presenting as soon as the page has loaded, wherever the focus is (even on the page
 * itself, before any click), but never while the reader types in a field or holds a modifier key.
 */
import { useEffect, useRef } from 'react';

export function usePresentShortcut(onPresent: (() => void) | undefined) {
  const present = useRef(onPresent);
  useEffect(() => {
    present.current = onPresent;
  });
  useEffect(function listenForPresentKey() {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'p' && event.key !== 'P') return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (
        target?.closest(
          'input, textarea, select, [contenteditable]:not([contenteditable="false"]), dialog[open]',
        )
      )
        return;
      if (!present.current) return;
      event.preventDefault();
      present.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return function stopListeningForPresentKey() {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}

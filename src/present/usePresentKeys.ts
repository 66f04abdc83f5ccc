/** Listens for clicker and keyboard keys while presenting; keys in form fields are left alone. */
import { useEffect, useRef } from 'react';
import { presentAction, type PresentAction } from './presentKeys';

export function usePresentKeys(onAction: (action: PresentAction) => void) {
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  });
  useEffect(function listenForPresenterKeys() {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [role="slider"]')) return;
      if (target?.closest('button') && (event.key === ' ' || event.key === 'Enter')) return;
      const action = presentAction(event.key);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      handler.current(action);
    };
    // Capture: the keys reach the presentation before the map, which would pan on the arrows.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return function stopListeningForPresenterKeys() {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
    };
  }, []);
}

/** The postMessage API of an embedded Live Atlas: commands in from allowed origins, ready and change out. */
import { useEffect, useRef } from 'react';
import { isAllowedOrigin, readCommand, type ChangeMessage, type Command } from '../core/embedProtocol';

interface Options {
  enabled: boolean;
  allowed: readonly string[];
  /** Where outgoing messages go: the embedding page's origin, or '*' when the browser did not say. */
  target: string;
  change: Omit<ChangeMessage, 'type'>;
  onCommand(command: Command): void;
}

export function useEmbedApi({ enabled, allowed, target, change, onCommand }: Options) {
  const handler = useRef(onCommand);
  useEffect(() => {
    handler.current = onCommand;
  });

  useEffect(
    function listenToHost() {
      if (!enabled) return;
      const onMessage = (event: MessageEvent) => {
        if (event.source !== window.parent || !isAllowedOrigin(event.origin, allowed)) return;
        const command = readCommand(event.data);
        if (command) handler.current(command);
      };
      window.addEventListener('message', onMessage);
      window.parent.postMessage({ type: 'live-atlas:ready' }, target);
      return function stopListeningToHost() {
        window.removeEventListener('message', onMessage);
      };
    },
    [enabled, allowed, target],
  );

  const { time, entryId, placeId } = change;
  useEffect(
    function tellHostAboutChange() {
      if (!enabled) return;
      const message: ChangeMessage = { type: 'live-atlas:change', time, entryId, placeId };
      window.parent.postMessage(message, target);
    },
    [enabled, target, time, entryId, placeId],
  );
}

/** Reports the page's height to a pym.js Parent on load and on every layout change. */
import { useEffect } from 'react';
import { pymMessage, readPymMessage } from '../core/embedProtocol';

/** The id pym.js's Parent gives this frame in its URL, or null when not embedded with pym. */
export function pymChildId(): string | null {
  if (window.parent === window) return null;
  const id = new URLSearchParams(window.location.search).get('childId');
  return id && /^[\w-]{1,100}$/.test(id) ? id : null;
}

export function usePymChild(childId: string | null) {
  useEffect(
    function reportHeightToPym() {
      if (!childId) return;
      let last = -1;
      // The app's own box, not the document's: the document is at least as tall as the frame
      // (min-height: 100%), so measuring it would never let the frame shrink.
      const content = document.getElementById('root') ?? document.documentElement;
      const sendHeight = () => {
        const height = Math.ceil(content.getBoundingClientRect().height);
        if (height === last) return;
        last = height;
        window.parent.postMessage(pymMessage(childId, 'height', String(height)), '*');
      };
      const onMessage = (event: MessageEvent) => {
        if (event.source !== window.parent) return;
        const message = readPymMessage(event.data, childId);
        if (message?.type === 'width') {
          last = -1;
          sendHeight();
        }
      };
      const observer = new ResizeObserver(sendHeight);
      observer.observe(content);
      window.addEventListener('message', onMessage);
      window.addEventListener('load', sendHeight);
      sendHeight();
      return function stopReportingHeight() {
        observer.disconnect();
        window.removeEventListener('message', onMessage);
        window.removeEventListener('load', sendHeight);
      };
    },
    [childId],
  );
}

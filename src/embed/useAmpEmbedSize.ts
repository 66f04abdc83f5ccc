/** In an AMP page's amp-iframe: asks for the embed's height on load and whenever the frame's width changes. */
import { useEffect } from 'react';
import { ampEmbedSize, embedHeight } from '../core/embedProtocol';

export function useAmpEmbedSize(enabled: boolean, fixed?: number) {
  useEffect(
    function askAmpForHeight() {
      if (!enabled) return;
      let last = -1;
      const ask = () => {
        const height = embedHeight(window.innerWidth, fixed);
        if (height === last) return;
        last = height;
        // Only a height, which anyone may know: no origin to keep it from.
        window.parent.postMessage(ampEmbedSize(height), '*');
      };
      ask();
      window.addEventListener('resize', ask);
      return function stopAskingAmp() {
        window.removeEventListener('resize', ask);
      };
    },
    [enabled, fixed],
  );
}

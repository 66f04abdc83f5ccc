/**
 * The prerendered first view's land (cli/prerender.ts), kept under the live map until Leaflet has drawn
 * its own basemap: the live map can start before the basemap is in, and the land never blinks out.
 */
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

let kept: SVGSVGElement | null = null;

/** Keeps the first view's land picture (before the app replaces the first view), fixed where it is drawn. */
export function keepLandPicture(root: ParentNode): void {
  const land = root.querySelector<SVGSVGElement>('.static-map-canvas');
  if (!land) return;
  // Its scale on narrow screens came from the picture's own container: fix it on the element.
  land.style.transform = getComputedStyle(land).transform;
  kept = land;
}

/** Shows the kept land under the live map until the basemap is drawn or the reader moves the map. */
export function LandPicture({ basemapDrawn }: { basemapDrawn: boolean }) {
  const map = useMap();
  useEffect(
    function showLandUntilBasemap() {
      const land = kept;
      if (!land || basemapDrawn) {
        kept = null;
        return;
      }
      land.classList.add('land-picture');
      map.getContainer().prepend(land);
      const remove = () => {
        land.remove();
        kept = null;
      };
      // The picture is of the opening view only.
      map.once('movestart zoomstart', remove);
      return function hideLand() {
        map.off('movestart zoomstart', remove);
        remove();
      };
    },
    [map, basemapDrawn],
  );
  return null;
}

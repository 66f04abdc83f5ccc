/**
 * The geometry of the map's prerendered picture (StaticStoryMap): the zoom its land is drawn at, and the
 * zooms Leaflet's fitBounds opens on for maps of every size, each with the smallest map that gets it,
 * as container queries that show the markers and scale the land for the map the picture lands in. Pure.
 */
import type { Chronology } from '../core/chronology';
import type { BBox } from '../core/types';
import { OPENING_FIT, openingBounds } from './layers';
import { boxPixels, fitView, type Pixel } from './mercator';

/** The land is drawn for the explorer's map at 1280 × 800 (measured in Chromium), then scaled. */
const DRAWN_FOR = { width: 711, height: 646 };
/** Maps from a small phone's to a large screen's. */
const SMALLEST = { width: 280, height: 280 };
const LARGEST = { width: 2560, height: 1600 };

export interface PictureLayout {
  zoom: number;
  /** The smallest map (pixels) Leaflet opens at this zoom; 0 for the first layout. */
  minWidth: number;
  minHeight: number;
}

export interface Picture {
  /** The zoom the land is drawn at, and the centre of the view in pixels at that zoom. */
  zoom: number;
  centre: Pixel;
  layouts: PictureLayout[];
}

/** Each zoom fitBounds picks between the smallest and the largest map, with where it starts. */
export function pictureLayouts(bounds: BBox): PictureLayout[] {
  const first = fitView(bounds, SMALLEST.width, SMALLEST.height, OPENING_FIT).zoom;
  const last = fitView(bounds, LARGEST.width, LARGEST.height, OPENING_FIT).zoom;
  const box = boxPixels(bounds);
  const layouts: PictureLayout[] = [{ zoom: first, minWidth: 0, minHeight: 0 }];
  for (let zoom = first + 1; zoom <= last; zoom++) {
    // Leaflet rounds the fitting zoom to hundredths before flooring it.
    const scale = 2 ** (zoom - 0.005);
    layouts.push({
      zoom,
      minWidth: Math.ceil(box.width * scale + 2 * OPENING_FIT.padding),
      minHeight: Math.ceil(box.height * scale + 2 * OPENING_FIT.padding),
    });
  }
  return layouts;
}

export function pictureOf(chronology: Chronology): Picture {
  const bounds = openingBounds(chronology);
  const { zoom, centre } = fitView(bounds, DRAWN_FOR.width, DRAWN_FOR.height, OPENING_FIT);
  return { zoom, centre, layouts: pictureLayouts(bounds) };
}

/** The container queries that pick the picture's markers and land scale by the size of its map. */
export function pictureCss({ zoom, layouts }: Picture): string {
  return layouts
    .map((layout) => {
      const rules = [
        `#first-view .static-markers{display:none}`,
        `#first-view .static-markers--z${layout.zoom}{display:block}`,
        `#first-view .static-map>*{--map-scale:${2 ** (layout.zoom - zoom)}}`,
      ].join('');
      return layout.minWidth === 0
        ? rules
        : `@container picture (min-width:${layout.minWidth}px) and (min-height:${layout.minHeight}px){${rules}}`;
    })
    .join('\n');
}

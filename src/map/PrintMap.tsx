/** The story's map drawn as SVG for paper: basemap countries, shaded countries, labelled places. */
import type { Chronology } from '../core/chronology';
import { useBasemap } from './basemapQuery';
import { focusBounds, isPoint, markerSize } from './geometry';
import { placeLabels } from './labelPlacement';
import { WORLD } from './layers';
import { fitPicture } from './mercator';
import { geometryPath } from './svgPath';
import './PrintMap.css';
import { translate } from '../i18n/i18n';

const WIDTH = 1000;
const MAX_HEIGHT = 700;
/** The labels' font size in the picture's units (PrintMap.css, .print-label). */
const LABEL_SIZE = 15;

/** `detailed`: the 1:50m basemap (paper shows fine detail); else the light 1:110m one (a preview). */
export function PrintMap({ chronology, detailed = true }: { chronology: Chronology; detailed?: boolean }) {
  const countries = useBasemap(detailed);
  const places = [...chronology.placeById.values()];
  const projection = fitPicture(focusBounds(places) ?? WORLD, WIDTH, MAX_HEIGHT);
  const storyCountries = new Set(places.filter((p) => p.kind === 'country').map((p) => p.countryCode));
  const points = places.filter(isPoint).filter((p) => {
    const [x, y] = projection.project(p);
    return x >= 0 && x <= projection.width && y >= 0 && y <= projection.height;
  });
  const spots = placeLabels(
    points.map((p) => {
      const [x, y] = projection.project(p);
      return { id: p.id, x, y, r: markerSize(p.entryCount) / 2.5, text: p.name, weight: p.entryCount };
    }),
    { width: projection.width, height: projection.height, fontSize: LABEL_SIZE },
  );
  return (
    <figure className="print-map">
      <svg
        viewBox={`0 0 ${projection.width} ${projection.height}`}
        role="img"
        aria-label={translate('map.printLabel', { places: points.map((p) => p.name).join(', ') })}
      >
        <rect width={projection.width} height={projection.height} className="print-sea" />
        {countries?.features.map((f, i) => (
          <path
            key={i}
            d={geometryPath(f.geometry, projection.project, { digits: 1 })}
            className={storyCountries.has(String(f.id)) ? 'print-country is-story' : 'print-country'}
          />
        ))}
        {points.map((p) => {
          const spot = spots.get(p.id);
          const [x, y] = projection.project(p);
          return (
            <g key={p.id}>
              <circle cx={x} cy={y} r={markerSize(p.entryCount) / 2.5} className="print-point" />
              {spot && (
                <text x={spot.x} y={spot.y} textAnchor={spot.anchor} className="print-label">
                  {p.name}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{translate('map.printCaption')}</figcaption>
    </figure>
  );
}

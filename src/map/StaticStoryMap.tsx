/**
 * The story map's opening view drawn without Leaflet, for the first frame prerendered at build time
 * (src/app/prerender.tsx): the same Web Mercator view Leaflet opens on, with the basemap, areas, labels
 * and markers, as plain SVG and HTML. It is a picture; the live map replaces it when the script runs.
 */
import type { CSSProperties } from 'react';
import type { Chronology } from '../core/chronology';
import type { ExplorerView } from '../core/explore';
import type { LatLon, Place } from '../core/types';
import { useBasemap } from './basemapQuery';
import { CREDIT_SEPARATOR, mapCredits } from './credits';
import { areaRadiusMeters } from './geometry';
import { AREA_STYLES, LAND_STYLE, mapLayers } from './layers';
import { project } from './mercator';
import { pictureOf } from './picture';
import { StaticMarkers } from './StaticMarkers';
import { geometryPath } from './svgPath';
import './map.css';

interface Props {
  chronology: Chronology;
  view: ExplorerView;
}

/** The land is drawn this large around the centre: enough for any map once scaled (see picture.ts). */
const CANVAS = { width: 1600, height: 1280 };
const EARTH_RADIUS_M = 6378137;
const NO_HIGHLIGHT = { places: [], place: null };

/** A position in the map, relative to its centre; the land's scale for the map's size applies. */
function placed(dx: number, dy: number): CSSProperties {
  return {
    left: `calc(50% + ${Math.round(dx)}px * var(--map-scale, 1))`,
    top: `calc(50% + ${Math.round(dy)}px * var(--map-scale, 1))`,
  };
}

export default function StaticStoryMap({ chronology, view }: Props) {
  const countries = useBasemap();
  const layers = mapLayers(view.shownPlaces, view.currentPlaces, NO_HIGHLIGHT);
  const { zoom, centre, layouts } = pictureOf(chronology);
  const origin = [centre[0] - CANVAS.width / 2, centre[1] - CANVAS.height / 2];
  const at = (point: LatLon): [number, number] => {
    const [x, y] = project(point, zoom);
    return [x - (origin[0] ?? 0), y - (origin[1] ?? 0)];
  };
  const fromCentre = (point: LatLon) => {
    const [x, y] = at(point);
    return placed(x - CANVAS.width / 2, y - CANVAS.height / 2);
  };
  const inCanvas = (point: LatLon) => {
    const [x, y] = at(point);
    return x >= 0 && x <= CANVAS.width && y >= 0 && y <= CANVAS.height;
  };
  const path = (place: Place) => {
    const feature =
      place.kind === 'country' ? countries?.features.find((f) => f.id === place.countryCode) : null;
    return feature ? geometryPath(feature.geometry, at, { digits: 0 }) : '';
  };
  const frame = { digits: 0, frame: CANVAS };

  return (
    <div className="story-map static-map">
      <svg className="static-map-canvas" width={CANVAS.width} height={CANVAS.height}>
        {countries?.features
          .map((f) => geometryPath(f.geometry, at, frame))
          .filter(Boolean)
          .map((d, i) => (
            <path
              key={i}
              className={`static-${LAND_STYLE.className}`}
              strokeWidth={LAND_STYLE.weight}
              d={d}
            />
          ))}
        {layers.areas.map((place) => {
          const style = AREA_STYLES[layers.areaState(place)];
          const d = path(place);
          const [x, y] = at(place);
          const latRadius = (areaRadiusMeters(place) / EARTH_RADIUS_M) * (180 / Math.PI);
          const r =
            (at({ lat: place.lat - latRadius, lon: place.lon })[1] -
              at({ lat: place.lat + latRadius, lon: place.lon })[1]) /
            2;
          const common = {
            className: style.className,
            strokeWidth: style.weight,
            fillOpacity: style.fillOpacity,
            strokeLinejoin: 'round' as const,
          };
          return d ? (
            <path key={place.id} d={d} fillRule="evenodd" {...common} />
          ) : (
            <circle key={place.id} cx={Math.round(x)} cy={Math.round(y)} r={Math.round(r)} {...common} />
          );
        })}
      </svg>
      {layers.labels.filter(inCanvas).map((place) => (
        <div
          key={place.id}
          className={`static-label area-label area-label--${place.kind}${view.currentPlaces.has(place.id) ? ' is-current' : ''}`}
          style={fromCentre(place)}
        >
          <span>{place.name}</span>
        </div>
      ))}
      {layouts.map((layout) => (
        <StaticMarkers
          key={layout.zoom}
          points={layers.points}
          current={view.currentPlaces}
          zoom={layout.zoom}
          centre={[centre[0] * 2 ** (layout.zoom - zoom), centre[1] * 2 ** (layout.zoom - zoom)]}
          reach={{ x: CANVAS.width, y: CANVAS.height }}
          className={`static-markers static-markers--z${layout.zoom}`}
        />
      ))}
      <div className="static-zoom">
        <span>+</span>
        <span>−</span>
      </div>
      <div className="static-credits">
        {mapCredits().map((credit, i) => (
          <span key={credit.name}>
            {i > 0 && CREDIT_SEPARATOR}
            {credit.before}
            <a href={credit.href}>{credit.name}</a>
            {credit.after}
          </span>
        ))}
      </div>
    </div>
  );
}

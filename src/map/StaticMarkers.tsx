/** The markers and clusters of the prerendered map at one zoom, placed from the map's centre. */
import type { CSSProperties } from 'react';
import type { LatLon, Place } from '../core/types';
import { clusterPlaces } from './clusters';
import { clusterSize, markerSize } from './geometry';
import { project, type Pixel } from './mercator';

interface Props {
  points: Place[];
  current: Set<string>;
  zoom: number;
  /** The map's centre in pixels at `zoom`. */
  centre: Pixel;
  /** Only markers this far from the centre (pixels) are drawn. */
  reach: { x: number; y: number };
  className: string;
}

export function StaticMarkers({ points, current, zoom, centre, reach, className }: Props) {
  const offset = (point: LatLon) => {
    const [x, y] = project(point, zoom);
    return [x - centre[0], y - centre[1]] as const;
  };
  const placed = (point: LatLon, size: number): CSSProperties => {
    const [dx, dy] = offset(point).map(Math.round);
    return { left: `calc(50% + ${dx}px)`, top: `calc(50% + ${dy}px)`, width: size, height: size };
  };
  const inReach = (point: LatLon) => {
    const [dx, dy] = offset(point);
    return Math.abs(dx) <= reach.x && Math.abs(dy) <= reach.y;
  };
  return (
    <div className={className}>
      {clusterPlaces(points, zoom)
        .filter((item) => inReach(item.type === 'place' ? item.place : item))
        .map((item) => {
          if (item.type === 'cluster') {
            const isCurrent = item.places.some((p) => current.has(p.id));
            return (
              <div
                key={`cluster-${item.id}`}
                className={`first-view-marker cluster-marker${isCurrent ? ' is-current' : ''}`}
                style={placed(item, clusterSize(item.places.length))}
              >
                <span>{item.places.length}</span>
              </div>
            );
          }
          const { place } = item;
          const state = current.has(place.id) ? 'is-current' : 'is-past';
          return (
            <div
              key={place.id}
              className={`first-view-marker place-marker place-marker--${place.kind} ${state}`}
              style={placed(place, markerSize(place.entryCount))}
            >
              <span className="marker-dot" />
              <span className="marker-label">{place.name}</span>
            </div>
          );
        })}
    </div>
  );
}

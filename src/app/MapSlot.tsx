/** Where the map goes: the map once its code is loaded, a placeholder until then. */
import type { ComponentProps, ReactNode } from 'react';
import type StoryMapComponent from '../map/StoryMap';
import { LoadedStoryMap, useStoryMapReady } from './useStoryMap';

type Props = ComponentProps<typeof StoryMapComponent> & { fallback?: ReactNode };

export function MapSlot({ fallback = <div className="map-loading">Loading the map…</div>, ...props }: Props) {
  const ready = useStoryMapReady();
  const Map = ready ? LoadedStoryMap : null;
  return Map ? <Map {...props} /> : <>{fallback}</>;
}

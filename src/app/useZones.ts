/** The zones the URL's `tz` asks for, for this story (loading the place lookup when it is needed). */
import { useMemo } from 'react';
import type { Chronology } from '../core/chronology';
import type { Story } from '../core/types';
import { fixedZones, zonesFor, type Zones } from '../core/zones';
import { useViewState } from '../data/viewStore';
import { useZoneLookup } from '../data/zoneLookup';

/** The browser's zone (undefined where the runtime will not say). */
function readerZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Before a story is loaded (`null`), every time is in UTC. */
export function useZones(story: Story | null, chronology: Chronology | null): Zones {
  const choice = useViewState().tz ?? 'source';
  const { zoneAt, failed } = useZoneLookup(choice === 'place');
  const source = story?.story.sourceTimeZone;
  return useMemo(() => {
    // Without its lookup (it failed to load), `place` shows the story's own zone, and says so by the
    // control's choice staying `place` while the times name that zone.
    if (!chronology) return fixedZones('UTC', choice);
    const zones = zonesFor(choice, chronology, { source, reader: readerZone(), zoneAt });
    return failed ? { ...zones, pending: false } : zones;
  }, [choice, chronology, source, zoneAt, failed]);
}

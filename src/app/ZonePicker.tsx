/**
 * The header's time zone control (`?tz=`): the story's own zone, the reader's, each place's local time,
 * UTC, or the zone a link named. Every time on the page follows it and names its zone.
 */
import type { ChangeEvent } from 'react';
import type { Zones } from '../core/zones';
import { setViewState } from '../data/viewStore';

interface Props {
  zones: Zones;
  /** The story's own zone, when it names one. */
  source?: string;
}

function readerZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return 'unknown';
  }
}

const KEYWORDS = new Set(['source', 'reader', 'place', 'UTC']);

export function ZonePicker({ zones, source }: Props) {
  const { choice } = zones;
  function choose(event: ChangeEvent<HTMLSelectElement>) {
    const tz = event.target.value;
    setViewState({ tz: tz === 'source' ? undefined : tz }, 'replace');
  }
  return (
    <label className="zone-picker">
      <span>Time zone</span>
      <select value={choice} onChange={choose}>
        <option value="source">As published ({source ?? 'UTC'})</option>
        <option value="reader">Yours ({readerZone()})</option>
        <option value="place">Local time of each place</option>
        <option value="UTC">UTC</option>
        {!KEYWORDS.has(choice) && <option value={choice}>{choice.replace(/_/g, ' ')}</option>}
      </select>
    </label>
  );
}

/**
 * The header's time zone control (`?tz=`): the story's own zone, the reader's, each place's local time,
 * UTC, or the zone a link named. Every time on the page follows it and names its zone.
 */
import type { ChangeEvent } from 'react';
import type { Zones } from '../core/zones';
import { setViewState } from '../data/viewStore';
import { useT } from '../i18n/useT';

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
  const t = useT();
  function choose(event: ChangeEvent<HTMLSelectElement>) {
    const tz = event.target.value;
    setViewState({ tz: tz === 'source' ? undefined : tz }, 'replace');
  }
  return (
    <label className="zone-picker">
      <span>{t('zone.label')}</span>
      <select value={choice} onChange={choose}>
        <option value="source">{t('zone.source', { zone: source ?? 'UTC' })}</option>
        <option value="reader">{t('zone.reader', { zone: readerZone() })}</option>
        <option value="place">{t('zone.place')}</option>
        <option value="UTC">{t('zone.utc')}</option>
        {!KEYWORDS.has(choice) && <option value={choice}>{choice.replace(/_/g, ' ')}</option>}
      </select>
    </label>
  );
}

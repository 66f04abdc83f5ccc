/** The time scrubber: one slider named "Time", a tick per entry, hour labels, keys, pointer and touch drag. */
import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Chronology } from '../core/chronology';
import { formatMoment } from '../core/format';
import type { Entry } from '../core/types';
import type { Zones } from '../core/zones';
import { ScrubberTicks } from './ScrubberTicks';
import { axisLabels, fraction, layoutTicks } from './ticks';
import { useT } from '../i18n/useT';
import { translate } from '../i18n/i18n';

/** PageUp and PageDown move this many entries. */
const BIG_STEP = 5;

interface Props {
  chronology: Chronology;
  moment: number;
  current: number;
  zones: Zones;
  /** While a search is on: the chronological indexes of the posts it finds. */
  matching?: readonly number[];
  onScrub(moment: number): void;
  onStep(index: number): void;
}

export function valueText(
  chronology: Chronology,
  entry: Entry | undefined,
  moment: number,
  zones: Zones,
): string {
  const title = entry ? (entry.title ?? translate('story.untitledPost')) : translate('scrubber.noPost');
  if (chronology.ordinal)
    return translate('scrubber.ordinal', {
      index: (chronology.indexById.get(entry?.id ?? '') ?? 0) + 1,
      total: chronology.entries.length,
      title,
    });
  return translate('scrubber.value', {
    time: formatMoment(moment, entry ? zones.of(entry) : zones.axis),
    title,
  });
}

export function Scrubber({ chronology, moment, current, zones, matching, onScrub, onStep }: Props) {
  const timeZone = zones.axis;
  const t = useT();
  const track = useRef<HTMLDivElement>(null);
  const { start, end, moments, entries } = chronology;
  const last = entries.length - 1;
  const ticks = useMemo(() => layoutTicks(moments, start, end), [moments, start, end]);
  const labels = useMemo(
    () => (chronology.ordinal ? [] : axisLabels(start, end, timeZone)),
    [chronology.ordinal, start, end, timeZone],
  );
  const position = chronology.ordinal ? (last > 0 ? current / last : 0.5) : fraction(moment, start, end);
  if (last < 0) {
    return (
      <div className="scrubber">
        <p className="empty-list">{t('scrubber.empty')}</p>
      </div>
    );
  }

  function momentAt(clientX: number): number {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width === 0) return moment;
    const f = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
    return start + f * (end - start);
  }

  function scrubToPointer(event: PointerEvent<HTMLDivElement>) {
    if (chronology.ordinal || end === start) {
      const box = track.current?.getBoundingClientRect();
      const f = box && box.width > 0 ? (event.clientX - box.left) / box.width : 0;
      onStep(Math.round(Math.min(1, Math.max(0, f)) * last));
    } else onScrub(Math.round(momentAt(event.clientX) / 60_000) * 60_000);
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    event.currentTarget.focus({ preventScroll: true });
    scrubToPointer(event);
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (event.currentTarget.hasPointerCapture?.(event.pointerId)) scrubToPointer(event);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target: Record<string, number> = {
      ArrowLeft: current - 1,
      ArrowDown: current - 1,
      ArrowRight: current + 1,
      ArrowUp: current + 1,
      PageDown: current - BIG_STEP,
      PageUp: current + BIG_STEP,
      Home: 0,
      End: last,
    };
    const next = target[event.key];
    if (next === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    onStep(Math.min(last, Math.max(0, next)));
  }

  return (
    // Time runs left to right in every language, as a media player's progress bar does (Material
    // Design's bidirectionality guidance): in Arabic the page is mirrored, the time axis is not.
    <div className="scrubber" dir="ltr">
      <div
        ref={track}
        className="scrubber-track"
        role="slider"
        tabIndex={0}
        aria-label={t('scrubber.label')}
        aria-valuemin={chronology.ordinal ? 0 : start}
        aria-valuemax={chronology.ordinal ? last : end}
        aria-valuenow={chronology.ordinal ? current : moment}
        aria-valuetext={valueText(chronology, entries[current], moment, zones)}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      >
        <div className="scrubber-rail" />
        <div className="scrubber-fill" style={{ width: `${position * 100}%` }} />
        <ScrubberTicks ticks={ticks} position={position} current={ticks[current]} matching={matching} />
        <span className="scrubber-thumb" style={{ left: `${position * 100}%` }} />
      </div>
      <div className="scrubber-axis" aria-hidden="true">
        {labels.map((label) => (
          <span key={`${label.at}-${label.text}`} style={{ left: `${label.at * 100}%` }}>
            {label.text}
          </span>
        ))}
      </div>
    </div>
  );
}

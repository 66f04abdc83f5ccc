/** How times read in the explorer: in the story's own zone, with the zone's name (`07:14 GMT, 14 February`). */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-GB', { timeZone, ...options });
    } catch {
      f = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options });
    }
    formatters.set(key, f);
  }
  return f;
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** `07:14 GMT` (empty for a time that cannot be read). */
export function formatClock(ms: number, timeZone: string): string {
  if (!Number.isFinite(ms)) return '';
  const parts = formatter(timeZone, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(ms);
  return `${part(parts, 'hour')}:${part(parts, 'minute')} ${part(parts, 'timeZoneName')}`.trim();
}

/** `14 February` (with the year when `withYear`). */
export function formatDay(ms: number, timeZone: string, withYear = false): string {
  if (!Number.isFinite(ms)) return '';
  return formatter(timeZone, {
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(ms);
}

/** `07:14 GMT, 14 February` */
export function formatMoment(ms: number, timeZone: string): string {
  if (!Number.isFinite(ms)) return '';
  return `${formatClock(ms, timeZone)}, ${formatDay(ms, timeZone)}`;
}

/** `07` (hour of day in the zone), for the scrubber's hour labels. */
export function hourOf(ms: number, timeZone: string): number {
  return Number(part(formatter(timeZone, { hour: '2-digit', hourCycle: 'h23' }).formatToParts(ms), 'hour'));
}

/**
 * Any publisher whose posts begin (or end) with a clock time on a line of its own: `18:20`, `3:15 PM`,
 * `2:50am AEDT`, `09:15 ET, 31 March 2025`, `19:30 Beirut Time`. The fallback for pages no other
 * format knows; zones named with a stamp follow their IANA rules on the stamp's date.
 */
import { readClock, readDate, readZone } from '../clock';
import { lineFormat, type StampLine } from './lineFormat';

/** After the clock: an optional zone, then an optional date (`, 31 March 2025`). */
const AFTER = /^(?: ?([A-Za-z]{2,5}|[A-Z][a-z]+(?: [A-Z][a-z]+)? [Tt]ime|GMT[+-]\d{1,2}))?(?:,? (.+))?$/;

export const generic = lineFormat({
  name: 'generic',
  publishers: 'any other publisher whose posts start or end with a clock time',
  example: '18:20, 3:15 PM, 09:15 ET, 31 March 2025',
  weight: 1,
  titleFirst: true,
  stampAtEnd: true,
  stampAt(lines, i): StampLine | null {
    const text = lines[i]?.text ?? '';
    const clock = readClock(text);
    if (!clock || text.length > 40) return null;
    const after = AFTER.exec(text.slice(clock.length));
    if (!after) return null;
    const zone = after[1] ? readZone(after[1]) : null;
    if (zone === undefined) return null;
    const date = after[2] ? readDate(after[2]) : null;
    if (after[2] && (!date || date.length !== after[2].trim().length)) return null;
    return {
      stamp: {
        hour: clock.hour,
        minute: clock.minute,
        ...(clock.second !== undefined ? { second: clock.second } : {}),
        zone: zone ?? null,
        ...(date
          ? {
              day: date.date.day,
              month: date.date.month,
              ...(date.date.year ? { year: date.date.year } : {}),
            }
          : {}),
      },
      used: 1,
    };
  },
});

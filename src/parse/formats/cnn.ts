/**
 * CNN and other US outlets: `12:34 p.m. ET, March 3, 2025`, and relative stamps (`14 min ago`,
 * `2 hr 5 min ago`, `Just now`) that count back from when the page was copied (`--captured`).
 */
import { hour24, readAgo, readDate, readZone } from '../clock';
import { lineFormat } from './lineFormat';

const STAMP = /^(\d{1,2}):(\d{2}) ([ap])\.m\. ([A-Z]{2,4})(?:, (.+))?$/;

export const cnn = lineFormat({
  name: 'cnn',
  publishers: 'CNN and US outlets',
  example: '12:34 p.m. ET, March 3, 2025; 14 min ago',
  weight: 3,
  titleFirst: true,
  isFurniture: (text) => /^(?:Live Updates|What we're covering|CNN values your feedback)$/i.test(text),
  stampAt(lines, i) {
    const text = lines[i]?.text ?? '';
    const ago = readAgo(text);
    if (ago !== null) return { stamp: { hour: 0, minute: 0, zone: null, ago }, used: 1 };
    const m = STAMP.exec(text);
    if (!m) return null;
    const hour = hour24(Number(m[1]), m[3]);
    const zone = readZone(m[4] ?? '');
    if (hour === null || zone === undefined) return null;
    const date = m[5] ? readDate(m[5])?.date : undefined;
    return {
      stamp: {
        hour,
        minute: Number(m[2]),
        zone,
        ...(date ? { day: date.day, month: date.month, ...(date.year ? { year: date.year } : {}) } : {}),
      },
      used: 1,
    };
  },
});

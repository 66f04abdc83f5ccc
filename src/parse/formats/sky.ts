/** Sky News: `09:40:01` (seconds) under day headings, an optional `Breaking` line, a title, a byline. */
import { lineFormat } from './lineFormat';

const STAMP = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)$/;

export const sky = lineFormat({
  name: 'sky',
  publishers: 'Sky News',
  example: '09:40:01',
  weight: 2,
  titleFirst: true,
  labels: true,
  isFurniture: (text) =>
    /^(?:Watch Live|Key points|Sky News|About Sky News|Sky News Arabia|Sky News - back to home)$/i.test(text),
  stampAt(lines, i) {
    const m = STAMP.exec(lines[i]?.text ?? '');
    if (!m) return null;
    return { stamp: { hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3]), zone: null }, used: 1 };
  },
});

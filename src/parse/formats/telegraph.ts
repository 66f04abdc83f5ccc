/** The Telegraph (`02:02 PM BST`) and The Times (`2:02pm`): a stamp line, a title, a byline, the post. */
import { hour24, readZone } from '../clock';
import { lineFormat } from './lineFormat';

const TELEGRAPH = /^(\d{2}):(\d{2}) (AM|PM)(?: (BST|GMT))?$/;
const TIMES = /^(\d{1,2}):(\d{2})(am|pm)$/;

export const telegraph = lineFormat({
  name: 'telegraph',
  publishers: 'The Telegraph, The Times',
  example: '02:02 PM BST, 2:02pm',
  weight: 2,
  titleFirst: true,
  isFurniture: (text) => /^(?:Gift this article free|Related Topics)$/i.test(text),
  stampAt(lines, i) {
    const text = lines[i]?.text ?? '';
    const m = TELEGRAPH.exec(text) ?? TIMES.exec(text);
    if (!m) return null;
    const hour = hour24(Number(m[1]), m[3]);
    if (hour === null) return null;
    return { stamp: { hour, minute: Number(m[2]), zone: m[4] ? (readZone(m[4]) ?? null) : null }, used: 1 };
  },
});

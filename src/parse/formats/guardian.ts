/** The Guardian's live blogs: `11.08am BST` over the reader's own clock (`11:08`), `Updated at …` lines. */
import { readZone } from '../clock';
import { lineFormat } from './lineFormat';

const STAMP = /^(\d{1,2})\.(\d{2}) ?([ap])m (BST|GMT)$/i;
const READER_CLOCK = /^\d{2}:\d{2}$/;
const FURNITURE = /^(?:Key events|First published on .{0,60}|\d{1,2}[hm] ago)$/i;

export const guardian = lineFormat({
  name: 'guardian',
  publishers: 'The Guardian',
  example: '11.08am BST',
  weight: 3,
  titleFirst: true,
  isFurniture: (text) => FURNITURE.test(text),
  stampAt(lines, i) {
    const m = STAMP.exec(lines[i]?.text ?? '');
    if (!m) return null;
    const hour = (Number(m[1]) % 12) + (m[3]?.toLowerCase() === 'p' ? 12 : 0);
    if (Number(m[1]) > 12 || Number(m[1]) < 1) return null;
    const zone = readZone(m[4] ?? '') ?? null;
    // The reader's own clock under the stamp (in whatever zone they are) is not a stamp.
    let next = i + 1;
    while (next < lines.length && !lines[next]?.text) next++;
    const used = READER_CLOCK.test(lines[next]?.text ?? '') ? next - i + 1 : 1;
    return { stamp: { hour, minute: Number(m[2]), zone }, used };
  },
});

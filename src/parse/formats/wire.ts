/**
 * Wire services and international outlets: `1337 GMT — text`, `2350 – HEADLINE – text`,
 * `Published: 30/10/2024 - 07:12` under a title, `8.05am: text`, and `19:30 Beirut Time` over a title.
 */
import { hour24, readDate, readZone } from '../clock';
import { lineFormat, type StampLine } from './lineFormat';

const DASH = /^([01]\d|2[0-3])([0-5]\d)(?: (GMT|UTC))? [—–-] (.+)$/;
const HEADLINE = /^([A-Z0-9][A-Z0-9 ‘’'",.&:!?-]{3,}[A-Z0-9’'!?]) [—–-] (.+)$/;
const PUBLISHED = /^Published:? (\d{1,2}\/\d{1,2}\/\d{4}) [-–] ([01]?\d|2[0-3]):([0-5]\d)$/i;
const COLON = /^(\d{1,2})\.(\d{2})([ap])m: (.+)$/i;
const CITY_TIME = /^([01]?\d|2[0-3]):([0-5]\d) ([A-Z][a-z]+(?: [A-Z][a-z]+)? Time)$/;

export const wire = lineFormat({
  name: 'wire',
  publishers: 'AFP, Reuters, Al Jazeera, France 24, L’Orient Today and other wires',
  example: '1337 GMT —; 2350 – HEADLINE – text; Published: 30/10/2024 - 07:12; 8.05am:; 19:30 Beirut Time',
  weight: 2,
  titleFirst: true,
  isFurniture: (text) =>
    /^(?:Issued on: .{0,80}|All times .{0,60}|Times are .{0,60}|This page is updated .{0,60})$/i.test(text),
  stampAt(lines, i): StampLine | null {
    const text = lines[i]?.text ?? '';
    const dash = DASH.exec(text);
    if (dash) {
      const stamp = {
        hour: Number(dash[1]),
        minute: Number(dash[2]),
        zone: dash[3] ? (readZone(dash[3]) ?? null) : null,
      };
      const rest = dash[4] ?? '';
      const headline = HEADLINE.exec(rest);
      if (headline?.[1] && headline[2] && !/[a-z]/.test(headline[1]))
        return { stamp, title: headline[1], rest: headline[2], used: 1 };
      return { stamp, title: null, rest, used: 1 };
    }
    const published = PUBLISHED.exec(text);
    const date = published?.[1] ? readDate(published[1])?.date : undefined;
    if (published && date)
      return {
        stamp: {
          hour: Number(published[2]),
          minute: Number(published[3]),
          zone: null,
          day: date.day,
          month: date.month,
          ...(date.year ? { year: date.year } : {}),
        },
        titleBefore: true,
        used: 1,
      };
    const colon = COLON.exec(text);
    if (colon) {
      const hour = hour24(Number(colon[1]), colon[3]);
      if (hour !== null)
        return {
          stamp: { hour, minute: Number(colon[2]), zone: null },
          title: null,
          rest: colon[4] ?? '',
          used: 1,
        };
    }
    const city = CITY_TIME.exec(text);
    const zone = city?.[3] ? readZone(city[3]) : undefined;
    if (city && zone) return { stamp: { hour: Number(city[1]), minute: Number(city[2]), zone }, used: 1 };
    return null;
  },
});

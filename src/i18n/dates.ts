/** Words the time formatters (core/format) need, in the interface's language. */
import type { PartOfDayWords } from '../core/format';
import type { MessageId, MessageValues } from './i18n';

const PART_IDS = {
  night: 'events.partNight',
  morning: 'events.partMorning',
  afternoon: 'events.partAfternoon',
  evening: 'events.partEvening',
} as const satisfies Record<string, MessageId>;

/** `morning, 14 February` or `night to 14 February`, translated. */
export function partOfDayWords(t: (id: MessageId, values?: MessageValues) => string): PartOfDayWords {
  return (part, day, beforeDawn) =>
    part === 'night' && beforeDawn ? t('events.night', { day }) : t(PART_IDS[part], { day });
}

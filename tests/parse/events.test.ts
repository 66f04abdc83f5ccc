/** When it happened: the times a post's text gives for events, and the readings refused. */
import { describe, expect, it } from 'vitest';
import { findEvents, type EventContext } from '../../src/parse/events';

/** A post at 08:08 GMT on Friday 14 February 2025, about a place in Kyiv's zone. */
const POST: EventContext = {
  postedAt: Date.parse('2025-02-14T08:08:00Z'),
  sourceZone: 'Europe/London',
  localZone: 'Europe/Kyiv',
};

/** Each phrase, with what it says (the words marked, when, how precisely, in which zone). */
const FOUND: [string, [string, string | null, string, string?][]][] = [
  [
    'It says this happened at 01:50 - which, if that is local time in Ukraine, would be 11:50 GMT on Thursday night.',
    [
      ['01:50', '2025-02-13T23:50:00Z', 'minute', 'Europe/Kyiv'],
      ['11:50 GMT on Thursday night', '2025-02-13T23:50:00Z', 'minute', 'UTC'],
    ],
  ],
  [
    'The blast came at 01:50 local time.',
    [['01:50 local time', '2025-02-13T23:50:00Z', 'minute', 'Europe/Kyiv']],
  ],
  [
    'The shield was damaged overnight.',
    [['overnight', '2025-02-14T02:00:00Z', 'part-of-day', 'Europe/London']],
  ],
  [
    'Drones attacked the city last night.',
    [['last night', '2025-02-14T02:00:00Z', 'part-of-day', 'Europe/London']],
  ],
  [
    'Hegseth yesterday rejected that accusation.',
    [['yesterday', '2025-02-13T12:00:00Z', 'day', 'Europe/London']],
  ],
  [
    'Protesters gathered yesterday evening.',
    [['yesterday evening', '2025-02-13T20:00:00Z', 'part-of-day', 'Europe/London']],
  ],
  [
    'Hegseth said publicly on Monday that peace was near.',
    [['on Monday', '2025-02-10T12:00:00Z', 'day', 'Europe/London']],
  ],
  ['The minister resigned last Friday.', [['last Friday', '2025-02-07T12:00:00Z', 'day', 'Europe/London']]],
  [
    'Talks took place on Friday morning.',
    [['on Friday morning', '2025-02-14T08:08:00Z', 'part-of-day', 'Europe/London']],
  ],
  [
    'The vote was held on Wednesday afternoon.',
    [['on Wednesday afternoon', '2025-02-12T15:00:00Z', 'part-of-day', 'Europe/London']],
  ],
  [
    'Starmer spoke to Zelensky this morning.',
    [['this morning', '2025-02-14T08:08:00Z', 'part-of-day', 'Europe/London']],
  ],
  [
    'Sirens sounded early this morning.',
    [['early this morning', '2025-02-14T08:08:00Z', 'part-of-day', 'Europe/London']],
  ],
  ['Police were called at 23:15.', [['23:15', '2025-02-13T23:15:00Z', 'minute', 'Europe/London']]],
  [
    'Firefighters arrived at 10:30 GMT yesterday.',
    [['10:30 GMT yesterday', '2025-02-13T10:30:00Z', 'minute', 'UTC']],
  ],
  [
    'Yesterday at 5pm the convoy left.',
    [['Yesterday at 5pm', '2025-02-13T17:00:00Z', 'hour', 'Europe/London']],
  ],
  ['The blast came at 5pm local time.', [['5pm local time', '2025-02-13T15:00:00Z', 'hour', 'Europe/Kyiv']]],
  ['The strike happened at midnight.', [['midnight', '2025-02-14T00:00:00Z', 'hour', 'Europe/London']]],
  ['The alarm was raised at 06:45 BST.', [['06:45 BST', '2025-02-14T05:45:00Z', 'minute', 'Etc/GMT-1']]],
  [
    'The first missile hit at 04:10 Kyiv time.',
    [['04:10 Kyiv time', '2025-02-14T02:10:00Z', 'minute', 'Europe/Kyiv']],
  ],
  ['Shots were heard at 7.30am.', [['7.30am', '2025-02-14T07:30:00Z', 'minute', 'Europe/London']]],
  ['The plane landed at around 06:20 GMT.', [['06:20 GMT', '2025-02-14T06:20:00Z', 'minute', 'UTC']]],
  ['Crowds were there from 07:00.', [['07:00', '2025-02-14T07:00:00Z', 'minute', 'Europe/London']]],
  // A night named by its day runs past midnight into the next (Tuesday night: early on Wednesday).
  [
    'Explosions were heard on Tuesday night.',
    [['on Tuesday night', '2025-02-12T02:00:00Z', 'part-of-day', 'Europe/London']],
  ],
  [
    'The rally began yesterday morning.',
    [['yesterday morning', '2025-02-13T09:00:00Z', 'part-of-day', 'Europe/London']],
  ],
  [
    'The talks ended at noon yesterday.',
    [['noon yesterday', '2025-02-13T12:00:00Z', 'hour', 'Europe/London']],
  ],
  ['The ship sank at 4am GMT.', [['4am GMT', '2025-02-14T04:00:00Z', 'hour', 'UTC']]],
  [
    'Voting closed on Sunday evening.',
    [['on Sunday evening', '2025-02-09T20:00:00Z', 'part-of-day', 'Europe/London']],
  ],
  [
    'The shelling began at 14:00 local time yesterday.',
    [['14:00 local time yesterday', '2025-02-13T12:00:00Z', 'minute', 'Europe/Kyiv']],
  ],
  [
    'The train left at 3.15pm yesterday.',
    [['3.15pm yesterday', '2025-02-13T15:15:00Z', 'minute', 'Europe/London']],
  ],
  [
    'The decree was signed at 08:00 Moscow time.',
    [['08:00 Moscow time', '2025-02-14T05:00:00Z', 'minute', 'Europe/Moscow']],
  ],
  ['The meeting began at 6am.', [['6am', '2025-02-14T06:00:00Z', 'hour', 'Europe/London']]],
  ['Missiles hit Kharkiv on Wednesday.', [['on Wednesday', '2025-02-12T12:00:00Z', 'day', 'Europe/London']]],
  [
    'The power went out at 02:30 local time.',
    [['02:30 local time', '2025-02-14T00:30:00Z', 'minute', 'Europe/Kyiv']],
  ],
  [
    'The protest started at 7pm on Monday.',
    [['7pm on Monday', '2025-02-10T19:00:00Z', 'hour', 'Europe/London']],
  ],
];

/** Phrases with numbers or day words that say nothing of when an event took place. */
const REFUSED = [
  'Talks will resume on Monday.',
  'The summit is expected to open at 09:00 GMT.',
  'Officials plan to meet next Thursday.',
  "We'll know more this evening.",
  'The motion passed by a 2:1 majority.',
  'Inflation rose to 3.50% in January.',
  'The score was 2-1 at half-time.',
  'He said the 24/7 service would stay.',
  'Chapter 11:50 of the report is missing.',
  'Watch Thursday Night Football highlights.',
  'Today the talks go on.',
  'The 1:50 scale map shows the area.',
  'Trains ran every 15 minutes.',
  'The result was 7-3.',
];

describe('when it happened', () => {
  it.each(FOUND)('%s', (text, want) => {
    const events = findEvents(text, 0, POST);
    expect(events.map((e) => [text.slice(e.start, e.end), e.at, e.precision, e.zone])).toEqual(want);
    for (const e of events) expect(e.block).toBe(0);
  });

  it.each(REFUSED)('refuses %s', (text) => {
    expect(findEvents(text, 0, POST)).toEqual([]);
  });

  it('finds the event but cannot place it in time for a post with no time', () => {
    expect(findEvents('The shield was damaged overnight.', 2, { ...POST, postedAt: null })).toEqual([
      { block: 2, start: 23, end: 32, at: null, precision: 'part-of-day' },
    ]);
  });

  it('leaves "local time" unplaced when the post has no place to take it from', () => {
    const [event] = findEvents('The blast came at 01:50 local time.', 0, { ...POST, localZone: undefined });
    expect(event).toMatchObject({ at: null, precision: 'minute' });
  });
});

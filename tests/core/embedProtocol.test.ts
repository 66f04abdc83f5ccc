import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, pymMessage, readCommand, readPymMessage } from '../../src/core/embedProtocol';

const ENTRY = '20250214-0758-124nfu';

describe('readCommand(data)', () => {
  it.each([
    ['only an entry id', { type: 'live-atlas:goto', entryId: ENTRY }],
    ['only a time', { type: 'live-atlas:goto', time: '2025-02-14T08:00:00Z' }],
    ['only a place id', { type: 'live-atlas:goto', placeId: 'kyiv' }],
    ['a time with an offset and seconds', { type: 'live-atlas:goto', time: '2025-02-14T09:00:30.5+01:00' }],
    [
      'all three fields',
      { type: 'live-atlas:goto', entryId: ENTRY, time: '2025-02-14T08:00Z', placeId: 'kyiv' },
    ],
  ])('accepts a goto with %s, returning exactly those fields', (_name, message) => {
    expect(readCommand({ ...message })).toEqual(message);
  });

  it('returns a new object, so the host cannot change the command after the fact', () => {
    const message = { type: 'live-atlas:goto', placeId: 'kyiv' };
    const command = readCommand(message);
    expect(command).not.toBe(message);
    message.placeId = 'moscow';
    expect(command).toEqual({ type: 'live-atlas:goto', placeId: 'kyiv' });
  });

  it.each(['live-atlas:play', 'live-atlas:pause'] as const)('accepts %s as a bare command', (type) => {
    expect(readCommand({ type })).toEqual({ type });
  });

  it('keeps only the type of a play or pause that carries other fields', () => {
    expect(readCommand({ type: 'live-atlas:play', speed: 4, placeId: 'kyiv' })).toEqual({
      type: 'live-atlas:play',
    });
  });

  it.each([
    ['an unknown field', { type: 'live-atlas:goto', placeId: 'kyiv', zoom: 5 }],
    ['a handler-like field', { type: 'live-atlas:goto', entryId: ENTRY, onload: 'alert(1)' }],
    ['a field with no value', { type: 'live-atlas:goto', placeId: 'kyiv', extra: undefined }],
  ])('refuses a goto with %s', (_name, message) => {
    expect(readCommand(message)).toBeNull();
  });

  it('refuses a goto with no target at all', () => {
    expect(readCommand({ type: 'live-atlas:goto' })).toBeNull();
  });

  it.each([
    ['markup', '<img src=x>'],
    ['a space', 'kyiv city'],
    ['a slash', '../kyiv'],
    ['nothing', ''],
    ['201 characters', 'a'.repeat(201)],
    ['a number', 7],
    ['an object', { id: 'kyiv' }],
  ])('refuses an id made of %s', (_name, id) => {
    expect(readCommand({ type: 'live-atlas:goto', entryId: id })).toBeNull();
    expect(readCommand({ type: 'live-atlas:goto', placeId: id })).toBeNull();
  });

  it('accepts an id of 200 characters of letters, digits and _.:-', () => {
    const id = `a_.:-9${'b'.repeat(194)}`;
    expect(readCommand({ type: 'live-atlas:goto', placeId: id })).toEqual({
      type: 'live-atlas:goto',
      placeId: id,
    });
  });

  it.each([
    ['a time of day only', '08:00'],
    ['no zone', '2025-02-14T08:00:00'],
    ['an hours-only offset', '2025-02-14T08:00:00+01'],
    // Date.parse reads these; the strict ISO form refuses them.
    ['an offset without a colon', '2025-02-14T08:00:00+0100'],
    ['a space for the T', '2025-02-14 08:00Z'],
    ['an e-mail style date', 'Fri, 14 Feb 2025 08:00:00 GMT'],
    ['four digits of milliseconds', '2025-02-14T08:00:00.1234Z'],
    ['an hour that does not exist', '2025-02-14T25:00:00Z'],
    ['a date only', '2025-02-14'],
    ['a number', 1739520000000],
    ['words', 'yesterday'],
  ])('refuses a time with %s', (_name, time) => {
    expect(readCommand({ type: 'live-atlas:goto', time })).toBeNull();
  });

  it('refuses a goto when one of its fields is bad, even if another is good', () => {
    expect(readCommand({ type: 'live-atlas:goto', placeId: 'kyiv', time: 'noon' })).toBeNull();
    expect(readCommand({ type: 'live-atlas:goto', entryId: '<b>', placeId: 'kyiv' })).toBeNull();
  });

  it.each([
    ['null', null],
    ['a string', 'live-atlas:play'],
    ['an array', [{ type: 'live-atlas:play' }]],
    ['an object without a type', { placeId: 'kyiv' }],
    ['a numeric type', { type: 1 }],
    ['an unknown type', { type: 'live-atlas:reload' }],
    [
      'the frame’s own change message',
      { type: 'live-atlas:change', time: null, entryId: null, placeId: null },
    ],
  ])('refuses %s', (_name, data) => {
    expect(readCommand(data)).toBeNull();
  });
});

describe('isAllowedOrigin(origin, allowed)', () => {
  const allowed = ['https://news.example', 'http://localhost:8080'];

  it('allows a listed origin', () => {
    expect(isAllowedOrigin('https://news.example', allowed)).toBe(true);
    expect(isAllowedOrigin('http://localhost:8080', allowed)).toBe(true);
  });

  it('refuses an origin that is not listed, however close', () => {
    expect(isAllowedOrigin('https://evil.example', allowed)).toBe(false);
    expect(isAllowedOrigin('http://news.example', allowed)).toBe(false);
    expect(isAllowedOrigin('https://news.example.evil.example', allowed)).toBe(false);
    expect(isAllowedOrigin('https://news.example/', allowed)).toBe(false);
  });

  it('refuses the opaque origin "null", even when it is listed', () => {
    expect(isAllowedOrigin('null', allowed)).toBe(false);
    expect(isAllowedOrigin('null', ['null'])).toBe(false);
  });

  it('refuses everything when nothing is allowed', () => {
    expect(isAllowedOrigin('https://news.example', [])).toBe(false);
  });
});

describe('pymMessage(childId, type, value) and readPymMessage(data, childId)', () => {
  it('writes pym.js’s own format', () => {
    expect(pymMessage('live-atlas-1', 'height', '640')).toBe('pymxPYMxlive-atlas-1xPYMxheightxPYMx640');
  });

  it('reads back what it writes', () => {
    const message = pymMessage('live-atlas-1', 'width', '375');
    expect(readPymMessage(message, 'live-atlas-1')).toEqual({ type: 'width', value: '375' });
  });

  it('reads a message with an empty value', () => {
    expect(readPymMessage(pymMessage('c', 'navigateTo', ''), 'c')).toEqual({ type: 'navigateTo', value: '' });
  });

  it('ignores a message for another child', () => {
    expect(readPymMessage(pymMessage('other-child', 'width', '375'), 'live-atlas-1')).toBeNull();
  });

  it('ignores data over 1000 characters', () => {
    const long = pymMessage('c', 'width', '1'.repeat(1000));
    expect(long.length).toBeGreaterThan(1000);
    expect(readPymMessage(long, 'c')).toBeNull();
    const fits = pymMessage('c', 'width', '1'.repeat(1000 - pymMessage('c', 'width', '').length));
    expect(fits).toHaveLength(1000);
    expect(readPymMessage(fits, 'c')).not.toBeNull();
  });

  it.each([
    ['an object', { type: 'width' }],
    ['another prefix', 'xxxxPYMxcxPYMxwidthxPYMx375'],
    ['too few parts', 'pymxPYMxcxPYMxwidth'],
    ['too many parts', 'pymxPYMxcxPYMxwidthxPYMx375xPYMxmore'],
    ['no type', 'pymxPYMxcxPYMxxPYMx375'],
  ])('ignores %s', (_name, data) => {
    expect(readPymMessage(data, 'c')).toBeNull();
  });
});

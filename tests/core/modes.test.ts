import { describe, expect, it } from 'vitest';
import { readModes, resolveDataUrl } from '../../src/core/modes';

describe('readModes(search)', () => {
  it('runs as the plain explorer without parameters', () => {
    expect(readModes('')).toEqual({ embed: false, present: false, print: false });
  });

  it.each(['embed', 'present', 'print'] as const)('turns %s on with 1 or true', (flag) => {
    expect(readModes(`?${flag}=1`)[flag]).toBe(true);
    expect(readModes(`?${flag}=true`)[flag]).toBe(true);
  });

  it.each(['0', 'false', 'yes', 'TRUE', '', ' 1'])('leaves a flag off for "%s"', (value) => {
    expect(readModes(`?embed=${encodeURIComponent(value)}`).embed).toBe(false);
  });

  it('reads several modes at once, and a search without its question mark', () => {
    expect(readModes('embed=1&print=true')).toEqual({ embed: true, present: false, print: true });
  });

  it('reads a lesson range of ISO times', () => {
    expect(readModes('?from=2025-02-14T07:50:00Z&to=2025-02-14T09:30:00%2B01:00')).toEqual({
      embed: false,
      present: false,
      print: false,
      from: '2025-02-14T07:50:00Z',
      to: '2025-02-14T09:30:00+01:00',
    });
  });

  it.each([
    ['a date only', '2025-02-14'],
    ['no zone', '2025-02-14T07:50:00'],
    ['an hours-only offset', '2025-02-14T07:50:00+01'],
    ['an impossible hour', '2025-02-14T24:30:00Z'],
    ['words', 'this morning'],
    ['a number', '1739519400000'],
  ])('ignores a `from` or `to` with %s', (_name, value) => {
    const modes = readModes(`?${new URLSearchParams({ from: value, to: value })}`);
    expect(modes).not.toHaveProperty('from');
    expect(modes).not.toHaveProperty('to');
  });

  it('keeps one end of the range when only that end is well formed', () => {
    const modes = readModes('?from=noon&to=2025-02-14T09:00Z');
    expect(modes).not.toHaveProperty('from');
    expect(modes.to).toBe('2025-02-14T09:00Z');
  });

  it('keeps `data` as given, up to 2000 characters', () => {
    expect(readModes('?data=%2Fstories%2Fother.json').data).toBe('/stories/other.json');
    const longest = `https://data.example/${'a'.repeat(2000 - 'https://data.example/'.length)}`;
    expect(longest).toHaveLength(2000);
    expect(readModes(`?data=${encodeURIComponent(longest)}`).data).toBe(longest);
  });

  it('keeps `data` of any length (so a link that names a story never shows another), ignores an empty one', () => {
    const tooLong = `https://data.example/${'a'.repeat(2000)}`;
    expect(readModes(`?data=${encodeURIComponent(tooLong)}`).data).toBe(tooLong);
    expect(readModes('?data=')).not.toHaveProperty('data');
  });

  it('refuses, with a reason, a `data` address over 2000 characters instead of showing the sample', () => {
    const tooLong = `./${'a'.repeat(2000)}.json`;
    expect(resolveDataUrl(tooLong, 'https://atlas.example/', [], './data/sample.json')).toMatchObject({
      error: 'The data address in the link is too long (2007 characters; at most 2000).',
    });
  });
});

describe('resolveDataUrl(data, pageUrl, allowedOrigins, fallback)', () => {
  const PAGE = 'https://atlas.example/live/index.html?data=x';
  const FALLBACK = './data/sample.json';
  const resolve = (data: string | undefined, allowed: string[] = []) =>
    resolveDataUrl(data, PAGE, allowed, FALLBACK);

  it('loads the sample when no data is asked for', () => {
    expect(resolve(undefined)).toEqual({ url: FALLBACK });
    expect(resolve('')).toEqual({ url: FALLBACK });
  });

  it('loads a file from the page’s own origin', () => {
    expect(resolve('https://atlas.example/stories/a.json')).toEqual({
      url: 'https://atlas.example/stories/a.json',
    });
  });

  it('resolves a relative address against the page', () => {
    expect(resolve('stories/a.json')).toEqual({ url: 'https://atlas.example/live/stories/a.json' });
    expect(resolve('../b.json?v=2')).toEqual({ url: 'https://atlas.example/b.json?v=2' });
    expect(resolve('/c.json')).toEqual({ url: 'https://atlas.example/c.json' });
  });

  it('loads a file from an origin the configuration allows', () => {
    expect(resolve('https://data.example/a.json', ['https://data.example'])).toEqual({
      url: 'https://data.example/a.json',
    });
    expect(resolve('http://localhost:8080/a.json', ['http://localhost:8080'])).toEqual({
      url: 'http://localhost:8080/a.json',
    });
  });

  it('refuses another origin, naming it', () => {
    const result = resolve('https://evil.example/a.json', ['https://data.example']);
    expect(result).not.toHaveProperty('url');
    expect(result).toMatchObject({
      error:
        "Stories from https://evil.example are not allowed here. The site's configuration lists the origins it may load.",
      // What it means, for the page to say in the reader's language.
      failure: { reason: 'link-origin', origin: 'https://evil.example' },
    });
  });

  it('refuses the same host over another scheme or port, naming that origin', () => {
    expect(resolve('http://atlas.example/a.json')).toMatchObject({
      error: expect.stringMatching(/^Stories from http:\/\/atlas\.example are not allowed here\./),
    });
    expect(resolve('https://atlas.example:8443/a.json')).toMatchObject({
      error: expect.stringMatching(/^Stories from https:\/\/atlas\.example:8443 are not allowed/),
    });
  });

  it('refuses a protocol-relative address to another host', () => {
    expect(resolve('//evil.example/a.json')).toMatchObject({
      error: expect.stringContaining('Stories from https://evil.example are not allowed'),
    });
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:application/json,{"entries":[]}'],
    ['file:', 'file:///etc/passwd'],
    ['blob:', 'blob:https://atlas.example/1234'],
    ['ftp:', 'ftp://atlas.example/a.json'],
  ])('refuses a %s address', (_name, data) => {
    expect(resolve(data, ['null', 'https://atlas.example'])).toMatchObject({
      error: 'The data address must be an http or https URL.',
    });
  });

  it('refuses an address that is not a URL', () => {
    expect(resolveDataUrl('http://[::1', PAGE, [], FALLBACK)).toMatchObject({
      error: 'The data address in the link is not a valid URL.',
    });
    expect(resolveDataUrl('https://exa mple.com/a.json', PAGE, [], FALLBACK)).toMatchObject({
      error: 'The data address in the link is not a valid URL.',
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  EMBED_HEIGHT,
  embedSnippet,
  embedUrl,
  placeholderUrl,
  entryLink,
  fullViewUrl,
  lessonLink,
} from '../../src/core/links';

const PAGE = 'https://atlas.example/stories/';
const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('fullViewUrl(pageUrl)', () => {
  it('drops the parameters that only make sense in an embed and keeps the view', () => {
    const url = fullViewUrl(
      `${PAGE}?embed=1&childId=live-atlas-1&initialWidth=375&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example%2F&present=1&print=1&entry=e1&place=kyiv&t=2025-02-14T08%3A00%3A00Z&q=kyiv&order=oldest&tiles=osm&data=%2Fother.json`,
    );
    expect(params(url)).toEqual({
      entry: 'e1',
      place: 'kyiv',
      t: '2025-02-14T08:00:00Z',
      q: 'kyiv',
      order: 'oldest',
      tiles: 'osm',
      data: '/other.json',
    });
    expect(url.startsWith(`${PAGE}?`)).toBe(true);
  });

  it('keeps the path and the hash', () => {
    expect(fullViewUrl('https://atlas.example/a/b/index.html?embed=1&place=kyiv#map')).toBe(
      'https://atlas.example/a/b/index.html?place=kyiv#map',
    );
  });

  it('leaves a page without embed parameters as it is', () => {
    expect(fullViewUrl(`${PAGE}?place=kyiv`)).toBe(`${PAGE}?place=kyiv`);
  });
});

describe('embedUrl(pageUrl)', () => {
  it('asks for the embed and keeps the view', () => {
    expect(params(embedUrl(`${PAGE}?place=kyiv&entry=e1`))).toEqual({
      place: 'kyiv',
      entry: 'e1',
      embed: '1',
    });
  });

  it('drops presentation, handout and pym parameters, and never repeats embed', () => {
    const url = embedUrl(`${PAGE}?embed=true&present=1&print=1&childId=c&place=kyiv`);
    expect(new URL(url).searchParams.getAll('embed')).toEqual(['1']);
    expect(params(url)).toEqual({ place: 'kyiv', embed: '1' });
  });
});

describe('embedSnippet(pageUrl, title)', () => {
  const snippet = embedSnippet(`${PAGE}?place=kyiv&entry=e1`, 'Munich Security Conference');
  const iframe = /<iframe [^>]*><\/iframe>/.exec(snippet)?.[0] ?? '';
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(iframe)?.[1];

  it('has an iframe of the light placeholder page, with the embed URL for pym.js to load', () => {
    expect(iframe).not.toBe('');
    expect(attribute('src')).toBe(
      'https://atlas.example/stories/embed.html?place=kyiv&amp;entry=e1&amp;embed=1',
    );
    expect(/data-pym-src="([^"]*)"/.exec(snippet)?.[1]).toBe(`${PAGE}?place=kyiv&amp;entry=e1&amp;embed=1`);
  });

  it('names the frame for assistive technology', () => {
    expect(attribute('title')).toBe('Live Atlas: Munich Security Conference');
    expect(attribute('aria-label')).toBe('Interactive timeline and map: Munich Security Conference');
  });

  it('loads lazily, allows full screen and is 640 px high before pym.js sizes it', () => {
    expect(EMBED_HEIGHT).toBe(640);
    expect(attribute('loading')).toBe('lazy');
    expect(attribute('allow')).toBe('fullscreen');
    expect(iframe).toMatch(/\sallowfullscreen[\s>]/);
    expect(attribute('height')).toBe('640');
    expect(attribute('width')).toBe('100%');
    expect(attribute('style')).toBe('border:0;width:100%;height:640px');
  });

  it('wraps the iframe in a pym.js container with the same query and title', () => {
    const container =
      /^<div id="(live-atlas-[0-9a-z]+)" data-pym-src="([^"]*)" data-pym-title="([^"]*)" data-pym-allowfullscreen="true">/.exec(
        snippet,
      );
    expect(new URL(container?.[2] ?? '', PAGE).search).toBe(new URL(attribute('src') ?? '', PAGE).search);
    expect(container?.[3]).toBe(attribute('title'));
    expect(snippet.split('\n')[2]).toBe('</div>');
  });

  it('finds the placeholder page beside the app, whatever the page is called', () => {
    expect(placeholderUrl('https://atlas.example/a/index.html?x=1&present=1')).toBe(
      'https://atlas.example/a/embed.html?x=1&embed=1',
    );
  });

  it('loads pym.js from next to the page, not from a third party', () => {
    expect(snippet.split('\n').at(-1)).toBe(
      '<script src="https://atlas.example/stories/pym.v1.min.js" async></script>',
    );
    expect(embedSnippet('https://atlas.example/a/index.html?x=1', 'T')).toContain(
      '<script src="https://atlas.example/a/pym.v1.min.js" async></script>',
    );
  });

  it('gives the same page the same container id, and another page another', () => {
    const id = (s: string) => /id="([^"]+)"/.exec(s)?.[1];
    expect(id(embedSnippet(`${PAGE}?place=kyiv&entry=e1`, 'Other title'))).toBe(id(snippet));
    expect(id(embedSnippet(`${PAGE}?place=moscow`, 'Munich Security Conference'))).not.toBe(id(snippet));
  });

  it('escapes quotes, <, > and & in the title, so a hostile title stays text', () => {
    const hostile = '"><script>alert(1)</script> & more';
    const html = embedSnippet(PAGE, hostile);
    const escaped = '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more';
    expect(html).toContain(`title="Live Atlas: ${escaped}"`);
    expect(html).toContain(`data-pym-title="Live Atlas: ${escaped}"`);
    expect(html).toContain(`aria-label="Interactive timeline and map: ${escaped}"`);
    expect(html).not.toContain(hostile);
    expect(html).not.toContain('<script>');
    expect(html.match(/<script/g)).toHaveLength(1);
    // Every attribute still closes where it should: the tags are the four the snippet writes.
    expect(html.match(/<[a-z/][^>]*>/g)?.map((tag) => /^<\/?[a-z]+/.exec(tag)?.[0])).toEqual([
      '<div',
      '<iframe',
      '</iframe',
      '</div',
      '<script',
      '</script',
    ]);
  });

  it('escapes quotes, <, > and & in the URL', () => {
    const html = embedSnippet(`${PAGE}?q=%22%3E%3Cb%3E&place=kyiv`, 'T');
    // URLSearchParams writes the quote and brackets percent-encoded; the & between parameters is escaped.
    expect(html).toContain('src="https://atlas.example/stories/?q=%22%3E%3Cb%3E&amp;place=kyiv&amp;embed=1"');
    const raw = embedSnippet('https://atlas.example/"><b>&/', 'T');
    expect(raw).not.toMatch(/"><b>/);
    expect(raw).toContain('https://atlas.example/%22%3E%3Cb%3E&amp;/');
  });
});

describe('entryLink(pageUrl, entryId)', () => {
  it('links to the post in the same story, keeping its data file and lesson range', () => {
    const link = entryLink(
      'https://atlas.example/app/?print=1&data=.%2Fstories%2Fa.json&from=2025-02-14T07%3A50Z&to=2025-02-14T08%3A30Z&q=kyiv&embed=1',
      '20250214-0758-124nfu',
    );
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://atlas.example/app/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      data: './stories/a.json',
      from: '2025-02-14T07:50Z',
      to: '2025-02-14T08:30Z',
      entry: '20250214-0758-124nfu',
    });
  });

  it('gives the sample’s post a link with only the entry', () => {
    expect(entryLink('https://atlas.example/?print=1', 'x-1')).toBe('https://atlas.example/?entry=x-1');
  });
});

describe('lessonLink', () => {
  it('limits the story to a range, opens on its first post, and keeps the story and its reading', () => {
    const link = new URL(
      lessonLink(
        'https://atlas.example/app/?data=.%2Fs.json&entry=x&place=kyiv&q=ship&tz=UTC',
        '2025-02-14T07:58:00Z',
        '2025-02-14T08:25:00Z',
        'first',
      ),
    );
    expect(link.pathname).toBe('/app/');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      data: './s.json',
      tz: 'UTC',
      from: '2025-02-14T07:58:00Z',
      to: '2025-02-14T08:25:00Z',
      entry: 'first',
    });
  });

  it('puts a range picked backwards in order', () => {
    const link = new URL(
      lessonLink('https://atlas.example/', '2025-02-14T08:25:00Z', '2025-02-14T07:58:00Z', 'a'),
    );
    expect(link.searchParams.get('from')).toBe('2025-02-14T07:58:00Z');
    expect(link.searchParams.get('to')).toBe('2025-02-14T08:25:00Z');
  });
});

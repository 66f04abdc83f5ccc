import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { GUARD_SCRIPT, injectFirstView, stylesToClasses, withOEmbedDiscovery } from '../../cli/firstView';
import type { Story } from '../../src/core/types';
import { renderFirstView } from '../../src/app/prerender';
import type { BasemapTopology } from '../../src/map/basemapQuery';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

describe('the prerendered first view', () => {
  const { html, css } = renderFirstView(
    read('tests/fixtures/sample/expected.json'),
    // The app serves this file keyed by ISO code (npm run assets); the shapes are what matter here.
    createRequire(import.meta.url)('world-atlas/countries-110m.json') as BasemapTopology,
  );

  it('renders the explorer the app renders, with the map as a picture instead of Leaflet', () => {
    expect(html).toContain('Munich Security Conference');
    expect(html.match(/<article/g)).toHaveLength(20);
    expect(html).toContain('static-basemap-land');
    expect(html).toMatch(/first-view-marker[^>]*>.*?<span class="marker-label">Munich<\/span>/);
    expect(html).not.toContain('leaflet-container');
    expect(html).toContain('GeoNames');
  });

  it('draws a set of markers for each zoom the map may open at, picked by the map’s size', () => {
    const zooms = [...html.matchAll(/static-markers--z(\d+)/g)].map((m) => Number(m[1]));
    expect(zooms.length).toBeGreaterThanOrEqual(2);
    for (const zoom of zooms) expect(css).toContain(`.static-markers--z${zoom}{display:block}`);
    expect(css).toMatch(/@container picture \(min-width:\d+px\) and \(min-height:\d+px\)/);
  });

  it('moves every inline style into a class rule, since the policy refuses inline styles', () => {
    const { html: clean, css } = stylesToClasses(html);
    expect(html).toContain('style="');
    expect(clean).not.toMatch(/\sstyle="/);
    expect(css).toMatch(/^#first-view \.fv0\{[^}]+\}$/m);
    expect(clean.match(/<article/g)).toHaveLength(20);
  });

  it('leaves out the closed dialogs, which a picture never shows', () => {
    expect(html).toContain('<dialog');
    const { html: clean } = stylesToClasses(
      `${html}<dialog open><p style="left:2px">an open one stays</p></dialog>`,
    );
    expect(clean).not.toMatch(/<dialog(?! open)/);
    expect(clean).toContain('an open one stays');
    expect(clean).toContain('Munich Security Conference');
  });

  it('shares one class between equal styles', () => {
    const { html: out, css } = stylesToClasses(
      '<p style="left:1px">a</p><p style="left:1px" class="x">b</p>',
    );
    expect(out).toBe('<p class="fv0">a</p><p class="x fv0">b</p>');
    expect(css.trim()).toBe('#first-view .fv0{left:1px}');
  });
});

describe('index.html with the first view', () => {
  const index = `<html><head><meta charset="UTF-8" /><link rel="icon" href="x" /></head><body><div id="root"></div></body></html>`;

  it('puts the view in the root, inert and hidden from assistive technology, the guard before any stylesheet', () => {
    const out = injectFirstView(index, { html: '<p>hi</p>', cssHref: './a.css', guardHref: './g.js' });
    expect(out).toContain(
      '<div id="root"><div id="first-view" inert aria-hidden="true"><p>hi</p></div></div>',
    );
    expect(out.indexOf('<script src="./g.js"></script>')).toBeLessThan(
      out.indexOf('<link rel="stylesheet" href="./a.css" />'),
    );
    expect(out.indexOf('./a.css')).toBeLessThan(out.indexOf('rel="icon"'));
  });

  it('asks for the app stylesheet ahead of scripts and data, once', () => {
    const built = index.replace(
      '</head>',
      '<link rel="preload" href="./data.json" as="fetch" /><script type="module" src="./app.js"></script><link rel="stylesheet" crossorigin href="./app.css"></head>',
    );
    const out = injectFirstView(built, { html: '', cssHref: './a.css', guardHref: './g.js' });
    expect(out.match(/app\.css/g)).toHaveLength(1);
    expect(out.indexOf('./app.css')).toBeLessThan(out.indexOf('./data.json'));
    expect(out.indexOf('./app.css')).toBeLessThan(out.indexOf('./app.js'));
    expect(out.indexOf('./app.css')).toBeLessThan(out.indexOf('./a.css'));
  });

  it('refuses a page without an empty root', () => {
    expect(() =>
      injectFirstView('<html><head><link></head><body></body></html>', {
        html: '',
        cssHref: '',
        guardHref: '',
      }),
    ).toThrow(/#root/);
  });

  it('hides the view whenever the page has a query (the guard)', () => {
    const classes = new Set<string>();
    const run = (search: string) =>
      new Function('location', 'document', 'navigator', GUARD_SCRIPT)(
        { search },
        { documentElement: { classList: { add: (c: string) => classes.add(c) } } },
        { languages: ['en-GB', 'en'] },
      );
    run('');
    run('?');
    expect(classes.size).toBe(0);
    run('?entry=1');
    expect([...classes]).toEqual(['no-first-view']);
  });

  it('hides the (English) view from a browser whose first language of ours is another', () => {
    const hidden = (languages: string[]) => {
      const classes = new Set<string>();
      new Function('location', 'document', 'navigator', GUARD_SCRIPT)(
        { search: '' },
        { documentElement: { classList: { add: (c: string) => classes.add(c) } } },
        { languages },
      );
      return classes.has('no-first-view');
    };
    expect(hidden(['de-DE', 'en'])).toBe(true);
    expect(hidden(['fr-FR', 'ar-EG'])).toBe(true);
    expect(hidden(['fr-FR', 'en-US', 'de'])).toBe(false);
    expect(hidden(['ja'])).toBe(false);
  });
});

describe('withOEmbedDiscovery(index, publicUrl, story)', () => {
  const story: Story = {
    schemaVersion: 1,
    story: { title: 'Storm "Mara" <live>', publisher: 'The Paper' },
    entries: [],
    places: [],
  };
  const index = '<!doctype html><html><head><title>Live Atlas</title></head><body></body></html>';

  it('links the page to its oEmbed response beside it, the title escaped', () => {
    const { index: out } = withOEmbedDiscovery(index, 'https://atlas.example/news/index.html', story);
    const link = new JSDOM(out).window.document.querySelector('link[type="application/json+oembed"]');
    expect(link?.getAttribute('rel')).toBe('alternate');
    expect(link?.getAttribute('href')).toBe('https://atlas.example/news/oembed.json');
    expect(link?.getAttribute('title')).toBe('Storm "Mara" <live>');
    expect(out).not.toContain('<live>');
  });

  it('writes a response whose embed opens the page it was built for', () => {
    const oembed = JSON.parse(withOEmbedDiscovery(index, 'https://atlas.example/news/', story).oembed);
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', author_name: 'The Paper', height: 640 });
    expect(oembed.html).toContain('data-pym-src="https://atlas.example/news/?embed=1"');
    expect(oembed.html).toContain('title="Live Atlas: Storm &quot;Mara&quot; &lt;live&gt;"');
  });
});

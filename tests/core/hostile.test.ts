import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCommand } from '../../src/core/embedProtocol';
import { readModes } from '../../src/core/modes';
import { validateStory } from '../../src/core/validate';
import { readViewState } from '../../src/core/viewState';

const SAMPLE = JSON.parse(readFileSync(new URL('../fixtures/sample/expected.json', import.meta.url), 'utf8'));
const sample = () => structuredClone(SAMPLE);
const SCRIPT = '<script>window.pwned = true</script><img src=x onerror="window.pwned = true">';

/** Replaces one part of the sample: the entry or place at `index`, or the whole document. */
function broken(edit: (s: typeof SAMPLE) => unknown): unknown {
  const s = sample();
  const out = edit(s);
  return out === undefined ? s : out;
}

let deep: unknown = 'bottom';
for (let i = 0; i < 5000; i++) deep = [deep];

const PAYLOADS: [string, unknown, { valid: number; problem?: RegExp }][] = [
  ['not an object (a string)', 'hello', { valid: 0, problem: /expected a JSON object/ }],
  ['null', null, { valid: 0, problem: /expected a JSON object/ }],
  ['an array', [1, 2, 3], { valid: 0, problem: /expected a JSON object/ }],
  ['a number', 42, { valid: 0, problem: /expected a JSON object/ }],
  ['an empty object', {}, { valid: 0, problem: /schemaVersion: expected 1/ }],
  [
    'schemaVersion 2',
    broken((s) => void (s.schemaVersion = 2)),
    { valid: 20, problem: /schemaVersion: expected 1, got 2/ },
  ],
  [
    'entries is an object',
    broken((s) => void (s.entries = { a: 1 })),
    { valid: 0, problem: /entries.*expected an array/ },
  ],
  [
    'places is a string',
    broken((s) => void (s.places = 'Kyiv')),
    { valid: 20, problem: /places.*expected an array/ },
  ],
  ['an entry that is a number', broken((s) => void (s.entries[0] = 7)), { valid: 19, problem: /Entry 1/ }],
  [
    'an entry without an id',
    broken((s) => void delete s.entries[1].id),
    { valid: 19, problem: /Entry 2.*id/ },
  ],
  [
    'a numeric title',
    broken((s) => void (s.entries[2].title = 12)),
    { valid: 19, problem: /Entry 3.*title/ },
  ],
  [
    'a bad date',
    broken((s) => void (s.entries[3].publishedAt = '14 February')),
    { valid: 19, problem: /publishedAt/ },
  ],
  [
    'an impossible date',
    broken((s) => void (s.entries[3].publishedAt = '2025-02-30T10:00:00Z')),
    { valid: 19, problem: /real date/ },
  ],
  [
    'a time without a zone',
    broken((s) => void (s.entries[3].publishedAt = '2025-02-14T10:00:00')),
    { valid: 19, problem: /publishedAt/ },
  ],
  [
    'labels that are not strings',
    broken((s) => void (s.entries[4].labels = [{}])),
    { valid: 19, problem: /labels/ },
  ],
  [
    'a block of unknown type',
    broken((s) => void (s.entries[5].blocks = [{ type: 'iframe', src: 'x' }])),
    { valid: 19, problem: /blocks/ },
  ],
  [
    'a list whose items are numbers',
    broken((s) => void (s.entries[5].blocks = [{ type: 'list', items: [1] }])),
    { valid: 19, problem: /items/ },
  ],
  [
    'a mention with a negative offset',
    broken((s) => void (s.entries[6].mentions = [{ placeId: 'kyiv', block: 0, start: -1, end: 2 }])),
    { valid: 19, problem: /start/ },
  ],
  [
    'an unknown place id',
    broken((s) => void (s.entries[7].places = ['atlantis'])),
    { valid: 20, problem: /unknown place "atlantis"/ },
  ],
  [
    'duplicate entry ids',
    broken((s) => void (s.entries[9].id = s.entries[8].id)),
    { valid: 19, problem: /duplicate id/ },
  ],
  [
    'duplicate place ids',
    broken((s) => void (s.places[1].id = s.places[0].id)),
    { valid: 20, problem: /Place 2.*duplicate id/ },
  ],
  ['a latitude of 200', broken((s) => void (s.places[0].lat = 200)), { valid: 20, problem: /Place 1.*lat/ }],
  [
    'a longitude of NaN (as null)',
    broken((s) => void (s.places[0].lon = null)),
    { valid: 20, problem: /Place 1.*lon/ },
  ],
  ['a latitude as a string', broken((s) => void (s.places[0].lat = '52.2')), { valid: 20, problem: /lat/ }],
  [
    'a country without a code',
    broken((s) => void delete s.places.find((p: { kind: string }) => p.kind === 'country').countryCode),
    { valid: 20, problem: /countryCode/ },
  ],
  [
    'an unknown place kind',
    broken((s) => void (s.places[0].kind = 'planet')),
    { valid: 20, problem: /kind/ },
  ],
  [
    'a bbox with three numbers',
    broken((s) => void (s.places[0].bbox = [1, 2, 3])),
    { valid: 20, problem: /bbox/ },
  ],
  [
    'a 20 MB title',
    broken((s) => void (s.entries[0].title = 'x'.repeat(20 * 1024 * 1024))),
    { valid: 19, problem: /Entry 1.*title/ },
  ],
  [
    'deeply nested junk for entries',
    broken((s) => void (s.entries = [deep])),
    { valid: 0, problem: /Entry 1/ },
  ],
  [
    'a story title that is an object',
    broken((s) => void (s.story = { title: { html: SCRIPT } })),
    { valid: 20, problem: /story.*title/ },
  ],
  [
    'a prototype-polluting key',
    JSON.parse('{"__proto__": {"polluted": true}, "schemaVersion": 1, "entries": [], "places": []}'),
    { valid: 0 },
  ],
  [
    'an entry id of 10,000 characters',
    broken((s) => void (s.entries[0].id = 'a'.repeat(10_000))),
    { valid: 19, problem: /id/ },
  ],
];

describe('validateStory(data) on malformed and hostile payloads', () => {
  it('reports a problem for each of at least 30 malformed payloads, and pollutes no prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const results = PAYLOADS.map(([name, payload, expected]) => ({
      name,
      expected,
      ...validateStory(payload),
    }));
    const malformed = results.filter(({ expected }) => expected.problem);
    const unreported = malformed.filter(({ problems }) => problems.length === 0).map(({ name }) => name);
    expect(malformed.length).toBeGreaterThanOrEqual(30);
    expect(unreported).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a "__proto__" key as data: the result keeps a plain prototype and no polluted field', () => {
    const payload = JSON.parse(
      '{"__proto__": {"polluted": true}, "schemaVersion": 1, "story": {"__proto__": {"polluted": true}}, "entries": [], "places": []}',
    );
    const { story, problems } = validateStory(payload);
    expect(problems).toEqual([]);
    expect(Object.getPrototypeOf(story)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(story.story)).toBe(Object.prototype);
    expect('polluted' in story).toBe(false);
    expect('polluted' in story.story).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(PAYLOADS)(
    '%s: says what is wrong and keeps what is right',
    (_name, payload, { valid, problem }) => {
      const result = validateStory(payload);
      expect(result.story.entries).toHaveLength(valid);
      if (problem) expect(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n')).toMatch(problem);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('keeps HTML and script in every text field as plain text, never markup', () => {
    const s = sample();
    s.story.title = SCRIPT;
    for (const entry of s.entries) {
      entry.title = SCRIPT;
      for (const block of entry.blocks) if ('text' in block) block.text = SCRIPT;
    }
    for (const place of s.places) place.name = SCRIPT;
    const result = validateStory(s);
    expect(result.problems).toEqual([]);
    expect(result.story.entries[0]?.title).toBe(SCRIPT);
  });
});

describe('readViewState(search) and readModes(search) on hostile URLs', () => {
  it('never throw and keep only well-formed values', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (key, value) => {
        const search = `?${new URLSearchParams({ [key]: value, t: value, entry: value, place: value, order: value, data: value })}`;
        const state = readViewState(search);
        if (state.entry) expect(state.entry).toMatch(/^[A-Za-z0-9_.:-]{1,200}$/);
        if (state.place) expect(state.place).toMatch(/^[A-Za-z0-9_.:-]{1,200}$/);
        if (state.t) expect(Number.isFinite(Date.parse(state.t))).toBe(true);
        if (state.order) expect(['newest', 'oldest']).toContain(state.order);
        expect(() => readModes(search)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('readCommand(data) on random and malicious messages', () => {
  it.each([
    ['a goto by entry id', { type: 'live-atlas:goto', entryId: '20250214-0758-124nfu' }],
    ['a goto by time', { type: 'live-atlas:goto', time: '2025-02-14T08:00:00Z' }],
    ['a goto by place id', { type: 'live-atlas:goto', placeId: 'kyiv' }],
    ['play', { type: 'live-atlas:play' }],
    ['pause', { type: 'live-atlas:pause' }],
  ])('accepts %s and returns exactly that command', (_name, message) => {
    expect(readCommand(structuredClone(message))).toEqual(message);
  });

  it('refuses a goto whose only field is malformed, even among good messages', () => {
    expect(readCommand({ type: 'live-atlas:goto', placeId: '<img src=x>' })).toBeNull();
    expect(readCommand({ type: 'live-atlas:goto', time: 'noon' })).toBeNull();
    expect(readCommand({ type: 'live-atlas:goto', placeId: 'kyiv', onload: 'alert(1)' })).toBeNull();
    expect(readCommand({ type: 'live-atlas:goto', placeId: 'kyiv' })).toEqual({
      type: 'live-atlas:goto',
      placeId: 'kyiv',
    });
  });

  it('never throws and returns only well-formed commands', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 4 }), (data) => {
        const command = readCommand(data);
        if (command)
          expect(['live-atlas:goto', 'live-atlas:play', 'live-atlas:pause']).toContain(command.type);
      }),
      { numRuns: 500 },
    );
    for (const type of ['live-atlas:goto', 'live-atlas:play']) {
      fc.assert(
        fc.property(fc.dictionary(fc.string(), fc.anything()), (extra) => {
          const command = readCommand({ ...extra, type });
          if (command?.type === 'live-atlas:goto') {
            for (const value of [command.entryId, command.placeId])
              if (value !== undefined) expect(value).toMatch(/^[A-Za-z0-9_.:-]{1,200}$/);
          }
        }),
        { numRuns: 300 },
      );
    }
  });
});

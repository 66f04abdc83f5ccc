/**
 * Every language has every message, each compiles (the build's own compiler), and keeps the English
 * message's placeholders; plural messages give every plural category the language uses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { compileCatalogue } from '../../cli/messagesPlugin';
import { DATE_LOCALES, LANGUAGES } from '../../src/core/language';

const read = (language: string) =>
  JSON.parse(
    readFileSync(new URL(`../../src/i18n/locales/${language}.json`, import.meta.url), 'utf8'),
  ) as Record<string, string>;

const english = read('en');

/**
 * The names a message interpolates, read from its compiled form (`{count, plural, …}`, `{place}`): a
 * message is a list of parts, each text or a token `[name, format?, { branch: parts }?]`.
 */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (parts: unknown): void => {
    if (!Array.isArray(parts)) return;
    for (const part of parts) {
      if (!Array.isArray(part)) continue;
      names.add(String(part[0]));
      const branches: unknown = part[2];
      if (branches && typeof branches === 'object')
        for (const branch of Object.values(branches as Record<string, unknown>)) walk(branch);
    }
  };
  walk(compileMessageOrThrow(message));
  return [...names].sort();
}

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the %s catalogue', (language) => {
  const messages = read(language);

  it('has exactly the English ids', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  it('compiles, and keeps every message’s placeholders', () => {
    expect(() => compileCatalogue(`${language}.json`, messages)).not.toThrow();
    for (const [id, message] of Object.entries(english)) {
      expect([id, placeholders(messages[id] ?? '')]).toEqual([id, placeholders(message)]);
    }
  });

  it('gives each plural every category the language has', () => {
    const categories = new Intl.PluralRules(DATE_LOCALES[language]).resolvedOptions().pluralCategories;
    for (const [id, message] of Object.entries(messages)) {
      if (!/,\s*plural\s*,/.test(message)) continue;
      for (const category of categories) {
        if (category === 'other') continue;
        // `=0` covers `zero` in a message that names it.
        if (category === 'zero' && message.includes('=0')) continue;
        expect([id, message.includes(`${category} {`)]).toEqual([id, true]);
      }
    }
  });
});

describe('the English catalogue', () => {
  it('compiles', () => {
    expect(() => compileCatalogue('en.json', english)).not.toThrow();
  });
});

describe('compileCatalogue', () => {
  it('refuses a message that is not ICU MessageFormat, naming it', () => {
    expect(() => compileCatalogue('xx.json', { broken: '{count, plural, one {# post}' })).toThrow(/broken/);
  });
});

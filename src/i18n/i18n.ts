/**
 * The interface's words, through Lingui: one catalogue per language (locales/<language>.json, ICU
 * MessageFormat with plurals), compiled at build time. English is bundled; the others load on demand.
 * One instance serves the app: `useT()` re-renders a component when the language changes, `translate`
 * serves code outside components (announcements, messages built in handlers).
 */
import { setupI18n, type Messages } from '@lingui/core';
import english from 'virtual:live-atlas/messages/en';
import { DATE_LOCALES, directionOf, type Language } from '../core/language';
import { setDateLocale } from '../core/format';
import type catalogue from './locales/en.json';

/** Every message the interface has: the English catalogue's ids. */
export type MessageId = keyof typeof catalogue;
export type MessageValues = Record<string, string | number | undefined>;

const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ default: Messages }>> = {
  de: () => import('virtual:live-atlas/messages/de'),
  uk: () => import('virtual:live-atlas/messages/uk'),
  ar: () => import('virtual:live-atlas/messages/ar'),
};

export const i18n = setupI18n({ locale: 'en', locales: [DATE_LOCALES.en], messages: { en: english } });

const loaded = new Set<Language>(['en']);

/** Loads a language's catalogue (once) and makes it the interface's language, dates included. */
export async function activateLanguage(language: Language): Promise<void> {
  if (!loaded.has(language) && language !== 'en') {
    const { default: messages } = await LOADERS[language]();
    i18n.load(language, messages);
    loaded.add(language);
  }
  setDateLocale(DATE_LOCALES[language]);
  i18n.activate(language, [DATE_LOCALES[language]]);
}

/** Stands for a backslash of a value while a message is formatted (two private-use characters). */
const BACKSLASH = '\uE000\uE001';

/** A message in the current language. */
export function translate(id: MessageId, values?: MessageValues): string {
  if (!values) return i18n._(id);
  // Lingui decodes `\u0041` and `\x41` in what a message gives, values included: a story's title or a
  // file's name is shown as written. Its backslashes pass through as a mark no text has, and come back.
  let guarded = false;
  const safe: MessageValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' && value.includes('\\')) {
      guarded = true;
      safe[key] = value.replaceAll('\\', BACKSLASH);
    } else safe[key] = value;
  }
  const text = i18n._(id, safe);
  return guarded ? text.replaceAll(BACKSLASH, '\\') : text;
}

/**
 * Makes `language` the page's language: its catalogue, its dates, and the document's `lang` and `dir`
 * (right to left for Arabic). A catalogue that cannot load leaves the interface in English, never blank.
 */
export async function showLanguage(language: Language): Promise<Language> {
  let shown = language;
  try {
    await activateLanguage(language);
  } catch {
    shown = 'en';
    await activateLanguage('en');
  }
  if (typeof document !== 'undefined') {
    document.documentElement.lang = shown;
    document.documentElement.dir = directionOf(shown);
  }
  return shown;
}

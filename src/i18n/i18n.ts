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

/** A message in the current language. */
export function translate(id: MessageId, values?: MessageValues): string {
  return i18n._(id, values);
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

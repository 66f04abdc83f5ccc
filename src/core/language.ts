/**
 * The interface's languages: English (the default), German, Ukrainian and Arabic. The `lang` URL
 * parameter chooses one, else the browser's languages in their order of preference, else English.
 * Story text is never translated: it stays as published.
 */
export const LANGUAGES = ['en', 'de', 'uk', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the language picker. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  uk: 'Українська',
  ar: 'العربية',
};

/** The locale dates and numbers are written in: English keeps the British forms it always had. */
export const DATE_LOCALES: Record<Language, string> = {
  en: 'en-GB',
  de: 'de-DE',
  uk: 'uk-UA',
  ar: 'ar',
};

/** `de`, `de-AT`, `DE` → `de`; anything else → null. */
export function readLanguage(value: string | null | undefined): Language | null {
  if (!value || value.length > 35) return null;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

/** The URL's choice, else the first of the browser's languages we have, else English. */
export function pickLanguage(param: string | null | undefined, browser: readonly string[] = []): Language {
  const asked = readLanguage(param);
  if (asked) return asked;
  for (const tag of browser) {
    const language = readLanguage(tag);
    if (language) return language;
  }
  return 'en';
}

export function directionOf(language: Language): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** `search` with `lang` set (or removed for null), every other parameter kept. */
export function withLanguageParam(search: string, language: Language | null): string {
  const params = new URLSearchParams(search);
  if (language) params.set('lang', language);
  else params.delete('lang');
  const text = params.toString();
  return text ? `?${text}` : '';
}

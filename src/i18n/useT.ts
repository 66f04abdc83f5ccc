/** The translate function for a component, which re-renders when the interface's language changes. */
import { useCallback, useSyncExternalStore } from 'react';
import type { Language } from '../core/language';
import { i18n, translate, type MessageId, type MessageValues } from './i18n';

function subscribe(onChange: () => void): () => void {
  return i18n.on('change', onChange);
}

const locale = () => i18n.locale as Language;

/** The interface's current language. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, locale, locale);
}

export type Translate = (id: MessageId, values?: MessageValues) => string;

export function useT(): Translate {
  const language = useLanguage();
  // A new function per language, so memoised children that take `t` render again when it changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback((id: MessageId, values?: MessageValues) => translate(id, values), [language]);
}

/**
 * The header's language control (`?lang=`): the interface in English, German, Ukrainian or Arabic, each
 * named in itself. The story's own text stays as published. The choice is kept in the address, so a
 * shared link opens in the same language.
 */
import { useEffect, type ChangeEvent } from 'react';
import { LANGUAGES, LANGUAGE_NAMES, readLanguage, withLanguageParam } from '../core/language';
import { currentSearch, flushViewState } from '../data/viewStore';
import { showLanguage } from './i18n';
import { useLanguage, useT } from './useT';

const PICKER_ID = 'language-picker';
/** Set while the app is drawn afresh in the new language, so the control gets its focus back. */
let refocus = false;

async function choose(event: ChangeEvent<HTMLSelectElement>) {
  refocus = document.activeElement === event.target;
  // The address names the language shown: English, if the chosen one's catalogue could not load.
  const shown = await showLanguage(readLanguage(event.target.value) ?? 'en');
  flushViewState();
  const { pathname, hash } = window.location;
  window.history.replaceState(
    window.history.state,
    '',
    `${pathname}${withLanguageParam(currentSearch(), shown)}${hash}`,
  );
}

export function LanguagePicker() {
  const language = useLanguage();
  const t = useT();
  useEffect(function focusAfterRedraw() {
    if (!refocus) return;
    refocus = false;
    document.getElementById(PICKER_ID)?.focus();
  }, []);
  return (
    <label className="zone-picker language-picker">
      <span>{t('language.label')}</span>
      <select id={PICKER_ID} value={language} onChange={(event) => void choose(event)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}

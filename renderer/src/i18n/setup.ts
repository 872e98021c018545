/**
 * One i18next instance for the window, with every namespace bundled (no loading, no network).
 * The language comes from settings.language; 'system' follows the browser (German for any de-*).
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/domain/schema';
import { type Locale, localeFor, NAMESPACES, resources } from '../../../shared/i18n/resources';

export function createI18n(language: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: NAMESPACES,
    defaultNS: 'app',
    initAsync: false,
    // React escapes text itself; escaping here would show "&amp;" in names.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

/** The app language for a settings value and the system (browser) language. */
export function resolveLanguage(setting: Language, systemLanguage: string | undefined): Locale {
  return setting === 'system' ? localeFor(systemLanguage) : setting;
}

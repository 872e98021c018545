/**
 * i18next over the shared resources for what the services write in words (the calendar file), in the
 * app's language: one fixed translate function per language, made once.
 */
import i18next from 'i18next';
import type { Language } from '../../shared/domain/schema';
import type { Translate } from '../../shared/engine/interval';
import { type Locale, localeFor, NAMESPACES, resources } from '../../shared/i18n/resources';

const made = new Map<Locale, Translate>();

/** The translate function of a locale. */
export function translateFor(locale: Locale): Translate {
  let t = made.get(locale);
  if (!t) {
    const instance = i18next.createInstance();
    // Resources are in memory, so with initAsync: false init finishes before it returns.
    void instance.init({
      resources,
      lng: locale,
      fallbackLng: 'en',
      ns: NAMESPACES,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    const fixed = instance.getFixedT(locale);
    t = (key, options) => fixed(key, options) as string;
    made.set(locale, t);
  }
  return t;
}

/** The app's language: the setting, or the system's for 'system'. */
export function localeOf(language: Language | string, systemLocale: string): Locale {
  return language === 'de' || language === 'en' ? language : localeFor(systemLocale);
}

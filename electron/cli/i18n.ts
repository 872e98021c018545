/** i18next for the command line, in the language of the terminal (LC_ALL, LC_MESSAGES, LANG). */
import i18next, { type TFunction } from 'i18next';
import { type Locale, localeFor, NAMESPACES, resources } from '../../shared/i18n/resources';

/** German for `de*` (de_DE.UTF-8, de_AT…), English otherwise (also for C and POSIX). */
export function cliLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return localeFor(tag);
}

export function createCliT(locale: Locale): TFunction {
  const instance = i18next.createInstance();
  // Resources are in memory, so with initAsync: false init finishes before it returns.
  void instance.init({
    resources,
    lng: locale,
    fallbackLng: 'en',
    ns: NAMESPACES,
    defaultNS: 'cli',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.getFixedT(locale);
}

/** i18next for the main process (dialogs), over the same resources as the renderer and the CLI. */
import i18next, { type i18n, type TFunction } from 'i18next';
import { type Locale, resources } from '../../shared/i18n/resources';

export function createShellI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  // Resources are in memory, so with initAsync: false init finishes before it returns.
  void instance.init({
    resources,
    lng: locale,
    fallbackLng: 'en',
    ns: ['shell'],
    defaultNS: 'shell',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

export type ShellT = TFunction;

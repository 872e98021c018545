/**
 * What every component may need besides its slice of the store: the client to main, the Intl locale
 * for numbers and dates, and `notify` for the status line. Given once by the window (main.tsx), read
 * with hooks, never passed down as props.
 */
import { createContext, createElement, type ReactNode, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/i18n/resources';
import type { Client } from '../api/client';
import { intlLocale } from '../i18n/format';
import type { AppStore } from './app-store';

export interface AppServices {
  client: Client;
  store: AppStore;
  /** The system's locale as main knows it (de-AT, en-GB …): the regional formats of dates and numbers. */
  systemLanguage: string;
}

export type Notify = (message: string, kind?: 'done' | 'error') => void;

const Services = createContext<AppServices | null>(null);

export function AppProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return createElement(Services.Provider, { value: services }, children);
}

function useServices(): AppServices {
  const services = useContext(Services);
  if (!services) throw new Error('a component of the app was rendered outside <AppProvider>');
  return services;
}

export const useClient = (): Client => useServices().client;
export const useAppStore = (): AppStore => useServices().store;
export const useNotify = (): Notify => useServices().store.actions.notify;

/** The UI language ('de' | 'en'). */
export function useLanguage(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'de' ? 'de' : 'en';
}

/** The Intl locale for the UI language in the system's region ("de-AT", "en-GB" …). */
export function useLocale(): string {
  return intlLocale(useLanguage(), useServices().systemLanguage);
}

export function useSystemLanguage(): string {
  return useServices().systemLanguage;
}

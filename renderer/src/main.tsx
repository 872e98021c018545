/** Entry point: picks the first language, makes the app store, then mounts the app (or a notice without a bridge). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { localeFor } from '../../shared/i18n/resources';
import { createClient } from './api/client';
import { App } from './app/App';
import { MissingApi } from './components/MissingApi';
import { createI18n } from './i18n/setup';
import { createAppStore, viewFromHash } from './store/app-store';
import { AppProvider } from './store/context';
import { installTestHook } from './views/map/test-hook';
import './styles/app.css';

const api = window.tiefgang;
const client = api ? createClient(api) : undefined;
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/**
 * The system's locale as the main process knows it (app.info: de-AT, de-DE …). Chromium reports only its
 * own UI languages in navigator.language ("de" for Austria and Germany alike), which cannot tell the
 * date and number formats apart.
 */
async function systemLocale(): Promise<string> {
  try {
    return (await client?.app.info({}))?.systemLocale || navigator.language;
  } catch {
    return navigator.language;
  }
}

void systemLocale().then((systemLanguage) => {
  // The saved language arrives with the first snapshot; until then the system language is used.
  const i18n = createI18n(localeFor(systemLanguage));
  if (!client) {
    createRoot(root).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <MissingApi />
        </I18nextProvider>
      </StrictMode>,
    );
    return;
  }
  const store = createAppStore(client, {
    view: viewFromHash(window.location.hash),
    // The view is kept in the address's fragment (`#people`), so a reload opens the same view; it is
    // replaced without a navigation (no history entry, no request).
    onView: (view) =>
      window.history.replaceState(null, '', view === 'map' ? window.location.pathname : `#${view}`),
    translate: (key, values) => i18n.t(key, values) as string,
  });
  window.addEventListener('hashchange', () => store.actions.setView(viewFromHash(window.location.hash)));
  store.actions.start();
  installTestHook(store);
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AppProvider services={{ client, store, systemLanguage }}>
          <App />
        </AppProvider>
      </I18nextProvider>
    </StrictMode>,
  );
});

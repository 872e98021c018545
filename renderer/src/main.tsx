/** Entry point: picks the first language, then mounts the app, or a notice when there is no bridge. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { localeFor } from '../../shared/i18n/resources';
import { App } from './App';
import { createClient } from './api/client';
import { MissingApi } from './components/MissingApi';
import { createI18n } from './i18n/setup';
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
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {client ? <App client={client} systemLanguage={systemLanguage} /> : <MissingApi />}
      </I18nextProvider>
    </StrictMode>,
  );
});

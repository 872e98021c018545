/** The window's top bar: the app's name, "Add person", "Log encounter" and the language. */
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../shared/i18n/resources';
import { useClient, useLanguage } from '../store/context';
import { useActions } from '../store/hooks';

export function Toolbar() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const actions = useActions();
  const language = useLanguage();
  const changeLanguage = (next: Locale) => {
    void i18n.changeLanguage(next);
    client.settings.update({ language: next }).catch((error: Error) => {
      actions.showStatus({ key: 'status.languageFailed', values: { message: error.message }, kind: 'error' });
    });
  };
  return (
    <header className="toolbar">
      <h1 className="app-name">{t('common:appName')}</h1>
      <nav className="toolbar-actions" aria-label={t('toolbar.label')}>
        <button type="button" className="button is-primary" onClick={actions.openPersonForm}>
          {t('toolbar.addPerson')}
        </button>
        <button type="button" className="button" onClick={() => actions.logWith([])}>
          {t('toolbar.logEncounter')}
        </button>
      </nav>
      <div className="language">
        <label htmlFor="language-select">{t('toolbar.language')}</label>
        <select
          id="language-select"
          value={language}
          onChange={(e) => changeLanguage(e.target.value as Locale)}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`toolbar.languageName.${l}`)}
            </option>
          ))}
        </select>
      </div>
    </header>
  );
}

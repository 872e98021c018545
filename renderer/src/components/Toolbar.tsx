import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../shared/i18n/resources';

interface Props {
  language: Locale;
  onLanguage: (language: Locale) => void;
  onAddPerson: () => void;
  onLogEncounter: () => void;
}

export function Toolbar({ language, onLanguage, onAddPerson, onLogEncounter }: Props) {
  const { t } = useTranslation();
  return (
    <header className="toolbar">
      <h1 className="app-name">{t('common:appName')}</h1>
      <nav className="toolbar-actions" aria-label={t('toolbar.label')}>
        <button type="button" className="button is-primary" onClick={onAddPerson}>
          {t('toolbar.addPerson')}
        </button>
        <button type="button" className="button" onClick={onLogEncounter}>
          {t('toolbar.logEncounter')}
        </button>
      </nav>
      <div className="language">
        <label htmlFor="language-select">{t('toolbar.language')}</label>
        <select id="language-select" value={language} onChange={(e) => onLanguage(e.target.value as Locale)}>
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

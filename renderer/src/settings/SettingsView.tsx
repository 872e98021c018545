/**
 * Settings: one section per file — your name, language, the data file, backups, importing a file, the
 * depth model. A new section is one file and one line here.
 */
import { useTranslation } from 'react-i18next';
import { selectSnapshot } from '../store/derived';
import { useAppState } from '../store/hooks';
import { BackupsSection } from './BackupsSection';
import { DataFileSection } from './DataFileSection';
import { EncryptionSection } from './EncryptionSection';
import { ImportSection } from './ImportSection';
import { LanguageSection } from './LanguageSection';
import { ModelSection } from './ModelSection';
import { OwnerIdentitySection } from './OwnerIdentitySection';
import { OwnerSection } from './OwnerSection';

export function SettingsView() {
  const { t } = useTranslation('settings');
  const snapshot = useAppState(selectSnapshot)!;
  return (
    <div className="view settings-view">
      <div className="view-head">
        <h1 className="view-title">{t('settings:title')}</h1>
      </div>
      <div className="settings-grid">
        <div className="settings-column">
          {/* Keyed by the saved value: an undo or a restored backup shows what is in the file again. */}
          <OwnerSection key={snapshot.settings.ownerName} />
          <OwnerIdentitySection
            key={JSON.stringify([
              snapshot.settings.ownerEmails,
              snapshot.settings.ownerPhones,
              snapshot.settings.phoneCountryCode,
            ])}
          />
          <LanguageSection />
          <DataFileSection />
          <BackupsSection />
          <EncryptionSection />
          <ImportSection />
        </div>
        <div className="settings-column">
          <ModelSection key={JSON.stringify(snapshot.settings.model)} />
        </div>
      </div>
    </div>
  );
}

/** Settings ▸ language: the app's language, or the system's. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/schema';
import { Field } from '../components/Field';
import { useAction } from '../components/use-action';
import { useClient } from '../store/context';
import { selectSnapshot } from '../store/derived';
import { useAppState } from '../store/hooks';

export function LanguageSection() {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const { t } = useTranslation('settings');
  const id = useId();
  const { run } = useAction();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings:languageTitle')}</h2>
      <Field label={t('settings:language')}>
        <select
          value={snapshot.settings.language}
          onChange={(e) => {
            const language = e.target.value as Language;
            void run(
              () => client.settings.update({ language }),
              () => t('settings:languageSaved'),
            );
          }}
        >
          <option value="system">{t('settings:languageSystem')}</option>
          <option value="de" lang="de">
            Deutsch
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </Field>
    </section>
  );
}

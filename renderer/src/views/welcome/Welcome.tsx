/**
 * The first run: shown while the data file is empty and the welcome was never answered. Three ways in —
 * start empty, import a file, or explore a sample network (in the UI language, as of today).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, toApiError } from '../../api/client';
import { FormError } from '../../components/FormError';
import { formatNumber, todayIso } from '../../i18n/format';
import { ImportPanel } from '../../import/ImportPanel';
import { useClient, useLanguage, useLocale, useNotify } from '../../store/context';
import { useActions } from '../../store/hooks';
import { WelcomeReminders } from './WelcomeReminders';

export function Welcome() {
  const { t } = useTranslation('welcome');
  const client = useClient();
  const language = useLanguage();
  const locale = useLocale();
  const notify = useNotify();
  const actions = useActions();
  const [importing, setImporting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(undefined);
    try {
      notify(await work());
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title" className="welcome-title">
        {t('title')}
      </h2>
      <p className="welcome-lead">{t('lead')}</p>
      <div className="welcome-choices">
        <div className="welcome-choice">
          <h3>{t('emptyTitle')}</h3>
          <p className="muted">{t('emptyText')}</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                await client.welcome.finish({});
                actions.openPersonForm();
                return t('startedEmpty');
              })
            }
          >
            {t('startEmpty')}
          </button>
        </div>
        <div className="welcome-choice">
          <h3>{t('importTitle')}</h3>
          <p className="muted">{t('importText')}</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            aria-expanded={importing}
            aria-controls="welcome-import"
            onClick={() => setImporting(true)}
          >
            {t('import')}
          </button>
        </div>
        <div className="welcome-choice">
          <h3>{t('sampleTitle')}</h3>
          <p className="muted">{t('sampleText')}</p>
          <button
            type="button"
            className="button is-primary"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                const r = await client.sample.load({ locale: language, today: todayIso() });
                return t('sampleLoaded', {
                  people: formatNumber(r.people, locale),
                  encounters: formatNumber(r.encounters, locale),
                });
              })
            }
          >
            {t('sample')}
          </button>
        </div>
      </div>
      <WelcomeReminders />
      {importing && (
        <section id="welcome-import" className="welcome-import" aria-labelledby="welcome-import-title">
          <h3 id="welcome-import-title">{t('importTitle')}</h3>
          <ImportPanel
            onImported={(counts, file) =>
              notify(
                t('import:panel.done', {
                  file,
                  people: formatNumber(counts.newPeople ?? 0, locale),
                  encounters: formatNumber(counts.encounters ?? 0, locale),
                }),
              )
            }
          />
        </section>
      )}
      <FormError error={error} />
      <p className="muted welcome-foot">{t('privacy')}</p>
    </section>
  );
}

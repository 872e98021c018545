/**
 * The first run: shown while the data file is empty and the welcome was never answered. Three ways in —
 * start empty, import a file, or explore a sample network (in the UI language, as of today).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/i18n/resources';
import { type ApiError, type Client, toApiError } from '../api/client';
import { FormError } from '../components/FormError';
import { formatNumber, todayIso } from '../i18n/format';
import { ImportPanel } from './ImportPanel';

interface Props {
  client: Client;
  language: Locale;
  /** The Intl locale for the counts in the messages ("1,906" / "1.906"). */
  locale: string;
  onAddPerson: () => void;
  notify: (message: string) => void;
}

export function Welcome({ client, language, locale, onAddPerson, notify }: Props) {
  const { t } = useTranslation('workflow');
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
        {t('welcome.title')}
      </h2>
      <p className="welcome-lead">{t('welcome.lead')}</p>
      <div className="welcome-choices">
        <div className="welcome-choice">
          <h3>{t('welcome.emptyTitle')}</h3>
          <p className="muted">{t('welcome.emptyText')}</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                await client.welcome.finish({});
                onAddPerson();
                return t('welcome.startedEmpty');
              })
            }
          >
            {t('welcome.startEmpty')}
          </button>
        </div>
        <div className="welcome-choice">
          <h3>{t('welcome.importTitle')}</h3>
          <p className="muted">{t('welcome.importText')}</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            aria-expanded={importing}
            aria-controls="welcome-import"
            onClick={() => setImporting(true)}
          >
            {t('welcome.import')}
          </button>
        </div>
        <div className="welcome-choice">
          <h3>{t('welcome.sampleTitle')}</h3>
          <p className="muted">{t('welcome.sampleText')}</p>
          <button
            type="button"
            className="button is-primary"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                const r = await client.sample.load({ locale: language, today: todayIso() });
                return t('welcome.sampleLoaded', {
                  people: formatNumber(r.people, locale),
                  encounters: formatNumber(r.encounters, locale),
                });
              })
            }
          >
            {t('welcome.sample')}
          </button>
        </div>
      </div>
      {importing && (
        <section id="welcome-import" className="welcome-import" aria-labelledby="welcome-import-title">
          <h3 id="welcome-import-title">{t('welcome.importTitle')}</h3>
          <ImportPanel
            client={client}
            onImported={(counts, file) =>
              notify(
                t('import.done', {
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
      <p className="muted welcome-foot">{t('welcome.privacy')}</p>
    </section>
  );
}

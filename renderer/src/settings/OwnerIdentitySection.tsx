/**
 * Who "me" is in chat, call and mail exports: the owner's own e-mail addresses and phone numbers, and
 * the country code for numbers written without one (default +43). With them, an import recognises the
 * owner's messages and calls without asking (settings.ownerEmails, ownerPhones, phoneCountryCode).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/ipc/contract';
import type { Client } from '../api/client';
import { type Notify, useAction } from '../views/common/use-action';

const lines = (text: string) =>
  text
    .split(/\r?\n|,|;/)
    .map((s) => s.trim())
    .filter(Boolean);

interface Props {
  client: Client;
  snapshot: Snapshot;
  notify: Notify;
}

export function OwnerIdentitySection({ client, snapshot, notify }: Props) {
  const { t } = useTranslation('import');
  const id = useId();
  const { busy, run } = useAction(notify);
  const settings = snapshot.settings;
  const [emails, setEmails] = useState((settings.ownerEmails ?? []).join('\n'));
  const [phones, setPhones] = useState((settings.ownerPhones ?? []).join('\n'));
  const [country, setCountry] = useState(settings.phoneCountryCode ?? '+43');
  const countryValid = /^\+[1-9]\d{0,3}$/.test(country.trim());
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('ownerSettings.title')}</h2>
      <p className="muted">{t('ownerSettings.text')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!countryValid) return;
          void run(
            () =>
              client.settings.update({
                ownerEmails: lines(emails),
                ownerPhones: lines(phones),
                phoneCountryCode: country.trim(),
              }),
            () => t('ownerSettings.saved'),
          );
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor={`${id}-emails`}>
            {t('ownerSettings.emails')}
          </label>
          <textarea
            id={`${id}-emails`}
            rows={2}
            value={emails}
            autoComplete="email"
            onChange={(e) => setEmails(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-phones`}>
            {t('ownerSettings.phones')}
          </label>
          <textarea
            id={`${id}-phones`}
            rows={2}
            value={phones}
            autoComplete="tel"
            onChange={(e) => setPhones(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-country`}>
            {t('ownerSettings.countryCode')}
          </label>
          <input
            id={`${id}-country`}
            type="text"
            inputMode="tel"
            maxLength={5}
            value={country}
            aria-invalid={!countryValid}
            aria-describedby={`${id}-country-hint`}
            onChange={(e) => setCountry(e.target.value)}
          />
          <p id={`${id}-country-hint`} className="field-hint">
            {countryValid ? t('ownerSettings.countryHint') : t('ownerSettings.countryInvalid')}
          </p>
        </div>
        <div className="inline-actions">
          <button type="submit" className="button" disabled={busy || !countryValid}>
            {t('ownerSettings.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

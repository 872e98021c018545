/**
 * Settings ▸ you in chats, calls and mail: the owner's own e-mail addresses and phone numbers, and the
 * country code for numbers written without one (default +43). With them an import of a chat, call log
 * or mailbox knows which messages and calls are the owner's without asking (settings.ownerEmails,
 * ownerPhones, phoneCountryCode).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsPatch } from '../../../shared/ipc/contract';
import { Field } from '../components/Field';
import { useAction } from '../components/use-action';
import { useClient } from '../store/context';
import { selectSnapshot } from '../store/derived';
import { useAppState } from '../store/hooks';

const entries = (text: string) =>
  text
    .split(/\r?\n|[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function OwnerIdentitySection() {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const { t } = useTranslation('settings');
  const id = useId();
  const { busy, run } = useAction();
  const settings = snapshot.settings;
  const [emails, setEmails] = useState((settings.ownerEmails ?? []).join('\n'));
  const [phones, setPhones] = useState((settings.ownerPhones ?? []).join('\n'));
  const [country, setCountry] = useState(settings.phoneCountryCode ?? '+43');
  const countryValid = SettingsPatch.shape.phoneCountryCode.safeParse(country.trim()).success;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings:ownerSettings.title')}</h2>
      <p className="muted">{t('settings:ownerSettings.text')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!countryValid) return;
          void run(
            () =>
              client.settings.update({
                ownerEmails: entries(emails),
                ownerPhones: entries(phones),
                phoneCountryCode: country.trim(),
              }),
            () => t('settings:ownerSettings.saved'),
          );
        }}
      >
        <Field label={t('settings:ownerSettings.emails')}>
          <textarea
            rows={2}
            autoComplete="email"
            value={emails}
            onChange={(e) => setEmails(e.target.value)}
          />
        </Field>
        <Field label={t('settings:ownerSettings.phones')}>
          <textarea rows={2} autoComplete="tel" value={phones} onChange={(e) => setPhones(e.target.value)} />
        </Field>
        <Field
          label={t('settings:ownerSettings.countryCode')}
          hint={t('settings:ownerSettings.countryHint')}
          error={countryValid ? undefined : { key: 'settings:ownerSettings.countryInvalid' }}
        >
          <input
            type="text"
            inputMode="tel"
            maxLength={5}
            value={country}
            onChange={(e) => setCountry(e.target.value)}
          />
        </Field>
        <div className="inline-actions">
          <button type="submit" className="button" disabled={busy || !countryValid}>
            {t('settings:ownerSettings.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Settings ▸ backups: how many daily backups to keep, and restoring one (undoable). */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsPatch } from '../../../shared/ipc/contract';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Field } from '../components/Field';
import { useAction } from '../components/use-action';
import type { FieldMessage } from '../forms/field-errors';
import { requiredNumber } from '../forms/schema-field';
import { formatEncounterDate, formatNumber } from '../i18n/format';
import { useClient, useLocale } from '../store/context';
import { selectSnapshot } from '../store/derived';
import { useAppState } from '../store/hooks';

/** How many daily backups may be kept: the contract's rule. */
const KEEP = SettingsPatch.shape.backups.unwrap().shape.keep;

export function BackupsSection() {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const locale = useLocale();
  const { t } = useTranslation('settings');
  const id = useId();
  const { busy, run } = useAction();
  const [backups, setBackups] = useState<{ day: string; bytes: number }[] | undefined>();
  const [restoring, setRestoring] = useState<string | undefined>();
  const [keep, setKeep] = useState(String(snapshot.settings.backups.keep));
  const [keepError, setKeepError] = useState<FieldMessage | undefined>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: listed again whenever the data changed (a write may add today's)
  useEffect(() => {
    client.backups
      .list({})
      .then(setBackups)
      .catch(() => setBackups([]));
  }, [client, snapshot.revision]);
  const kb = (bytes: number) => formatNumber(Math.max(1, Math.round(bytes / 1024)), locale);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings:backupsTitle')}</h2>
      <p className="muted">{t('settings:backupsText')}</p>
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // The contract's own rule for the number of backups kept.
          const checked = requiredNumber(KEEP, keep, { key: 'settings:keepInvalid' });
          setKeepError(checked.ok ? undefined : checked.error);
          if (checked.ok) {
            const n = checked.value;
            void run(
              () => client.settings.update({ backups: { keep: n } }),
              () => t('settings:keepSaved', { count: n }),
            );
          }
        }}
      >
        <Field
          label={t('settings:keep')}
          hint={keepError ? undefined : t('settings:keepHint')}
          error={keepError}
        >
          <input
            type="text"
            inputMode="numeric"
            className="is-tiny"
            value={keep}
            onChange={(e) => setKeep(e.target.value)}
          />
        </Field>
        <div className="inline-actions">
          <button type="submit" className="button" disabled={busy}>
            {t('settings:save')}
          </button>
        </div>
      </form>
      {backups === undefined ? null : backups.length === 0 ? (
        <p className="empty">{t('settings:noBackups')}</p>
      ) : (
        <ul className="plain-list backup-list">
          {backups.map((b) => (
            <li key={b.day}>
              <span>
                {formatEncounterDate(b.day, locale)}{' '}
                <span className="muted">({t('settings:kb', { size: kb(b.bytes) })})</span>
              </span>
              <button
                type="button"
                className="link-button is-small"
                aria-label={t('settings:restoreOne', { date: formatEncounterDate(b.day, locale) })}
                onClick={() => setRestoring(b.day)}
              >
                {t('settings:restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={restoring !== undefined}
        title={t('settings:restoreTitle', { date: restoring ? formatEncounterDate(restoring, locale) : '' })}
        confirmLabel={t('settings:restore')}
        busy={busy}
        onCancel={() => setRestoring(undefined)}
        onConfirm={() => {
          const day = restoring;
          setRestoring(undefined);
          if (day)
            void run(
              () => client.backups.restore({ day }),
              (r) =>
                t('settings:restored', {
                  date: formatEncounterDate(day, locale),
                  people: formatNumber(r.people, locale),
                  encounters: formatNumber(r.encounters, locale),
                }),
            );
        }}
      >
        <p>{t('settings:restoreBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

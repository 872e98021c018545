/**
 * Settings: your own name (the map's centre, prints), language, the data file (where it is; show its
 * folder and move it where the desktop app can), backups (how many to keep, restore one), the model's
 * parameters with a reset to the defaults,
 * and importing a file.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultModelParams } from '../../../shared/domain/model-params';
import { CHANNELS, type Language } from '../../../shared/domain/schema';
import type { Snapshot } from '../../../shared/ipc/contract';
import type { Client } from '../api/client';
import { formatEncounterDate, formatNumber } from '../i18n/format';
import { ConfirmDialog } from '../views/common/ConfirmDialog';
import { type Notify, useAction } from '../views/common/use-action';
import { ImportPanel } from '../welcome/ImportPanel';
import { EncryptionSection } from './EncryptionSection';
import { type ModelField, type ModelValues, modelValues, toModel } from './model-form';

interface Props {
  client: Client;
  snapshot: Snapshot;
  locale: string;
  notify: Notify;
}

export function SettingsView({ client, snapshot, locale, notify }: Props) {
  const { t } = useTranslation('workflow');
  return (
    <div className="view settings-view">
      <div className="view-head">
        <h1 className="view-title">{t('settings.title')}</h1>
      </div>
      <div className="settings-grid">
        <div className="settings-column">
          <OwnerSection
            key={snapshot.settings.ownerName}
            client={client}
            snapshot={snapshot}
            notify={notify}
          />
          <LanguageSection client={client} snapshot={snapshot} notify={notify} />
          <DataFileSection client={client} notify={notify} />
          <BackupsSection client={client} snapshot={snapshot} locale={locale} notify={notify} />
          <EncryptionSection client={client} notify={notify} />
          <section className="card" aria-labelledby="import-title">
            <h2 id="import-title">{t('settings.importTitle')}</h2>
            <p className="muted">{t('settings.importText')}</p>
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
        </div>
        <div className="settings-column">
          <ModelSection
            key={JSON.stringify(snapshot.settings.model)}
            client={client}
            snapshot={snapshot}
            locale={locale}
            notify={notify}
          />
        </div>
      </div>
    </div>
  );
}

/** The owner's own name: the map's centre and the name under a print's title (settings.ownerName). */
function OwnerSection({ client, snapshot, notify }: { client: Client; snapshot: Snapshot; notify: Notify }) {
  const { t } = useTranslation('workflow');
  const id = useId();
  const { busy, run } = useAction(notify);
  // Keyed by the saved name, so an undo or a restored backup shows the name in the file again.
  const [name, setName] = useState(snapshot.settings.ownerName);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.ownerTitle')}</h2>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const ownerName = name.trim();
          void run(
            () => client.settings.update({ ownerName }),
            () => (ownerName ? t('settings.ownerSaved', { name: ownerName }) : t('settings.ownerCleared')),
          );
        }}
      >
        <div className="field owner-field">
          <label className="field-label" htmlFor={`${id}-name`}>
            {t('settings.ownerName')}
          </label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="name"
            maxLength={200}
            value={name}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setName(e.target.value)}
          />
          <p id={`${id}-hint`} className="field-hint">
            {t('settings.ownerHint')}
          </p>
        </div>
        <div className="inline-actions">
          <button
            type="submit"
            className="button"
            disabled={busy || name.trim() === snapshot.settings.ownerName}
          >
            {t('settings.ownerSave')}
          </button>
        </div>
      </form>
    </section>
  );
}

function LanguageSection({
  client,
  snapshot,
  notify,
}: {
  client: Client;
  snapshot: Snapshot;
  notify: Notify;
}) {
  const { t } = useTranslation('workflow');
  const id = useId();
  const { run } = useAction(notify);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.languageTitle')}</h2>
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {t('settings.language')}
        </label>
        <select
          id={id}
          value={snapshot.settings.language}
          onChange={(e) => {
            const language = e.target.value as Language;
            void run(
              () => client.settings.update({ language }),
              () => t('settings.languageSaved'),
            );
          }}
        >
          <option value="system">{t('settings.languageSystem')}</option>
          <option value="de" lang="de">
            Deutsch
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </div>
    </section>
  );
}

function DataFileSection({ client, notify }: { client: Client; notify: Notify }) {
  const { t } = useTranslation('workflow');
  const { busy, run } = useAction(notify);
  const [location, setLocation] = useState<Awaited<ReturnType<Client['data']['location']>> | undefined>();
  useEffect(() => {
    client.data
      .location({})
      .then(setLocation)
      .catch(() => {});
  }, [client]);
  const desktopOnly = location && (!location.canOpenFolder || !location.canMove);
  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">{t('settings.dataTitle')}</h2>
      <p className="muted">{t('settings.dataText')}</p>
      <p className="file-path" data-testid="data-file">
        {location?.path ?? '…'}
      </p>
      <div className="detail-actions">
        <button
          type="button"
          className="button"
          disabled={!location?.canOpenFolder || busy}
          aria-describedby={desktopOnly ? 'desktop-only' : undefined}
          onClick={() => void run(() => client.data.openFolder({}))}
        >
          {t('settings.openFolder')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!location?.canMove || busy}
          aria-describedby={desktopOnly ? 'desktop-only' : undefined}
          onClick={() =>
            void run(
              () => client.data.move({}),
              (r) => {
                if (!r.moved) return t('settings.moveCancelled');
                return r.keptAs
                  ? t('dataMove:movedKept', { path: r.path, keptAs: r.keptAs })
                  : t('dataMove:movedOldStays', { path: r.path, previous: location?.path });
              },
            ).then(() =>
              // Show where the file is now (a failed move leaves it where it was).
              client.data
                .location({})
                .then(setLocation)
                .catch(() => {}),
            )
          }
        >
          {t('settings.move')}
        </button>
      </div>
      {desktopOnly && (
        <p id="desktop-only" className="field-hint">
          {t('settings.desktopOnly')}
        </p>
      )}
    </section>
  );
}

function BackupsSection({ client, snapshot, locale, notify }: Props) {
  const { t } = useTranslation('workflow');
  const id = useId();
  const { busy, run } = useAction(notify);
  const [backups, setBackups] = useState<{ day: string; bytes: number }[] | undefined>();
  const [restoring, setRestoring] = useState<string | undefined>();
  const [keep, setKeep] = useState(String(snapshot.settings.backups.keep));
  const [keepError, setKeepError] = useState(false);
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
      <h2 id={`${id}-title`}>{t('settings.backupsTitle')}</h2>
      <p className="muted">{t('settings.backupsText')}</p>
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(keep.trim());
          const valid = /^\d+$/.test(keep.trim()) && n <= 365;
          setKeepError(!valid);
          if (valid)
            void run(
              () => client.settings.update({ backups: { keep: n } }),
              () => t('settings.keepSaved', { count: n }),
            );
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor={`${id}-keep`}>
            {t('settings.keep')}
          </label>
          <input
            id={`${id}-keep`}
            type="text"
            inputMode="numeric"
            className="is-tiny"
            value={keep}
            aria-invalid={keepError || undefined}
            aria-describedby={`${id}-keep-hint`}
            onChange={(e) => setKeep(e.target.value)}
          />
          <p id={`${id}-keep-hint`} className={keepError ? 'field-error' : 'field-hint'}>
            {keepError ? t('settings.keepInvalid') : t('settings.keepHint')}
          </p>
        </div>
        <div className="inline-actions">
          <button type="submit" className="button" disabled={busy}>
            {t('settings.save')}
          </button>
        </div>
      </form>
      {backups === undefined ? null : backups.length === 0 ? (
        <p className="empty">{t('settings.noBackups')}</p>
      ) : (
        <ul className="plain-list backup-list">
          {backups.map((b) => (
            <li key={b.day}>
              <span>
                {formatEncounterDate(b.day, locale)}{' '}
                <span className="muted">({t('settings.kb', { size: kb(b.bytes) })})</span>
              </span>
              <button
                type="button"
                className="link-button is-small"
                aria-label={t('settings.restoreOne', { date: formatEncounterDate(b.day, locale) })}
                onClick={() => setRestoring(b.day)}
              >
                {t('settings.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={restoring !== undefined}
        title={t('settings.restoreTitle', { date: restoring ? formatEncounterDate(restoring, locale) : '' })}
        confirmLabel={t('settings.restore')}
        busy={busy}
        onCancel={() => setRestoring(undefined)}
        onConfirm={() => {
          const day = restoring;
          setRestoring(undefined);
          if (day)
            void run(
              () => client.backups.restore({ day }),
              (r) =>
                t('settings.restored', {
                  date: formatEncounterDate(day, locale),
                  people: formatNumber(r.people, locale),
                  encounters: formatNumber(r.encounters, locale),
                }),
            );
        }}
      >
        <p>{t('settings.restoreBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

function ModelSection({ client, snapshot, locale, notify }: Props) {
  const { t } = useTranslation('workflow');
  const id = useId();
  const { busy, run } = useAction(notify);
  const model = snapshot.settings.model;
  const [values, setValues] = useState<ModelValues>(() => modelValues(model, locale));
  const [bad, setBad] = useState<ReadonlySet<ModelField>>(new Set());
  const isDefault = JSON.stringify(model) === JSON.stringify(defaultModelParams);

  const input = (
    field: ModelField,
    label: string,
    value: string,
    onChange: (v: string) => void,
    hint?: string,
  ) => (
    <div className="field model-field" key={field}>
      <label className="field-label" htmlFor={`${id}-${field}`}>
        {label}
      </label>
      <input
        id={`${id}-${field}`}
        type="text"
        inputMode="decimal"
        className="is-tiny"
        value={value}
        aria-invalid={bad.has(field) || undefined}
        aria-describedby={bad.has(field) || hint ? `${id}-${field}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {(bad.has(field) || hint) && (
        <span id={`${id}-${field}-hint`} className={bad.has(field) ? 'field-error' : 'field-hint'}>
          {bad.has(field) ? t(`settings.invalid.${field.split('.')[0]}`) : hint}
        </span>
      )}
    </div>
  );

  return (
    <section className="card model-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.modelTitle')}</h2>
      <p className="muted">{t('settings.modelText')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const result = toModel(values, model);
          if (!result.ok) {
            setBad(new Set(result.fields));
            return;
          }
          setBad(new Set());
          void run(
            () => client.settings.update({ model: result.model }),
            () => t('settings.modelSaved'),
          );
        }}
      >
        <fieldset className="model-group">
          <legend>{t('settings.weights')}</legend>
          {CHANNELS.map((c) =>
            input(`weights.${c}`, t(`common:channel.${c}`), values.weights[c], (v) =>
              setValues({ ...values, weights: { ...values.weights, [c]: v } }),
            ),
          )}
        </fieldset>
        <fieldset className="model-group">
          <legend>{t('settings.decay')}</legend>
          {input(
            'halfLifeDays',
            t('settings.halfLife'),
            values.halfLifeDays,
            (v) => setValues({ ...values, halfLifeDays: v }),
            t('plan.days'),
          )}
          {input(
            'familyHalfLifeDays',
            t('settings.familyHalfLife'),
            values.familyHalfLifeDays,
            (v) => setValues({ ...values, familyHalfLifeDays: v }),
            t('plan.days'),
          )}
        </fieldset>
        <fieldset className="model-group">
          <legend>{t('settings.cadences')}</legend>
          {([0, 1, 2, 3] as const).map((i) =>
            input(
              `ringCadenceDays.${i}`,
              t('plan.ringCadence', { ring: i + 1 }),
              values.ringCadenceDays[i],
              (v) => {
                const next = [...values.ringCadenceDays] as ModelValues['ringCadenceDays'];
                next[i] = v;
                setValues({ ...values, ringCadenceDays: next });
              },
              t('plan.days'),
            ),
          )}
        </fieldset>
        <fieldset className="model-group">
          <legend>{t('settings.touch')}</legend>
          {input('touchGoal', t('settings.touchGoal'), values.touchGoal, (v) =>
            setValues({ ...values, touchGoal: v }),
          )}
          {input(
            'touchWindowMonths',
            t('settings.touchWindow'),
            values.touchWindowMonths,
            (v) => setValues({ ...values, touchWindowMonths: v }),
            t('settings.months'),
          )}
        </fieldset>
        {bad.size > 0 && (
          <p className="form-error" role="alert">
            {t('settings.modelInvalid', { count: bad.size })}
          </p>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={busy || isDefault}
            onClick={() =>
              void run(
                () => client.settings.update({ model: defaultModelParams }),
                () => t('settings.modelReset'),
              )
            }
          >
            {t('settings.reset')}
          </button>
          <button type="submit" className="button is-primary" disabled={busy}>
            {t('settings.saveModel')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The form inside the "Log encounter" dialog. */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel, type Encounter, type Person } from '../../../shared/domain/schema';
import type { Client } from '../api/client';
import { emptyEncounterForm, encounterFieldFor, toEncounterDraft } from '../forms/encounter-form';
import { serverErrorsToForm } from '../forms/field-errors';
import { todayIso } from '../i18n/format';
import { Field } from './Field';
import { FormError } from './FormError';
import { ParticipantPicker } from './ParticipantPicker';
import { useFormSubmit } from './use-form-submit';

interface Props {
  client: Client;
  people: readonly Person[];
  initialParticipants: string[];
  onDone: (encounter: Encounter) => void;
  onCancel: () => void;
}

export function LogEncounterForm({ client, people, initialParticipants, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const pickerId = useId();
  const [values, setValues] = useState(() => emptyEncounterForm(todayIso(), initialParticipants));
  const knownIds = useMemo(() => new Set(people.map((p) => p.id)), [people]);
  const active = useMemo(() => people.filter((p) => !p.archived), [people]);
  const { errors, formError, busy, submit } = useFormSubmit({
    formRef,
    validate: () => toEncounterDraft(values, knownIds),
    send: (draft) => client.encounters.create(draft),
    onDone,
    serverErrors: (fields) => serverErrorsToForm(fields, encounterFieldFor, 'participants'),
  });
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      aria-busy={busy}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {active.length === 0 && <p className="form-note">{t('encounterForm.noPeople')}</p>}
      <Field
        label={t('encounterForm.participants')}
        hint={t('encounterForm.participantsHint')}
        error={errors.participants}
        controlId={pickerId}
      >
        <ParticipantPicker
          inputId={pickerId}
          people={active}
          value={values.participants}
          onChange={(ids) => set('participants', ids)}
        />
      </Field>
      <div className="form-row">
        <Field label={t('encounterForm.date')} error={errors.date}>
          <input
            type="date"
            name="date"
            required
            value={values.date}
            onChange={(e) => set('date', e.target.value)}
          />
        </Field>
        <Field label={t('encounterForm.channel')} error={errors.channel}>
          <select
            name="channel"
            value={values.channel}
            onChange={(e) => set('channel', e.target.value as Channel)}
          >
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`common:channel.${channel}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('encounterForm.duration')} optional error={errors.duration}>
          <input
            type="text"
            inputMode="numeric"
            name="duration"
            className="is-short"
            value={values.duration}
            onChange={(e) => set('duration', e.target.value)}
          />
        </Field>
      </div>
      <Field label={t('encounterForm.notes')} optional error={errors.notes}>
        <textarea name="notes" rows={3} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
      </Field>
      <FormError error={formError} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="button is-primary" disabled={busy}>
          {busy ? t('form.saving') : t('encounterForm.submit')}
        </button>
      </div>
    </form>
  );
}

/**
 * The quick log (Ctrl/Cmd+L from anywhere) and the editor of an existing encounter: participants by
 * type-ahead (new people created inline), the date (today by default, "yesterday" one key away, a
 * calendar beside it), channel, context by type-ahead (a new one created inline), duration, who
 * initiated, notes. A group encounter is one entry with several people. Ctrl/Cmd+Enter saves from any
 * field, the notes too.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHANNELS,
  type Channel,
  type Context,
  type Encounter,
  type Person,
} from '../../../shared/domain/schema';
import type { Client } from '../api/client';
import { Field } from '../components/Field';
import { FormActions } from '../components/FormActions';
import { FormError } from '../components/FormError';
import { PeoplePicker } from '../components/PeoplePicker';
import { useFormSubmit } from '../components/use-form-submit';
import { serverErrorsToForm } from '../forms/field-errors';
import { formatEncounterDate, todayIso } from '../i18n/format';
import { useClient, useLocale } from '../store/context';
import { ContextField } from './ContextField';
import {
  emptyQuickLog,
  parseDateInput,
  type QuickLogValues,
  quickLogFieldFor,
  shiftDay,
  toEncounterPatch,
  toQuickLogRequest,
  valuesFromEncounter,
} from './quick-log-form';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export type QuickLogDone =
  | { kind: 'logged'; encounter: Encounter; created: Person[]; createdContext?: Context }
  | { kind: 'updated'; encounter: Encounter };

interface Props {
  people: readonly Person[];
  contexts: readonly Context[];
  initialParticipants: readonly string[];
  /** Notes already written (the next step just done). */
  initialNotes?: string | undefined;
  /** Edit this encounter instead of logging a new one. */
  encounter?: Encounter;
  onDone: (result: QuickLogDone) => void;
  onCancel: () => void;
}

export function QuickLogForm({
  people,
  contexts,
  initialParticipants,
  initialNotes,
  encounter,
  onDone,
  onCancel,
}: Props) {
  const client = useClient();
  const locale = useLocale();
  const { t } = useTranslation('quickLog');
  const formRef = useRef<HTMLFormElement>(null);
  const pickerId = useId();
  const today = todayIso();
  const [values, setValues] = useState<QuickLogValues>(() =>
    encounter
      ? valuesFromEncounter(encounter, contexts)
      : { ...emptyQuickLog(today, initialParticipants), notes: initialNotes ?? '' },
  );
  const knownIds = useMemo(() => new Set(people.map((p) => p.id)), [people]);
  // Archived people can still be in an encounter being edited, but are not offered for new ones.
  const offered = useMemo(() => people.filter((p) => !p.archived), [people]);
  const validate = () =>
    encounter ? toEncounterPatch(values, knownIds, contexts) : toQuickLogRequest(values, knownIds, contexts);
  const { errors, formError, busy, submit } = useFormSubmit({
    formRef,
    validate,
    send: async (draft): Promise<QuickLogDone> => {
      if (encounter) {
        return {
          kind: 'updated',
          encounter: await client.encounters.update({ id: encounter.id, patch: draft }),
        };
      }
      const result = await client.encounters.log(draft as Parameters<Client['encounters']['log']>[0]);
      return { kind: 'logged', ...result };
    },
    onDone,
    serverErrors: (fields) => serverErrorsToForm(fields, quickLogFieldFor, 'participants'),
  });
  const set = <K extends keyof QuickLogValues>(key: K, value: QuickLogValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const isoDate = parseDateInput(values.date)?.slice(0, 10) ?? '';
  // A date after today is a planned meeting: it counts once its day has passed. A typo (2062 for 2026)
  // would otherwise be saved silently, so the first save asks.
  const [plannedAsked, setPlannedAsked] = useState<string | undefined>();
  const isFuture = isoDate !== '' && isoDate > today;
  const confirmRef = useRef<HTMLButtonElement>(null);
  const save = () => {
    // Mistakes first (they show as usual), then the question.
    if (isFuture && plannedAsked !== isoDate && validate().ok) {
      setPlannedAsked(`ask:${isoDate}`);
      requestAnimationFrame(() => confirmRef.current?.focus());
      return;
    }
    void submit();
  };

  return (
    <form
      ref={formRef}
      className="form quick-log"
      noValidate
      aria-busy={busy}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        // Ctrl/Cmd+Enter saves from any field, the notes too (Enter alone is a new line there).
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
          e.preventDefault();
          if (!busy) save();
        }
      }}
    >
      <Field
        label={t('quickLog:participants')}
        hint={encounter ? t('quickLog:participantsHintEdit') : t('quickLog:participantsHint')}
        error={errors.participants}
        controlId={pickerId}
      >
        <PeoplePicker
          inputId={pickerId}
          people={offered}
          value={values.participants}
          allowCreate={!encounter}
          onChange={(participants) => set('participants', participants)}
        />
      </Field>
      {/* The date, its quick choices and the calendar share one line: the Field gives its input the label and messages. */}
      <Field label={t('quickLog:date')} hint={t('quickLog:dateHint')} error={errors.date}>
        {(control) => (
          <div className="date-line">
            <input
              {...control}
              type="text"
              name="date"
              className="is-date"
              inputMode="numeric"
              autoComplete="off"
              value={values.date}
              onChange={(e) => set('date', e.target.value)}
            />
            <button type="button" className="button is-small" onClick={() => set('date', today)}>
              {t('quickLog:today')}
            </button>
            <button
              type="button"
              className="button is-small"
              onClick={() => set('date', shiftDay(today, -1))}
            >
              {t('quickLog:yesterday')}
            </button>
            <input
              type="date"
              className="calendar-input"
              // A helper for the mouse: keyboard users type the date or use Today / Yesterday.
              tabIndex={-1}
              aria-label={t('quickLog:calendar')}
              value={isoDate}
              onChange={(e) => e.target.value && set('date', e.target.value)}
            />
          </div>
        )}
      </Field>
      <div className="form-row">
        <Field label={t('quickLog:channel')} error={errors.channel}>
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
        <ContextField
          contexts={contexts}
          value={values.context}
          onChange={(context) => set('context', context)}
          allowCreate={!encounter}
          error={errors.context}
        />
      </div>
      <div className="form-row">
        <Field label={t('quickLog:duration')} optional error={errors.duration}>
          <input
            type="text"
            inputMode="numeric"
            name="duration"
            className="is-short"
            value={values.duration}
            onChange={(e) => set('duration', e.target.value)}
          />
        </Field>
        <Field label={t('quickLog:initiator')} optional error={errors.initiator}>
          <select
            name="initiator"
            value={values.initiator}
            onChange={(e) => set('initiator', e.target.value as QuickLogValues['initiator'])}
          >
            <option value="">{t('quickLog:initiatorUnknown')}</option>
            <option value="me">{t('common:initiator.me')}</option>
            <option value="them">{t('common:initiator.them')}</option>
          </select>
        </Field>
      </div>
      <Field label={t('quickLog:notes')} optional error={errors.notes}>
        <textarea name="notes" rows={3} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
      </Field>
      {isFuture && plannedAsked === `ask:${isoDate}` && (
        <div className="form-confirm" role="alert">
          <p className="form-confirm-question">
            {t('quickLog:futureQuestion', { date: formatEncounterDate(isoDate, locale) })}
          </p>
          <div className="inline-actions">
            <button
              ref={confirmRef}
              type="button"
              className="button is-primary"
              onClick={() => {
                setPlannedAsked(isoDate);
                void submit();
              }}
            >
              {t('quickLog:futureConfirm')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setPlannedAsked(undefined);
                formRef.current?.querySelector<HTMLInputElement>('input[name="date"]')?.focus();
              }}
            >
              {t('quickLog:futureChange')}
            </button>
          </div>
        </div>
      )}
      <FormError error={formError} />
      <p className="field-hint">{IS_MAC ? t('quickLog:saveShortcutMac') : t('quickLog:saveShortcut')}</p>
      <FormActions
        busy={busy}
        submitLabel={encounter ? t('quickLog:save') : t('quickLog:submit')}
        onCancel={onCancel}
      />
    </form>
  );
}

/**
 * A person's next step, wherever they are shown (the review, the side panel beside the map, the People view):
 * what it is and by when, "Done" with one click — which then offers to log the encounter, the quick log
 * filled in with the person and the step — and a small form to set, change or remove it. Every change is
 * one undo step (people.update, people.nextStepDone).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NextStep, Person } from '../../../shared/domain/schema';
import { Field } from '../components/Field';
import { useAction } from '../components/use-action';
import type { FieldMessage } from '../forms/field-errors';
import { formatAgendaDay } from '../i18n/person-dates';
import { useClient, useLocale } from '../store/context';
import { useActions, useAppState } from '../store/hooks';
import { type NextStepField, type NextStepValues, toNextStep } from './next-step-form';
import './next-step.css';

export function NextStepPanel({ person, compact = false }: { person: Person; compact?: boolean }) {
  const client = useClient();
  const actions = useActions();
  const locale = useLocale();
  const today = useAppState((s) => s.today);
  const { t } = useTranslation('agenda');
  const { busy, run } = useAction();
  const [editing, setEditing] = useState(false);
  /** The step just done: the offer to log the encounter stays until answered. */
  const [done, setDone] = useState<NextStep | undefined>();
  const headingId = useId();
  const offerRef = useRef<HTMLButtonElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const step = person.nextStep;
  const name = person.displayName;

  useEffect(() => {
    if (done) offerRef.current?.focus();
  }, [done]);

  const finish = async () => {
    const result = await run(
      () => client.people.nextStepDone({ id: person.id }),
      () => t('agenda:nextStep.doneStatus', { name }),
    );
    if (result) setDone(result.step);
  };
  const closeForm = () => {
    setEditing(false);
    // Back to the button that opened the form.
    requestAnimationFrame(() => editRef.current?.focus());
  };

  // Without a step only the link to set one shows (its heading stays for screen readers): a box per
  // person would make a review of thirty people a page of empty boxes.
  const empty = !done && !editing && !step;
  const titleClass = empty ? 'next-step-title visually-hidden' : 'next-step-title';
  return (
    <section
      className={['next-step', compact && 'is-compact', empty && 'is-empty'].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-next-step={person.id}
    >
      {/* On a card whose name is an h3, the step's title is one level below it. */}
      {compact ? (
        <h4 id={headingId} className={titleClass}>
          {t('agenda:nextStep.title')}
        </h4>
      ) : (
        <h3 id={headingId} className={titleClass}>
          {t('agenda:nextStep.title')}
        </h3>
      )}
      {done ? (
        <fieldset className="next-step-offer">
          <legend className="visually-hidden">{t('agenda:nextStep.offerLabel', { name })}</legend>
          <p>{t('agenda:nextStep.offer', { text: done.text })}</p>
          <button
            ref={offerRef}
            type="button"
            className="button is-primary is-small"
            onClick={() => {
              setDone(undefined);
              actions.logWith([person.id], { notes: done.text });
            }}
          >
            {t('agenda:nextStep.logIt')}
          </button>
          <button type="button" className="button is-small" onClick={() => setDone(undefined)}>
            {t('agenda:nextStep.notNow')}
          </button>
        </fieldset>
      ) : editing ? (
        <NextStepForm
          person={person}
          busy={busy}
          onCancel={closeForm}
          onSave={async (next) => {
            const saved = await run(
              () => client.people.update({ id: person.id, patch: { nextStep: next } }),
              () => t(next ? 'agenda:nextStep.saved' : 'agenda:nextStep.removed', { name }),
            );
            if (saved) closeForm();
          }}
        />
      ) : step ? (
        <div className="next-step-body">
          <p className="next-step-text">
            {step.text}
            {step.due && (
              <span className={step.due < today ? 'next-step-due is-late' : 'next-step-due'}>
                {' '}
                ·{' '}
                {t(step.due < today ? 'agenda:nextStep.late' : 'agenda:nextStep.due', {
                  date: formatAgendaDay(step.due, locale, today),
                })}
              </span>
            )}
          </p>
          <div className="next-step-actions">
            <button
              type="button"
              className="button is-small is-primary"
              disabled={busy}
              aria-label={t('agenda:nextStep.doneFor', { name })}
              onClick={() => void finish()}
            >
              {t('agenda:nextStep.done')}
            </button>
            <button
              ref={editRef}
              type="button"
              className="link-button is-small"
              aria-label={t('agenda:nextStep.editFor', { name })}
              onClick={() => setEditing(true)}
            >
              {t('agenda:nextStep.edit')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={editRef}
          type="button"
          className="link-button is-small"
          aria-label={t('agenda:nextStep.setFor', { name })}
          onClick={() => setEditing(true)}
        >
          {t('agenda:nextStep.set')}
        </button>
      )}
    </section>
  );
}

function NextStepForm({
  person,
  busy,
  onSave,
  onCancel,
}: {
  person: Person;
  busy: boolean;
  onSave: (step: { text: string; due?: string } | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('agenda');
  const [values, setValues] = useState<NextStepValues>({
    text: person.nextStep?.text ?? '',
    due: person.nextStep?.due ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<NextStepField, FieldMessage>>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[name="next-step-text"]')?.focus();
  }, []);
  return (
    <form
      ref={formRef}
      className="next-step-form"
      noValidate
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        const checked = toNextStep(values);
        setErrors(checked.ok ? {} : checked.errors);
        if (checked.ok) onSave(checked.step);
        else
          requestAnimationFrame(() =>
            formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
          );
      }}
    >
      <Field label={t('agenda:nextStep.text')} error={errors.text}>
        <input
          type="text"
          name="next-step-text"
          placeholder={t('agenda:nextStep.textPlaceholder')}
          value={values.text}
          onChange={(e) => setValues({ ...values, text: e.target.value })}
        />
      </Field>
      <Field
        label={t('agenda:nextStep.dueLabel')}
        optional
        hint={t('agenda:nextStep.dueHint')}
        error={errors.due}
      >
        <input
          type="text"
          name="next-step-due"
          inputMode="numeric"
          autoComplete="off"
          className="is-date"
          value={values.due}
          onChange={(e) => setValues({ ...values, due: e.target.value })}
        />
      </Field>
      <div className="inline-actions">
        <button type="submit" className="button is-primary is-small" disabled={busy}>
          {t('agenda:nextStep.save')}
        </button>
        {person.nextStep && (
          <button type="button" className="button is-small" disabled={busy} onClick={() => onSave(null)}>
            {t('agenda:nextStep.remove')}
          </button>
        )}
        <button type="button" className="link-button is-small" onClick={onCancel}>
          {t('app:form.cancel')}
        </button>
      </div>
    </form>
  );
}

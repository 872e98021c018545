/** Create or edit a person with every field: names, organisation, role, addresses, tags, rhythm, dates, contexts. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Context,
  PERSON_KINDS,
  type Person,
  type PersonKind,
  RING_NUMBERS,
} from '../../../../shared/domain/schema';
import type { PersonDraft, PersonPatch } from '../../../../shared/ipc/contract';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../components/use-form-submit';
import { serverErrorsToForm } from '../../forms/field-errors';
import { useClient } from '../../store/context';
import { PersonDatesFields } from './PersonDatesFields';
import {
  editorFieldFor,
  editorValues,
  type PersonEditorField,
  type PersonEditorValues,
  toPersonDraft,
  toPersonPatch,
} from './person-editor-form';

interface Props {
  contexts: readonly Context[];
  /** Edit this person; without, a new one is created. */
  person?: Person;
  onDone: (person: Person) => void;
  onCancel: () => void;
}

export function PersonEditor({ contexts, person, onDone, onCancel }: Props) {
  const client = useClient();
  const { t } = useTranslation('people');
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<PersonEditorValues>(() => editorValues(person));
  const { errors, formError, busy, submit } = useFormSubmit<
    PersonDraft | PersonPatch,
    PersonEditorField,
    Person
  >({
    formRef,
    validate: () => (person ? toPersonPatch(values) : toPersonDraft(values)),
    send: (draft) =>
      person
        ? client.people.update({ id: person.id, patch: draft as PersonPatch })
        : client.people.create(draft as PersonDraft),
    onDone,
    serverErrors: (fields) => serverErrorsToForm(fields, editorFieldFor, 'displayName'),
  });
  const set = <K extends keyof PersonEditorValues>(key: K, value: PersonEditorValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const text = (
    key: 'displayName' | 'givenName' | 'familyName' | 'organisation' | 'role',
    autofocus = false,
  ) => (
    <Field label={t(`people:person.${key}`)} optional={key !== 'displayName'} error={errors[key]}>
      <input
        type="text"
        name={key}
        data-autofocus={autofocus || undefined}
        value={values[key]}
        onChange={(e) => set(key, e.target.value)}
      />
    </Field>
  );

  return (
    <form
      ref={formRef}
      className="form person-editor"
      noValidate
      aria-busy={busy}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {text('displayName', true)}
      <div className="form-row">
        {text('givenName')}
        {text('familyName')}
      </div>
      <div className="form-row">
        {text('organisation')}
        {text('role')}
      </div>
      <div className="form-row">
        <Field
          label={t('people:person.emails')}
          optional
          hint={t('people:person.listHint')}
          error={errors.emails}
        >
          <textarea
            name="emails"
            rows={2}
            value={values.emails}
            onChange={(e) => set('emails', e.target.value)}
          />
        </Field>
        <Field
          label={t('people:person.phones')}
          optional
          hint={t('people:person.listHint')}
          error={errors.phones}
        >
          <textarea
            name="phones"
            rows={2}
            value={values.phones}
            onChange={(e) => set('phones', e.target.value)}
          />
        </Field>
      </div>
      <Field label={t('people:person.tags')} optional hint={t('people:person.tagsHint')} error={errors.tags}>
        <input type="text" name="tags" value={values.tags} onChange={(e) => set('tags', e.target.value)} />
      </Field>
      <div className="form-row">
        <Field label={t('people:person.kind')} error={errors.kind}>
          <select name="kind" value={values.kind} onChange={(e) => set('kind', e.target.value as PersonKind)}>
            {PERSON_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`common:personKind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('people:person.closeness')}
          optional
          hint={t('people:person.closenessHint')}
          error={errors.closeness}
        >
          <select
            name="closeness"
            value={values.closeness}
            onChange={(e) => set('closeness', e.target.value)}
          >
            <option value="">{t('people:person.notRated')}</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>
                {t(`people:person.closenessValue.${n}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="form-row">
        <Field
          label={t('people:person.pinnedRing')}
          optional
          hint={t('people:person.pinnedRingHint')}
          error={errors.pinnedRing}
        >
          <select
            name="pinnedRing"
            value={values.pinnedRing}
            onChange={(e) => set('pinnedRing', e.target.value)}
          >
            <option value="">{t('people:person.noPin')}</option>
            {RING_NUMBERS.map((n) => (
              <option key={n} value={String(n)}>
                {t(`engine:ring.${n}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('people:person.cadenceDays')}
          optional
          hint={t('people:person.cadenceHint')}
          error={errors.cadenceDays}
        >
          <input
            type="text"
            inputMode="numeric"
            name="cadenceDays"
            className="is-short"
            value={values.cadenceDays}
            onChange={(e) => set('cadenceDays', e.target.value)}
          />
        </Field>
      </div>
      <PersonDatesFields
        birthday={values.birthday}
        dates={values.dates}
        errors={{ birthday: errors.birthday, dates: errors.dates }}
        onBirthday={(value) => set('birthday', value)}
        onDates={(value) => set('dates', value)}
      />
      {contexts.length > 0 && (
        <fieldset className="field checkbox-group">
          <legend className="field-label">
            {t('people:person.contexts')} <span className="field-optional">({t('app:form.optional')})</span>
          </legend>
          {contexts.map((c) => (
            <label key={c.id} className="checkbox">
              <input
                type="checkbox"
                checked={values.contexts.includes(c.id)}
                onChange={(e) =>
                  set(
                    'contexts',
                    e.target.checked
                      ? [...values.contexts, c.id]
                      : values.contexts.filter((id) => id !== c.id),
                  )
                }
              />
              {c.name} <span className="muted">({t(`common:contextKind.${c.kind}`)})</span>
            </label>
          ))}
        </fieldset>
      )}
      <Field label={t('people:person.notes')} optional error={errors.notes}>
        <textarea name="notes" rows={3} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
      </Field>
      <FormError error={formError} />
      <FormActions
        busy={busy}
        submitLabel={person ? t('people:person.save') : t('people:person.create')}
        onCancel={onCancel}
      />
    </form>
  );
}

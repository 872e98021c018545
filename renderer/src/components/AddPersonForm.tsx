/** The form inside the "Add person" dialog. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSON_KINDS, type Person } from '../../../shared/domain/schema';
import { serverErrorsToForm } from '../forms/field-errors';
import { emptyPersonForm, personFieldFor, toPersonDraft } from '../forms/person-form';
import { useClient } from '../store/context';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { FormError } from './FormError';
import { useFormSubmit } from './use-form-submit';

interface Props {
  onDone: (person: Person) => void;
  onCancel: () => void;
}

export function AddPersonForm({ onDone, onCancel }: Props) {
  const client = useClient();
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(emptyPersonForm);
  const { errors, formError, busy, submit } = useFormSubmit({
    formRef,
    validate: () => toPersonDraft(values),
    send: (draft) => client.people.create(draft),
    onDone,
    serverErrors: (fields) => serverErrorsToForm(fields, personFieldFor, 'name'),
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
      <Field label={t('personForm.name')} error={errors.name}>
        <input
          type="text"
          name="name"
          data-autofocus
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
        />
      </Field>
      <Field label={t('personForm.email')} optional error={errors.email}>
        <input
          type="email"
          name="email"
          value={values.email}
          onChange={(e) => set('email', e.target.value)}
        />
      </Field>
      <Field label={t('personForm.organisation')} optional error={errors.organisation}>
        <input
          type="text"
          name="organisation"
          value={values.organisation}
          onChange={(e) => set('organisation', e.target.value)}
        />
      </Field>
      <Field label={t('personForm.kind')} error={errors.kind}>
        <select
          name="kind"
          value={values.kind}
          onChange={(e) => set('kind', e.target.value as Person['kind'])}
        >
          {PERSON_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`common:personKind.${kind}`)}
            </option>
          ))}
        </select>
      </Field>
      <FormError error={formError} />
      <FormActions busy={busy} submitLabel={t('personForm.submit')} onCancel={onCancel} />
    </form>
  );
}

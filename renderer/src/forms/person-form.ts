/** The "Add person" form: its values, and the draft it sends (or the field errors it shows). */
import type { PersonKind } from '../../../shared/domain/schema';
import { PersonDraft } from '../../../shared/ipc/contract';
import { type FieldErrors, type FieldMessage, type FormResult, issuesToErrors } from './field-errors';

export interface PersonFormValues {
  name: string;
  email: string;
  organisation: string;
  kind: PersonKind;
}
export type PersonField = keyof PersonFormValues;

export const emptyPersonForm = (): PersonFormValues => ({
  name: '',
  email: '',
  organisation: '',
  kind: 'other',
});

export function toPersonDraft(values: PersonFormValues): FormResult<PersonDraft, PersonField> {
  const email = values.email.trim();
  const organisation = values.organisation.trim();
  const candidate = {
    displayName: values.name.trim(),
    kind: values.kind,
    ...(email ? { emails: [email] } : {}),
    ...(organisation ? { organisation } : {}),
  };
  const parsed = PersonDraft.safeParse(candidate);
  if (parsed.success) return { ok: true, draft: parsed.data };
  const errors: FieldErrors<PersonField> = issuesToErrors<PersonField>(
    parsed.error.issues,
    (path) => {
      const field = personFieldFor(String(path[0] ?? ''));
      if (!field) return undefined;
      return [field, messageFor(field, candidate.displayName)];
    },
    'name',
  );
  return { ok: false, errors };
}

/** The form field behind a request path such as `displayName` or `emails.0`. */
export function personFieldFor(path: string): PersonField | undefined {
  const head = path.split('.')[0];
  if (head === 'displayName') return 'name';
  if (head === 'emails') return 'email';
  if (head === 'organisation') return 'organisation';
  if (head === 'kind') return 'kind';
  return undefined;
}

function messageFor(field: PersonField, name: string): FieldMessage {
  switch (field) {
    case 'name':
      return { key: name === '' ? 'personForm.errors.nameRequired' : 'personForm.errors.nameTooLong' };
    case 'email':
      return { key: 'personForm.errors.emailInvalid' };
    case 'organisation':
      return { key: 'personForm.errors.organisationTooLong' };
    case 'kind':
      return { key: 'form.fieldInvalid', values: { message: field } };
  }
}

import { describe, expect, it } from 'vitest';
import { serverErrorsToForm } from '../../../renderer/src/forms/field-errors';
import { personFieldFor, toPersonDraft } from '../../../renderer/src/forms/person-form';

describe('toPersonDraft', () => {
  it('builds a trimmed draft, leaving empty optional fields out', () => {
    expect(
      toPersonDraft({
        name: '  Anna Berger ',
        email: ' anna@example.com ',
        organisation: '',
        kind: 'client',
      }),
    ).toEqual({
      ok: true,
      draft: { displayName: 'Anna Berger', emails: ['anna@example.com'], kind: 'client' },
    });
  });

  it('reports an empty name and a bad e-mail on their own fields', () => {
    expect(toPersonDraft({ name: '   ', email: 'anna@', organisation: '', kind: 'other' })).toEqual({
      ok: false,
      errors: {
        name: { key: 'personForm.errors.nameRequired' },
        email: { key: 'personForm.errors.emailInvalid' },
      },
    });
  });

  it('reports a name that is too long', () => {
    const result = toPersonDraft({ name: 'x'.repeat(201), email: '', organisation: '', kind: 'other' });
    expect(result).toEqual({ ok: false, errors: { name: { key: 'personForm.errors.nameTooLong' } } });
  });
});

describe('serverErrorsToForm', () => {
  it('puts each reported field on its form field, unknown paths on the fallback', () => {
    expect(
      serverErrorsToForm({ 'emails.0': 'not a valid e-mail address', zzz: 'odd' }, personFieldFor, 'name'),
    ).toEqual({
      email: { key: 'form.fieldInvalid', values: { message: 'not a valid e-mail address' } },
      name: { key: 'form.fieldInvalid', values: { message: 'odd' } },
    });
  });
});

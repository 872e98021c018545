import { describe, expect, it } from 'vitest';
import { serverErrorsToForm } from '../../../renderer/src/forms/field-errors';
import { personFieldFor, toPersonDraft } from '../../../renderer/src/forms/person-form';
import { optionalNumber, readNumber, requiredNumber } from '../../../renderer/src/forms/schema-field';
import {
  editorValues,
  toPersonDraft as toEditorDraft,
} from '../../../renderer/src/views/people/person-editor-form';
import { PersonPatch, SettingsPatch } from '../../../shared/ipc/contract';

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

describe('forms checked by the contract schemas', () => {
  it('reads numbers as typed and checks them by the schema', () => {
    const keep = SettingsPatch.shape.backups.unwrap().shape.keep;
    const invalid = { key: 'settings:keepInvalid' };
    expect(readNumber('0,7')).toBe(0.7);
    expect(requiredNumber(keep, ' 30 ', invalid)).toEqual({ ok: true, value: 30 });
    expect(requiredNumber(keep, '366', invalid)).toEqual({ ok: false, error: invalid });
    expect(requiredNumber(keep, '2.5', invalid)).toEqual({ ok: false, error: invalid });
    expect(optionalNumber(PersonPatch.shape.cadenceDays, '', invalid)).toEqual({ ok: true, value: null });
    expect(optionalNumber(PersonPatch.shape.cadenceDays, 'x', invalid)).toEqual({
      ok: false,
      error: invalid,
    });
  });

  it('checks the person editor by PersonDraft: each rule on its field', () => {
    const values = {
      ...editorValues(),
      displayName: '',
      emails: 'a@example.org\nnot-an-address',
      cadenceDays: '0',
    };
    const result = toEditorDraft(values);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.displayName?.key).toBe('people:person.errors.nameRequired');
    expect(result.errors.emails).toEqual({
      key: 'people:person.errors.emailInvalid',
      values: { value: 'not-an-address' },
    });
    expect(result.errors.cadenceDays?.key).toBe('people:person.errors.cadenceInvalid');
    const ok = toEditorDraft({ ...editorValues(), displayName: ' Anna ', tags: 'a, b', cadenceDays: '21' });
    expect(ok).toMatchObject({ ok: true, draft: { displayName: 'Anna', tags: ['a', 'b'], cadenceDays: 21 } });
  });
});

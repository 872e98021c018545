import { describe, expect, it } from 'vitest';
import { toEncounterDraft } from '../../../renderer/src/forms/encounter-form';
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

describe('toEncounterDraft', () => {
  const known = new Set(['p1', 'p2']);
  const base = {
    participants: ['p1', 'p2'],
    date: '2026-11-20',
    channel: 'call' as const,
    duration: '',
    notes: '',
  };

  it('builds a draft with optional duration and notes', () => {
    expect(toEncounterDraft({ ...base, duration: '45', notes: ' lunch ' }, known)).toEqual({
      ok: true,
      draft: {
        participants: ['p1', 'p2'],
        date: '2026-11-20',
        channel: 'call',
        durationMinutes: 45,
        notes: 'lunch',
      },
    });
    expect(toEncounterDraft(base, known)).toEqual({
      ok: true,
      draft: { participants: ['p1', 'p2'], date: '2026-11-20', channel: 'call' },
    });
  });

  it('requires people, a real date and whole minutes', () => {
    const result = toEncounterDraft(
      { ...base, participants: [], date: '2026-02-30', duration: '1.5' },
      known,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        participants: { key: 'encounterForm.errors.participantsRequired' },
        date: { key: 'encounterForm.errors.dateInvalid' },
        duration: { key: 'encounterForm.errors.durationInvalid' },
      },
    });
    expect(toEncounterDraft({ ...base, date: '' }, known)).toMatchObject({ ok: false, errors: { date: {} } });
    expect(toEncounterDraft({ ...base, duration: String(60 * 24 * 15) }, known)).toMatchObject({
      ok: false,
      errors: { duration: { key: 'encounterForm.errors.durationInvalid' } },
    });
  });

  it('refuses a participant that no longer exists', () => {
    expect(toEncounterDraft({ ...base, participants: ['p1', 'gone'] }, known)).toEqual({
      ok: false,
      errors: { participants: { key: 'encounterForm.errors.participantUnknown' } },
    });
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

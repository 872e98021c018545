// The window's pure parts of dates and next steps: the person editor's date fields and the draft they
// become (checked by the contract's schema: 30 February and the year 0 refused, with the field and the
// row), the next step's form, the People table's next date, the agenda view's sections, and the coaching
// pack's next steps (left out of an anonymised print).
import { describe, expect, it } from 'vitest';
import { toNextStep } from '../../../renderer/src/next-step/next-step-form';
import { yearsSince } from '../../../renderer/src/person-dates/PersonDateFacts';
import { agreedActions } from '../../../renderer/src/print/print-pack';
import { groupAgenda } from '../../../renderer/src/views/agenda/agenda-groups';
import { buildRows, nextDateOf, sortRows } from '../../../renderer/src/views/people/people-table';
import { dateText, emptyNamedDate } from '../../../renderer/src/views/people/person-dates-form';
import {
  editorValues,
  toPersonDraft,
  toPersonPatch,
} from '../../../renderer/src/views/people/person-editor-form';
import { agendaOf } from '../../../shared/agenda/agenda';
import { defaultModelParams } from '../../../shared/domain/model-params';
import { anonymiseData } from '../../../shared/print/anonymise';
import { printDataFrom } from '../../../shared/print/options';
import { person } from '../../harness/fixtures';

describe('the date fields', () => {
  it('make YYYY-MM-DD, --MM-DD without a year, or nothing; half a date is an error', () => {
    expect(dateText({ day: '', month: '', year: '' })).toEqual({ ok: true, date: undefined });
    expect(dateText({ day: '10', month: '12', year: '1980' })).toEqual({ ok: true, date: '1980-12-10' });
    expect(dateText({ day: '1', month: '2', year: '' })).toEqual({ ok: true, date: '--02-01' });
    expect(dateText({ day: '10', month: '', year: '' })).toMatchObject({
      ok: false,
      error: { key: 'people:dates.errors.incomplete' },
    });
    expect(dateText({ day: '', month: '', year: '1980' }).ok).toBe(false);
    expect(dateText({ day: '10', month: '12', year: '80' })).toMatchObject({
      ok: false,
      error: { key: 'people:dates.errors.year' },
    });
  });

  it('are checked with the rest of the person by the contract: 30 February and the year 0 are refused', () => {
    const values = editorValues(person('a', { displayName: 'Anna' }));
    const feb30 = toPersonDraft({ ...values, birthday: { day: '30', month: '2', year: '' } });
    expect(feb30).toEqual({ ok: false, errors: { birthday: { key: 'people:dates.errors.impossible' } } });
    const yearZero = toPersonDraft({ ...values, birthday: { day: '1', month: '5', year: '0000' } });
    expect(yearZero.ok).toBe(false);
    const row = { ...emptyNamedDate(), label: 'Renewal', day: '31', month: '4', year: '2027' };
    expect(toPersonDraft({ ...values, dates: [emptyNamedDate(), row] })).toEqual({
      ok: false,
      errors: { dates: { key: 'people:dates.errors.impossibleRow', values: { row: '1' } } },
    });
    const unnamed = { ...emptyNamedDate(), day: '5', month: '6', year: '' };
    expect(toPersonDraft({ ...values, dates: [unnamed] })).toEqual({
      ok: false,
      errors: { dates: { key: 'people:dates.errors.labelRow', values: { row: '1' } } },
    });
    // 29 February without a year is a day a person can have.
    expect(toPersonDraft({ ...values, birthday: { day: '29', month: '2', year: '' } })).toMatchObject({
      ok: true,
      draft: { birthday: '--02-29' },
    });
  });

  it('come back from a person and go out as a patch that clears what was emptied', () => {
    const anna = person('a', {
      displayName: 'Anna',
      birthday: '1980-12-10',
      dates: [{ label: 'Name day', date: '--07-26' }],
    });
    const values = editorValues(anna);
    expect(values.birthday).toEqual({ day: '10', month: '12', year: '1980' });
    expect(values.dates).toMatchObject([{ label: 'Name day', day: '26', month: '7', year: '' }]);
    expect(toPersonPatch(values)).toMatchObject({
      ok: true,
      draft: { birthday: '1980-12-10', dates: [{ label: 'Name day', date: '--07-26' }] },
    });
    const cleared = toPersonPatch({ ...values, birthday: { day: '', month: '', year: '' }, dates: [] });
    expect(cleared).toMatchObject({ ok: true, draft: { birthday: null, dates: [] } });
  });

  it('count the years since, 29 February coming on 28 February', () => {
    expect(yearsSince('1980-12-10', '2026-12-09')).toBe(45);
    expect(yearsSince('1980-12-10', '2026-12-10')).toBe(46);
    expect(yearsSince('1992-02-29', '2027-02-28')).toBe(35);
    expect(yearsSince('--12-10', '2026-12-10')).toBeNull();
  });
});

describe('the next step form', () => {
  it('takes a text and a day typed as people write it; refuses what is no day', () => {
    expect(toNextStep({ text: ' Send the offer ', due: '' })).toEqual({
      ok: true,
      step: { text: 'Send the offer' },
    });
    expect(toNextStep({ text: 'Call', due: '3.12.2026' })).toEqual({
      ok: true,
      step: { text: 'Call', due: '2026-12-03' },
    });
    expect(toNextStep({ text: '', due: '31.11.2026' })).toEqual({
      ok: false,
      errors: { text: { key: 'agenda:nextStep.errors.text' }, due: { key: 'agenda:nextStep.errors.due' } },
    });
    expect(toNextStep({ text: 'Call', due: '2026-12-03T10:00+01:00' }).ok).toBe(false);
    expect(toNextStep({ text: 'x'.repeat(501), due: '' })).toEqual({
      ok: false,
      errors: { text: { key: 'agenda:nextStep.errors.tooLong' } },
    });
  });
});

describe('the People table’s next date', () => {
  it('is the birthday or named date that comes next, within a year; sorted soonest first', () => {
    const people = [
      person('a', { displayName: 'Anna', birthday: '1980-12-10' }),
      person('b', {
        displayName: 'Ben',
        dates: [{ label: 'Renewal', date: '2027-01-05' }],
        birthday: '--03-01',
      }),
      person('c', { displayName: 'Cleo' }),
      person('d', { displayName: 'Dora', birthday: '--02-29' }),
    ];
    expect(nextDateOf(people[0]!, '2026-12-01')).toEqual({ date: '2026-12-10' });
    expect(nextDateOf(people[1]!, '2026-12-01')).toEqual({ date: '2027-01-05', label: 'Renewal' });
    expect(nextDateOf(people[2]!, '2026-12-01')).toBeNull();
    expect(nextDateOf(people[3]!, '2026-12-01')).toEqual({ date: '2027-02-28' });
    const rows = buildRows(people, new Map(), '2026-12-01');
    expect(sortRows(rows, 'nextDate', 'ascending', 'en').map((r) => r.person.displayName)).toEqual([
      'Anna',
      'Ben',
      'Dora',
      'Cleo',
    ]);
  });
});

describe('the agenda view’s sections', () => {
  it('are late, today, tomorrow, each later day, and next steps without a day', () => {
    const people = [
      person('a', {
        displayName: 'Anna',
        birthday: '--12-02',
        nextStep: { text: 'Call', due: '2026-11-30' },
      }),
      person('b', { displayName: 'Ben', birthday: '--12-01', nextStep: { text: 'Write' } }),
      person('c', { displayName: 'Cleo', dates: [{ label: 'Renewal', date: '--12-05' }] }),
    ];
    const agenda = agendaOf({ people, review: { overdue: [], dueSoon: [] }, asOf: '2026-12-01', days: 7 });
    expect(
      groupAgenda(agenda.items, '2026-12-01').map((g) => [
        g.kind === 'day' ? g.date : g.kind,
        g.items.map((i) => `${i.kind}:${i.name}`),
      ]),
    ).toEqual([
      ['late', ['next-step:Anna']],
      ['today', ['birthday:Ben']],
      ['tomorrow', ['birthday:Anna']],
      ['2026-12-05', ['date:Cleo']],
      ['noDay', ['next-step:Ben']],
    ]);
  });
});

describe('the coaching pack’s next steps', () => {
  const format = {
    t: (key: string) => key,
    date: (iso: string) => `[${iso}]`,
    number: (value: number) => String(value),
  };
  const snapshot = {
    people: [
      person('a', { displayName: 'Anna', nextStep: { text: 'Call', due: '2026-11-30' } }),
      person('b', { displayName: 'Ben', nextStep: { text: 'Write' } }),
      person('c', { displayName: 'Cleo', nextStep: { text: 'Visit', due: '2026-12-03' } }),
      person('d', { displayName: 'Dora', nextStep: { text: 'Gone' }, archived: true }),
    ],
    encounters: [],
    contexts: [],
    ties: [],
    settings: { ownerName: 'Kim', model: defaultModelParams },
  };

  it('lists the open ones for the agreed actions box by due day (late marked, undated last)', () => {
    const data = printDataFrom(snapshot);
    expect(agreedActions(data.people, '2026-12-01', false, format)).toEqual([
      { id: 'a', name: 'Anna', text: 'Call', due: '[2026-11-30] print:pack.actions.late', late: true },
      { id: 'c', name: 'Cleo', text: 'Visit', due: '[2026-12-03]', late: false },
      { id: 'b', name: 'Ben', text: 'Write', due: '', late: false },
    ]);
  });

  it('never reaches an anonymised print: the text may name anyone', () => {
    const anonymised = anonymiseData(
      printDataFrom(snapshot),
      'initials',
      (kind, letter) => `${kind} ${letter}`,
    );
    expect(anonymised.data.people.some((p) => 'nextStep' in p)).toBe(false);
    expect(JSON.stringify(anonymised.data)).not.toContain('Visit');
    expect(agreedActions(anonymised.data.people, '2026-12-01', true, format)).toEqual([]);
  });
});

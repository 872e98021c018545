// The pure parts of everyday use (renderer/src/quick-log, views, settings, charts, welcome):
// forms to requests, shortcuts, the people table, goals and touches, the review queue, chart series.

import { describe, expect, it } from 'vitest';
import { type KeyPress, shortcutFor } from '../../renderer/src/app/nav';
import { channelGroupSeries, peopleMetPerMonth, topShareSeries } from '../../renderer/src/charts/series';
import {
  emptyQuickLog,
  parseDateInput,
  resolveContext,
  shiftDay,
  toEncounterPatch,
  toQuickLogRequest,
} from '../../renderer/src/quick-log/quick-log-form';
import { modelValues, readNumber, toModel } from '../../renderer/src/settings/model-form';
import { viewFromHash } from '../../renderer/src/store/app-store';
import { buildRows, filterRows, NO_FILTER, sortRows } from '../../renderer/src/views/people/people-table';
import {
  editorValues,
  toPersonDraft,
  toPersonPatch,
} from '../../renderer/src/views/people/person-editor-form';
import { goalProgress, touchBoard, weekOf } from '../../renderer/src/views/plan/goals';
import { reviewQueue, snoozeUntil } from '../../renderer/src/views/review/queue';
import { showWelcome } from '../../renderer/src/views/welcome/welcome-state';
import { defaultModelParams } from '../../shared/domain/model-params';
import { type Encounter, emptyDatabase, type Person } from '../../shared/domain/schema';
import { computeNetwork } from '../../shared/engine/index';
import type { PersonResult, ReviewItem } from '../../shared/engine/types';
import { person } from '../harness/fixtures';

const STAMP = '2026-01-01T00:00:00.000Z';
const encounter = (
  id: string,
  date: string,
  participants: string[],
  channel: Encounter['channel'] = 'in_person',
): Encounter => ({
  id,
  date,
  participants,
  channel,
  notes: '',
  createdAt: STAMP,
  updatedAt: STAMP,
});

describe('quick log form', () => {
  const known = new Set(['anna', 'ben']);
  const contexts = [{ id: 'club', name: 'Rowing Club' }];

  it('reads dates as typed: ISO, day-first with dots or slashes, date-times; refuses impossible days', () => {
    expect(parseDateInput('2026-11-27')).toBe('2026-11-27');
    expect(parseDateInput(' 27.11.2026 ')).toBe('2026-11-27');
    expect(parseDateInput('3/2/2026')).toBe('2026-02-03');
    expect(parseDateInput('2026-02-27T18:30+01:00')).toBe('2026-02-27T18:30+01:00');
    for (const bad of [
      '2026-02-30',
      '31.02.2026',
      '2026-13-01',
      '27 Nov 2026',
      'yesterday',
      '',
      '2026-1-5',
    ]) {
      expect(parseDateInput(bad), bad).toBeUndefined();
    }
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDay('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('turns the values into an encounters.log request with existing and new people', () => {
    const values = {
      ...emptyQuickLog('2026-11-27', ['anna']),
      participants: [{ id: 'anna' }, { newName: '  Nora Fink ' }],
      date: '26.11.2026',
      channel: 'event' as const,
      context: 'rowing CLUB',
      duration: '90',
      initiator: 'them' as const,
      notes: '  lunch ',
    };
    expect(toQuickLogRequest(values, known, contexts)).toEqual({
      ok: true,
      draft: {
        date: '2026-11-26',
        participants: ['anna'],
        newPeople: ['Nora Fink'],
        channel: 'event',
        contextId: 'club',
        durationMinutes: 90,
        initiator: 'them',
        notes: 'lunch',
      },
    });
  });

  it('names every problem with its field and sends nothing', () => {
    const result = toQuickLogRequest(
      { ...emptyQuickLog('2026-11-27'), date: '2026-02-30', duration: '1.5', context: 'x'.repeat(201) },
      known,
      contexts,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        participants: { key: 'quickLog:errors.participantsRequired' },
        date: { key: 'quickLog:errors.dateInvalid' },
        duration: { key: 'quickLog:errors.durationInvalid' },
        context: { key: 'quickLog:errors.contextTooLong' },
      },
    });
    const ghost = toQuickLogRequest({ ...emptyQuickLog('2026-11-27', ['ghost']) }, known, contexts);
    expect(ghost).toMatchObject({
      ok: false,
      errors: { participants: { key: 'quickLog:errors.participantUnknown' } },
    });
    const noDate = toQuickLogRequest({ ...emptyQuickLog('', ['anna']) }, known, contexts);
    expect(noDate).toMatchObject({
      ok: false,
      errors: { date: { key: 'quickLog:errors.dateRequired' } },
    });
  });

  it('edits clear optional fields with null and refuse new people', () => {
    const values = { ...emptyQuickLog('2026-11-27', ['anna', 'ben']) };
    expect(toEncounterPatch(values, known, contexts)).toEqual({
      ok: true,
      draft: {
        date: '2026-11-27',
        participants: ['anna', 'ben'],
        channel: 'in_person',
        contextId: null,
        durationMinutes: null,
        initiator: null,
        notes: '',
      },
    });
    expect(toEncounterPatch({ ...values, participants: [{ newName: 'X' }] }, known, contexts)).toMatchObject({
      ok: false,
      errors: { participants: { key: 'quickLog:errors.noNewWhileEditing' } },
    });
    expect(toEncounterPatch({ ...values, context: 'Chess Club' }, known, contexts)).toMatchObject({
      ok: false,
      errors: { context: { key: 'quickLog:errors.contextNewWhileEditing' } },
    });
    expect(toEncounterPatch({ ...values, context: 'Rowing Club' }, known, contexts)).toMatchObject({
      ok: true,
      draft: { contextId: 'club' },
    });
  });

  it('names a context that does not exist yet as a new one, in the same request', () => {
    const values = { ...emptyQuickLog('2026-11-27', ['anna']), context: '  Chess   Club ' };
    expect(toQuickLogRequest(values, known, contexts)).toMatchObject({
      ok: true,
      draft: { newContext: 'Chess Club' },
    });
    expect(resolveContext('', contexts)).toEqual({ kind: 'none' });
    expect(resolveContext('Rówing club', contexts)).toEqual({ kind: 'existing', id: 'club' });
  });
});

describe('shortcuts', () => {
  const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
    key,
    ctrlKey: true,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    inTextField: false,
    inDialog: false,
    ...extra,
  });

  it('maps Ctrl+L, Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and Ctrl+1…7; Cmd on a Mac', () => {
    expect(shortcutFor(press('l'), false)).toEqual({ kind: 'quickLog' });
    expect(shortcutFor(press('L', { inTextField: true }), false)).toEqual({ kind: 'quickLog' });
    expect(shortcutFor(press('z'), false)).toEqual({ kind: 'undo' });
    expect(shortcutFor(press('Z', { shiftKey: true }), false)).toEqual({ kind: 'redo' });
    expect(shortcutFor(press('y'), false)).toEqual({ kind: 'redo' });
    expect(shortcutFor(press('2'), false)).toEqual({ kind: 'view', view: 'people' });
    expect(shortcutFor(press('4'), false)).toEqual({ kind: 'view', view: 'agenda' });
    expect(shortcutFor(press('7'), false)).toEqual({ kind: 'view', view: 'settings' });
    expect(shortcutFor(press('z', { ctrlKey: false, metaKey: true }), true)).toEqual({ kind: 'undo' });
    expect(shortcutFor(press('z'), true)).toBeUndefined();
  });

  it('leaves text fields their own undo and dialogs their own keys', () => {
    expect(shortcutFor(press('z', { inTextField: true }), false)).toBeUndefined();
    expect(shortcutFor(press('z', { inDialog: true }), false)).toBeUndefined();
    expect(shortcutFor(press('l', { inDialog: true }), false)).toBeUndefined();
    expect(shortcutFor(press('z', { ctrlKey: false }), false)).toBeUndefined();
    expect(shortcutFor(press('8'), false)).toBeUndefined();
  });

  it('reads the view from the address fragment', () => {
    expect(viewFromHash('#review')).toBe('review');
    expect(viewFromHash('#/plan')).toBe('plan');
    expect(viewFromHash('')).toBe('map');
    expect(viewFromHash('#nowhere')).toBe('map');
  });
});

describe('people table', () => {
  const people = [
    person('a', { displayName: 'Zoë Adler', organisation: 'ACME', kind: 'client', tags: ['golf'] }),
    person('b', { displayName: 'Ben Berg', kind: 'friend', contexts: ['club'] }),
    person('c', { displayName: 'Clara Öz', kind: 'client', archived: true, emails: ['clara@example.org'] }),
    person('d', { displayName: 'anna Ulm', kind: 'other' }),
  ];
  const results = new Map<string, PersonResult>([
    ['a', { ring: 2, lastContact: '2026-10-01', encounters: 5, status: 'ok' } as PersonResult],
    ['b', { ring: 1, lastContact: '2026-01-01', encounters: 20, status: 'lapsing' } as PersonResult],
    ['d', { ring: 'known', lastContact: '2026-11-01', encounters: 1, status: 'due' } as PersonResult],
  ]);
  const rows = buildRows(people, results);
  const names = (list: typeof rows) => list.map((r) => r.person.displayName);

  it('searches names, organisations, e-mails and tags ignoring case and accents; filters kind, context, archive', () => {
    expect(names(filterRows(rows, { ...NO_FILTER, query: 'zoe' }))).toEqual(['Zoë Adler']);
    expect(names(filterRows(rows, { ...NO_FILTER, query: 'acme GOLF' }))).toEqual(['Zoë Adler']);
    expect(names(filterRows(rows, { ...NO_FILTER, query: 'oz', show: 'all' }))).toEqual(['Clara Öz']);
    expect(names(filterRows(rows, { ...NO_FILTER, query: 'clara@' }))).toEqual([]);
    expect(names(filterRows(rows, { ...NO_FILTER, kind: 'client', show: 'all' }))).toEqual([
      'Zoë Adler',
      'Clara Öz',
    ]);
    expect(names(filterRows(rows, { ...NO_FILTER, contextId: 'club' }))).toEqual(['Ben Berg']);
    expect(names(filterRows(rows, { ...NO_FILTER, show: 'archived' }))).toEqual(['Clara Öz']);
  });

  it('sorts by each column, both ways, names breaking ties', () => {
    expect(names(sortRows(rows, 'name', 'ascending', 'en'))).toEqual([
      'anna Ulm',
      'Ben Berg',
      'Clara Öz',
      'Zoë Adler',
    ]);
    expect(names(sortRows(rows, 'ring', 'ascending', 'en'))).toEqual([
      'Ben Berg',
      'Zoë Adler',
      'anna Ulm',
      'Clara Öz',
    ]);
    expect(names(sortRows(rows, 'lastContact', 'ascending', 'en'))).toEqual([
      'Ben Berg',
      'Zoë Adler',
      'anna Ulm',
      'Clara Öz',
    ]);
    expect(names(sortRows(rows, 'encounters', 'descending', 'en'))).toEqual([
      'Ben Berg',
      'Zoë Adler',
      'anna Ulm',
      'Clara Öz',
    ]);
    expect(names(sortRows(rows, 'status', 'ascending', 'en'))).toEqual([
      'Ben Berg',
      'anna Ulm',
      'Zoë Adler',
      'Clara Öz',
    ]);
    expect(names(sortRows(rows, 'organisation', 'ascending', 'en'))[0]).toBe('Zoë Adler');
  });
});

describe('person editor form', () => {
  it('sends every field, lists split by lines and commas', () => {
    const values = {
      ...editorValues(),
      displayName: ' Anna Berger ',
      emails: 'anna@example.org\n a.berger@work.example ',
      phones: '+43 1 234, +43 660 1',
      tags: 'Vienna, golf,,',
      closeness: '4',
      pinnedRing: '2',
      cadenceDays: '30',
      kind: 'client' as const,
    };
    expect(toPersonDraft(values)).toEqual({
      ok: true,
      draft: {
        displayName: 'Anna Berger',
        emails: ['anna@example.org', 'a.berger@work.example'],
        phones: ['+43 1 234', '+43 660 1'],
        tags: ['Vienna', 'golf'],
        contexts: [],
        kind: 'client',
        notes: '',
        closeness: 4,
        pinnedRing: 2,
        cadenceDays: 30,
      },
    });
  });

  it('clears optional fields with null in a patch and reports bad values by field', () => {
    const patch = toPersonPatch(
      editorValues(person('a', { displayName: 'Anna', organisation: 'ACME', closeness: 3 })),
    );
    expect(patch).toMatchObject({
      ok: true,
      draft: { organisation: 'ACME', closeness: 3, role: null, cadenceDays: null },
    });
    expect(
      toPersonDraft({ ...editorValues(), displayName: '  ', emails: 'not-an-address', cadenceDays: '0' }),
    ).toEqual({
      ok: false,
      errors: {
        displayName: { key: 'people:person.errors.nameRequired' },
        emails: { key: 'people:person.errors.emailInvalid', values: { value: 'not-an-address' } },
        cadenceDays: { key: 'people:person.errors.cadenceInvalid' },
      },
    });
  });
});

describe('plan: weekly goals and touches', () => {
  it('finds the Monday-to-Sunday week of a day', () => {
    expect(weekOf('2026-11-27')).toEqual({ start: '2026-11-23', end: '2026-11-29' }); // a Friday
    expect(weekOf('2026-11-23')).toEqual({ start: '2026-11-23', end: '2026-11-29' }); // Monday
    expect(weekOf('2026-11-29')).toEqual({ start: '2026-11-23', end: '2026-11-29' }); // Sunday
    expect(weekOf('2027-01-01')).toEqual({ start: '2026-12-28', end: '2027-01-03' });
  });

  it('counts distinct people of the inner rings met on the goal’s channels this week', () => {
    const people = new Map<string, Pick<Person, 'pinnedRing' | 'archived'>>([
      ['r1', { archived: false }],
      ['r2', { archived: false }],
      ['r3', { archived: false }],
      ['pinned', { archived: false, pinnedRing: 1 }],
      ['gone', { archived: true }],
    ]);
    const rings: Record<string, 1 | 2 | 3 | 'known'> = { r1: 1, r2: 2, r3: 3, pinned: 'known', gone: 1 };
    const week = weekOf('2026-11-27');
    const encounters = [
      encounter('e1', '2026-11-24', ['r1', 'r3']),
      encounter('e2', '2026-11-25T19:00+01:00', ['r1'], 'event'),
      encounter('e3', '2026-11-26', ['r2'], 'call'),
      encounter('e4', '2026-11-22', ['r2']), // the Sunday before
      encounter('e5', '2026-11-27', ['pinned', 'gone']),
    ];
    const goal = { id: 'g', count: 3, maxRing: 2 as const, channels: 'in_person' as const };
    const progress = goalProgress(goal, encounters, people, (id) => rings[id] ?? 'not-met', week);
    expect(progress.met).toEqual(['r1', 'pinned']);
    expect(progress.done).toBe(false);
    const any = goalProgress(
      { ...goal, channels: 'any', count: 2 },
      encounters,
      people,
      (id) => rings[id] ?? 'not-met',
      week,
    );
    expect(any).toMatchObject({ met: ['r1', 'r2', 'pinned'], done: true });
  });

  it('lists prospects by progress toward the touch goal, from the engine’s touches', () => {
    const people = [
      person('p1', { displayName: 'Pia', kind: 'prospect' }),
      person('p2', { displayName: 'Paul', kind: 'prospect' }),
      person('p3', { displayName: 'Petra', kind: 'prospect', archived: true }),
      person('c1', { displayName: 'Carl', kind: 'client' }),
    ];
    const encounters = [
      ...['2026-01-05', '2026-03-05', '2026-05-05'].map((d, i) => encounter(`a${i}`, d, ['p1'], 'email')),
      encounter('b', '2026-06-01', ['p2'], 'call'),
      encounter('s', '2026-06-02', ['p2'], 'social'), // a reaction is not a touch
      encounter('c', '2026-06-01', ['c1']),
    ];
    const result = computeNetwork({
      people,
      encounters,
      ties: [],
      settings: defaultModelParams,
      asOf: '2026-11-27',
    });
    const board = touchBoard(people, new Map(result.people.map((p) => [p.id, p])), 'en');
    expect(board.map((r) => [r.person.displayName, r.touches])).toEqual([
      ['Pia', 3],
      ['Paul', 1],
    ]);
    expect(board[0]!.progress).toBeCloseTo(3 / 7);
  });
});

describe('review queue', () => {
  const item = (id: string, section: ReviewItem['section']): ReviewItem => ({
    id,
    name: id,
    kind: 'friend',
    section,
    ring: 2,
    pinnedRing: null,
    closeness: null,
    depth: 0.5,
    lastContact: '2026-01-01',
    score: 1,
    reason: {
      kind: 'overdue',
      cadenceDays: 30,
      daysSince: 300,
      cadenceSource: 'learned',
      overdueRatio: 10,
    },
  });

  it('keeps the sections and their order, leaving out snoozed (until a later day) and archived people', () => {
    const people = [
      person('a'),
      person('b', { snoozedUntil: '2026-12-01' }),
      person('c', { snoozedUntil: '2026-11-27' }), // ends today: back in the queue
      person('d', { archived: true }),
      person('e', { snoozedUntil: '2026-11-30' }),
      person('f'),
    ];
    const review = {
      overdue: ['a', 'b', 'c', 'd'].map((id) => item(id, 'overdue')),
      dueSoon: [item('e', 'due-soon'), item('f', 'due-soon')],
      stalledProspects: [],
      drifted: [],
    };
    const queue = reviewQueue(review, people, '2026-11-27');
    expect(queue.sections.map((s) => [s.key, s.items.map((i) => i.person.id)])).toEqual([
      ['overdue', ['a', 'c']],
      ['stalledProspects', []],
      ['drifted', []],
      ['dueSoon', ['f']],
    ]);
    expect(queue.total).toBe(3);
    expect(queue.snoozed.map((d) => [d.person.id, d.until])).toEqual([
      ['e', '2026-11-30'],
      ['b', '2026-12-01'],
    ]);
  });

  it('snoozes for a week or to the same day next month', () => {
    expect(snoozeUntil('2026-11-27', 'week')).toBe('2026-12-04');
    expect(snoozeUntil('2026-11-27', 'month')).toBe('2026-12-27');
    expect(snoozeUntil('2026-01-31', 'month')).toBe('2026-02-28');
  });
});

describe('dashboard series', () => {
  it('counts distinct people per month without social reactions, and groups channels', () => {
    const encounters = [
      encounter('1', '2026-01-03', ['a', 'b']),
      encounter('2', '2026-01-20', ['a'], 'call'),
      encounter('3', '2026-01-21', ['c'], 'social'),
      encounter('4', '2026-02-01T10:00+01:00', ['c'], 'email'),
      encounter('5', '2025-12-31', ['d']),
    ];
    expect(peopleMetPerMonth(encounters, ['2026-01', '2026-02', '2026-03'])).toEqual([
      { month: '2026-01', value: 2 },
      { month: '2026-02', value: 1 },
      { month: '2026-03', value: 0 },
    ]);
    const people = ['a', 'b', 'c', 'd'].map((id) => person(id));
    const net = computeNetwork({
      people,
      encounters,
      ties: [],
      settings: defaultModelParams,
      asOf: '2026-02-28',
      timelineMonths: 3,
    });
    expect(channelGroupSeries(net.timeline)).toEqual([
      { month: '2025-12', inPerson: 1, calls: 0, online: 0 },
      { month: '2026-01', inPerson: 1, calls: 1, online: 1 },
      { month: '2026-02', inPerson: 0, calls: 0, online: 1 },
    ]);
    expect(topShareSeries(net.timeline).map((p) => p.month)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
});

describe('settings: model parameters', () => {
  it('reads German and English decimals and keeps the rest of the model', () => {
    expect(readNumber('0,7')).toBe(0.7);
    expect(readNumber(' 12 ')).toBe(12);
    expect(readNumber('1e3')).toBeNaN();
    const values = modelValues(defaultModelParams);
    const changed = toModel(
      { ...values, halfLifeDays: '120', weights: { ...values.weights, video: '0,8' } },
      defaultModelParams,
    );
    expect(changed).toEqual({
      ok: true,
      model: {
        ...defaultModelParams,
        halfLifeDays: 120,
        channelWeights: { ...defaultModelParams.channelWeights, video: 0.8 },
      },
    });
  });

  it('names every value out of range and changes nothing', () => {
    const values = modelValues(defaultModelParams);
    expect(
      toModel(
        {
          ...values,
          touchGoal: '0',
          ringCadenceDays: ['7', 'x', '90', '365'],
          weights: { ...values.weights, call: '11' },
        },
        defaultModelParams,
      ),
    ).toEqual({ ok: false, fields: ['weights.call', 'ringCadenceDays.1', 'touchGoal'] });
  });
});

describe('welcome', () => {
  it('shows while nothing was ever recorded and the welcome was never answered', () => {
    const db = emptyDatabase();
    expect(showWelcome(db)).toBe(true);
    expect(showWelcome({ ...db, settings: { ...db.settings, onboarded: true } })).toBe(false);
    expect(showWelcome({ ...db, people: [person('a')] })).toBe(false);
  });
});

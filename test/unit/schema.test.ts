import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarDate,
  Database,
  EncounterDate,
  emptyDatabase,
  OffsetDateTime,
  Person,
  referenceIssues,
  Settings,
} from '../../shared/domain/schema';

const T = '2026-11-27T10:00:00.000Z';

describe('EncounterDate', () => {
  it.each([
    '2026-11-27',
    '2024-02-29',
    '2000-02-29',
    '2026-11-27T14:30+01:00',
    '2026-11-27T14:30:15Z',
    '2026-11-27T14:30:15.123-05:30',
  ])('accepts %s', (value) => {
    expect(EncounterDate.safeParse(value).success).toBe(true);
  });

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-04-31',
    '2026-11-27T14:30',
    '2026-11-27T25:00Z',
    '2026-11-27T14:60+01:00',
    '27.11.2026',
    '2026-11-27 14:30+01:00',
    '0099-01-01',
    '',
  ])('refuses %s', (value) => {
    expect(EncounterDate.safeParse(value).success).toBe(false);
  });

  it('accepts exactly what CalendarDate or OffsetDateTime accepts (the faster check keeps the rules)', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const date = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), two(14), two(33))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${m}-${d}`);
    const time = fc.tuple(two(25), two(61), fc.option(two(61)), fc.option(fc.integer({ min: 0, max: 9999 })));
    const offset = fc.oneof(
      fc.constant('Z'),
      fc
        .tuple(fc.constantFrom('+', '-'), two(25), two(61))
        .map((p) => p.join('').replace(/(\d\d)(\d\d)$/, '$1:$2')),
    );
    const dateTime = fc
      .tuple(date, time, offset)
      .map(([d, [h, m, s, ms], o]) => `${d}T${h}:${m}${s ? `:${s}${ms !== null ? `.${ms}` : ''}` : ''}${o}`);
    const candidates = fc.oneof(date, dateTime, fc.string({ maxLength: 30 }));
    fc.assert(
      fc.property(candidates, (value) => {
        const union = CalendarDate.safeParse(value).success || OffsetDateTime.safeParse(value).success;
        expect(EncounterDate.safeParse(value).success).toBe(union);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('Person', () => {
  it('fills defaults and trims the display name', () => {
    const p = Person.parse({ id: 'p1', displayName: '  Anna  ', createdAt: T, updatedAt: T });
    expect(p).toMatchObject({
      displayName: 'Anna',
      emails: [],
      tags: [],
      kind: 'other',
      notes: '',
      archived: false,
    });
  });

  it('refuses an empty name, a closeness of 6 and an unknown kind', () => {
    const base = { id: 'p1', displayName: 'A', createdAt: T, updatedAt: T };
    expect(Person.safeParse({ ...base, displayName: '   ' }).success).toBe(false);
    expect(Person.safeParse({ ...base, closeness: 6 }).success).toBe(false);
    expect(Person.safeParse({ ...base, kind: 'boss' }).success).toBe(false);
  });
});

describe('Database', () => {
  it('accepts the empty database and fills settings defaults', () => {
    expect(Database.parse(emptyDatabase())).toEqual(emptyDatabase());
    expect(Settings.parse({}).backups.keep).toBe(14);
  });

  it('reports dangling references with their paths', () => {
    const db = {
      ...emptyDatabase(),
      people: [Person.parse({ id: 'p1', displayName: 'A', createdAt: T, updatedAt: T })],
      encounters: [
        {
          id: 'e1',
          date: '2026-01-01',
          participants: ['p1', 'ghost'],
          channel: 'call',
          contextId: 'nowhere',
          createdAt: T,
          updatedAt: T,
        },
      ],
      ties: [{ id: 't1', a: 'p1', b: 'ghost', createdAt: T, updatedAt: T }],
    };
    const result = Database.safeParse(db);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['encounters.0.participants', 'unknown person ghost'],
      ['encounters.0.contextId', 'unknown context nowhere'],
      ['ties.0', 'tie refers to an unknown person'],
    ]);
    expect(referenceIssues(Database.parse({ ...db, encounters: [], ties: [] }))).toEqual([]);
  });
});

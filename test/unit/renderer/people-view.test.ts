import { describe, expect, it } from 'vitest';
import { encountersOf, summarisePeople } from '../../../renderer/src/model/people-view';
import type { Encounter } from '../../../shared/domain/schema';
import { person } from '../../harness/fixtures';

const stamp = '2026-01-01T00:00:00.000Z';
const encounter = (
  id: string,
  date: string,
  participants: string[],
  extra: Partial<Encounter> = {},
): Encounter => ({
  id,
  date,
  participants,
  channel: 'in_person',
  ...extra,
  notes: '',
  createdAt: stamp,
  updatedAt: stamp,
});

describe('summarisePeople', () => {
  const people = [
    person('z', { displayName: 'Zoë' }),
    person('a', { displayName: 'Ärger, Anton' }),
    person('x', { displayName: 'Archived', archived: true }),
    person('n', { displayName: 'Nina' }),
  ];
  const encounters = [
    encounter('e1', '2026-03-01', ['z', 'a']),
    encounter('e2', '2026-03-05T09:30+01:00', ['z']),
    encounter('e3', '2026-02-01', ['z', 'z']),
  ];

  it('counts encounters per person (a group encounter counts for each), with the last contact', () => {
    const summary = summarisePeople(people, encounters, 'de-AT', '2026-06-30');
    expect(summary.map((s) => [s.person.id, s.encounterCount, s.lastContact])).toEqual([
      ['a', 1, '2026-03-01'],
      ['n', 0, undefined],
      ['z', 3, '2026-03-05T09:30+01:00'],
    ]);
  });

  it('counts by the engine’s rule: a later encounter is planned, a reaction or missed call no contact', () => {
    const more = [
      ...encounters,
      encounter('e4', '2026-07-15', ['n']),
      // 1 July in Vienna is still 30 June in Los Angeles: the encounter's own day counts.
      encounter('e5', '2026-06-30T23:30-08:00', ['n']),
      encounter('e6', '2026-06-20', ['a'], { channel: 'social' }),
      encounter('e7', '2026-06-21', ['a'], { channel: 'call', attempt: true }),
    ];
    const summary = summarisePeople(people, more, 'de-AT', '2026-06-30');
    expect(summary.map((s) => [s.person.id, s.encounterCount, s.plannedCount, s.lastContact])).toEqual([
      ['a', 3, 0, '2026-03-01'],
      ['n', 1, 1, '2026-06-30T23:30-08:00'],
      ['z', 3, 0, '2026-03-05T09:30+01:00'],
    ]);
  });

  it('leaves archived people out and sorts by name in the locale', () => {
    const names = summarisePeople(people, encounters, 'de-AT', '2026-06-30').map((s) => s.person.displayName);
    expect(names).toEqual(['Ärger, Anton', 'Nina', 'Zoë']);
  });
});

describe('encountersOf', () => {
  it('lists one person’s encounters newest first, date-times and dates mixed', () => {
    const list = [
      encounter('e1', '2026-03-01', ['a']),
      encounter('e2', '2026-03-01T18:00+01:00', ['a', 'b']),
      encounter('e3', '2026-02-28', ['b']),
      encounter('e4', '2025-12-24', ['a']),
    ];
    expect(encountersOf('a', list).map((e) => e.id)).toEqual(['e2', 'e1', 'e4']);
  });
});

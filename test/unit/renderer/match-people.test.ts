import { describe, expect, it } from 'vitest';
import { findPeople, matchPeople } from '../../../renderer/src/model/match-people';
import type { Person } from '../../../shared/domain/schema';
import { person } from '../../harness/fixtures';

const people = [
  person('1', { displayName: 'Jürgen Öhlinger' }),
  person('2', { displayName: 'Anna Berger', emails: ['anna@example.com'] }),
  person('3', { displayName: 'Maria Gruber', emails: ['mg@firma.at'] }),
  person('4', { displayName: 'Archiv Person', emails: [], archived: true }),
  person('5', { displayName: 'Bernd Anger' }),
];
const ids = (list: Person[]) => list.map((p) => p.id);

describe('matchPeople', () => {
  it('ignores case and accents', () => {
    expect(ids(matchPeople(people, 'JURG', new Set()))).toEqual(['1']);
    expect(ids(matchPeople(people, 'öhl', new Set()))).toEqual(['1']);
  });

  it('matches every word, in name or e-mail, and ranks names starting with the query first', () => {
    expect(ids(matchPeople(people, 'an', new Set()))).toEqual(['2', '5']);
    // "ber" is in Bernd, Berger and Gruber: Bernd starts with it, the others follow by name.
    expect(ids(matchPeople(people, 'ber', new Set()))).toEqual(['5', '2', '3']);
    expect(ids(matchPeople(people, 'firma', new Set()))).toEqual(['3']);
    expect(ids(matchPeople(people, 'anna berg', new Set()))).toEqual(['2']);
  });

  it('leaves out chosen and archived people and respects the limit', () => {
    expect(ids(matchPeople(people, '', new Set(['2'])))).toEqual(['5', '1', '3']);
    expect(matchPeople(people, '', new Set(), 2)).toHaveLength(2);
    expect(ids(matchPeople(people, 'archiv', new Set()))).toEqual([]);
  });
});

describe('findPeople', () => {
  const more = [
    ...people,
    person('6', { displayName: 'Karin Größinger' }),
    person('7', { displayName: 'Clara Huber' }),
    person('8', { displayName: 'Klara Berg' }),
  ];
  it('finds Größinger by "grossinger" (ß, umlaut) as an exact match', () => {
    expect(findPeople(more, 'grossinger', new Set())).toEqual([{ person: more[5], fuzzy: false }]);
    expect(findPeople(more, 'Groessinger', new Set())).toEqual([{ person: more[5], fuzzy: false }]);
  });
  it('lists exact matches first, then the ones found by forgiving a typo, marked', () => {
    const found = findPeople(more, 'Klara', new Set());
    expect(found.map((m) => [m.person.id, m.fuzzy])).toEqual([
      ['8', false],
      ['7', true],
    ]);
  });
});

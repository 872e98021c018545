// Anonymised prints: aliases for people and contexts, tags and filters, and no real name left anywhere
// in the data handed to the print page.
import { describe, expect, it } from 'vitest';
import { defaultModelParams } from '../../shared/domain/model-params';
import {
  anonymiseData,
  anonymiseFilters,
  fnv1a,
  initialsOf,
  letters,
  pseudonymRange,
} from '../../shared/print/anonymise';
import { type PrintData, PrintFilters, printDataFrom } from '../../shared/print/options';
import { generateSampleNetwork } from '../../shared/sample/sample-network';

const label = (kind: string, letter: string) => `${kind}:${letter}`;

function data(people: { id: string; name: string; createdAt?: string; tags?: string[] }[]): PrintData {
  return {
    people: people.map((p) => ({
      id: p.id,
      displayName: p.name,
      kind: 'friend',
      tags: p.tags ?? [],
      contexts: [],
      ...(p.createdAt ? { createdAt: p.createdAt } : {}),
    })),
    encounters: [],
    contexts: [
      { id: 'c2', name: 'Tennisclub Hietzing', kind: 'club', createdAt: '2025-02-01T00:00:00Z' },
      { id: 'c1', name: 'Golfclub Wien', kind: 'club', createdAt: '2025-01-01T00:00:00Z' },
      { id: 'c3', name: 'ACME GmbH', kind: 'company', createdAt: '2025-03-01T00:00:00Z' },
    ],
    ties: [],
    settings: { ownerName: 'Stefanie Reiter', model: defaultModelParams },
    mapPins: { ego: {}, force: {}, context: {} },
  };
}

describe('initials', () => {
  it.each([
    ['Anna Maria Bergmann', 'AB'],
    ['Dr. Hans Meier', 'HM'],
    ['Prof. Dr. Ülrike Özdemir-Lang', 'ÜÖ'],
    ['Bergmann, Anna', 'AB'],
    ['Cher', 'C'],
    ['  jan   jäger ', 'JJ'],
    ['Anna Auer 17', 'AA'],
    ['123', '?'],
  ])('%s → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('anonymiseData', () => {
  const people = [
    { id: 'p3', name: 'Anna Berger', createdAt: '2025-03-01T00:00:00Z', tags: ["Anna's friends"] },
    { id: 'p1', name: 'Andreas Brunner', createdAt: '2025-01-01T00:00:00Z', tags: ['vip'] },
    { id: 'p2', name: 'Clara Czerny', createdAt: '2025-02-01T00:00:00Z' },
  ];

  it('gives initials, a second "AB" becoming "AB-2" in the order people were added', () => {
    const out = anonymiseData(data(people), 'initials', label).data;
    expect(Object.fromEntries(out.people.map((p) => [p.id, p.displayName]))).toEqual({
      p1: 'AB',
      p2: 'CC',
      p3: 'AB-2',
    });
  });

  it('gives stable pseudonyms: the same id keeps its number when people are added', () => {
    const before = anonymiseData(data(people), 'pseudonyms', label).data.people;
    const more = [...people, { id: 'p0', name: 'Zoe Zach', createdAt: '2026-01-01T00:00:00Z' }];
    const after = anonymiseData(data(more), 'pseudonyms', label).data.people;
    for (const p of before) expect(after.find((q) => q.id === p.id)?.displayName).toBe(p.displayName);
    expect(before.map((p) => p.displayName).every((n) => /^P-\d{3}$/.test(n))).toBe(true);
    expect(before.find((p) => p.id === 'p1')?.displayName).toBe(`P-${100 + (fnv1a('p1') % 900)}`);
  });

  it('never gives two people the same pseudonym, even in a crowd', () => {
    const crowd = Array.from({ length: 2500 }, (_, i) => ({ id: `person-${i}`, name: `Person ${i}` }));
    const names = anonymiseData(data(crowd), 'pseudonyms', label).data.people.map((p) => p.displayName);
    expect(new Set(names).size).toBe(crowd.length);
    expect(pseudonymRange(2500)).toEqual({ from: 1000, size: 9000 });
  });

  it('names contexts by kind and letter in creation order, tags by number, and drops the owner', () => {
    const out = anonymiseData(data(people), 'initials', label);
    expect(out.data.contexts.map((c) => [c.id, c.name])).toEqual([
      ['c2', 'club:B'],
      ['c1', 'club:A'],
      ['c3', 'company:A'],
    ]);
    expect(out.data.settings.ownerName).toBe('');
    expect(out.data.people.find((p) => p.id === 'p3')?.tags).toEqual(['#1']);
    const filters = anonymiseFilters(PrintFilters.parse({ tags: ['vip'] }), out.tags);
    expect(filters.tags).toEqual(['#2']);
  });

  it('letters go on after Z as spreadsheet columns do', () => {
    expect([0, 25, 26, 27, 701, 702].map(letters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('leaves no name, context name, tag or owner name anywhere in the sample network', () => {
    const db = generateSampleNetwork({ locale: 'de', today: '2026-11-27' });
    db.settings.ownerName = 'Stefanie Reiter';
    const plain = printDataFrom(db);
    for (const mode of ['initials', 'pseudonyms'] as const) {
      const text = JSON.stringify(anonymiseData(plain, mode, label).data);
      const words = new Set<string>();
      for (const p of db.people) for (const w of p.displayName.split(/\s+/)) if (w.length >= 3) words.add(w);
      for (const c of db.contexts) words.add(c.name);
      for (const tag of db.people.flatMap((p) => p.tags)) words.add(tag);
      words.add('Stefanie');
      words.add('Reiter');
      const found = [...words].filter((w) => text.includes(w));
      expect(found, mode).toEqual([]);
    }
  });
});

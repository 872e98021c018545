/** Which of two records of one person a merge keeps by default (shared/domain/record-richness.ts). */
import { describe, expect, it } from 'vitest';
import { compareRichness, recordRichness } from '../../shared/domain/record-richness';
import { encounter, person, tie } from '../harness/fixtures';

describe('the richer record', () => {
  const bare = person('b', { displayName: 'Anna Berger', createdAt: '2026-03-01T00:00:00.000Z' });
  const full = person('a', {
    displayName: 'Anna Berger',
    emails: ['anna@example.org'],
    phones: ['+43 1 234'],
    organisation: 'ACME',
    closeness: 4,
    createdAt: '2026-05-01T00:00:00.000Z',
  });
  const encounters = [
    encounter('e1', '2026-04-01', ['b']),
    encounter('e2', '2026-04-02', ['b', 'x']),
    encounter('e3', '2026-04-03', ['a']),
  ];
  const ties = [tie('t1', 'a', 'x'), tie('t2', 'a', 'y')];
  const rich = (p: typeof bare) => ({ person: p, richness: recordRichness(p, encounters, ties) });

  it('counts encounters, filled fields (not the bookkeeping) and ties', () => {
    expect(recordRichness(full, encounters, ties)).toEqual({ encounters: 1, fields: 5, ties: 2 });
    // kind (a default) counts as a field too; an empty list or note does not.
    expect(recordRichness(bare, encounters, ties)).toEqual({ encounters: 2, fields: 1, ties: 0 });
  });

  it('keeps more encounters first, then more fields, then more ties, then the older record', () => {
    expect(compareRichness(rich(bare), rich(full))).toBeGreaterThan(0);
    const noEncounters = (p: typeof bare) => ({ person: p, richness: recordRichness(p, [], ties) });
    expect(compareRichness(noEncounters(bare), noEncounters(full))).toBeLessThan(0);
    const same = (p: typeof bare) => ({ person: p, richness: { encounters: 1, fields: 1, ties: 1 } });
    expect(compareRichness(same(bare), same(full))).toBeGreaterThan(0);
    expect(compareRichness(same(full), same(bare))).toBeLessThan(0);
  });
});

/**
 * Who moved between rings (renderer/src/model/drift-moves.ts): name, the ring then and now, since when,
 * on a network whose rhythms change at known dates.
 */
import { describe, expect, it } from 'vitest';
import { driftMoves } from '../../renderer/src/model/drift-moves';
import { emptyDatabase } from '../../shared/domain/schema';
import { prepareEngine } from '../../shared/engine/index';
import { engineData } from '../../shared/engine/input';
import { encounter, person } from '../harness/fixtures';

const AS_OF = '2026-11-30';

function daysBefore(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/** Weekly contact between `fromDaysAgo` and `toDaysAgo` (exclusive) before AS_OF. */
function weekly(id: string, fromDaysAgo: number, toDaysAgo: number) {
  const out = [];
  for (let d = fromDaysAgo; d > toDaysAgo; d -= 7)
    out.push(encounter(`${id}-${d}`, daysBefore(AS_OF, d), [id]));
  return out;
}

describe('driftMoves', () => {
  const db = emptyDatabase();
  db.people = [
    person('steady', { displayName: 'Steady Stella' }),
    person('faded', { displayName: 'Faded Fritz' }),
    person('new', { displayName: 'Newly Close Nora' }),
    person('never', { displayName: 'Never Met' }),
  ];
  db.encounters = [
    ...weekly('steady', 730, 0),
    // Weekly for two years, silent for the last seven months.
    ...weekly('faded', 730, 210),
    // Once more than a year ago, weekly for the last four months.
    encounter('new-once', daysBefore(AS_OF, 400), ['new']),
    ...weekly('new', 120, 0),
  ];
  const engine = prepareEngine(engineData({ ...db, revision: 1 } as never));

  it('lists who drifted out and who moved in, with the rings and since when; not the steady or never met', () => {
    const moves = driftMoves(engine, AS_OF, 12);
    expect(moves.outward.map((m) => m.id)).toEqual(['faded']);
    expect(moves.inward.map((m) => m.id)).toEqual(['new']);
    const fritz = moves.outward[0]!;
    expect(fritz).toMatchObject({ name: 'Faded Fritz', from: 1 });
    expect(fritz.to === 'known' || (typeof fritz.to === 'number' && fritz.to > 1)).toBe(true);
    // Since: a month step within the window, before today, after twelve months ago.
    expect(fritz.since < AS_OF).toBe(true);
    expect(fritz.since > daysBefore(AS_OF, 366)).toBe(true);
    const nora = moves.inward[0]!;
    expect(nora.to).toBe(1);
    // She has been in ring 1 for at most the four months of weekly contact.
    expect(nora.since >= daysBefore(AS_OF, 130)).toBe(true);
  });

  it('leaves out whom the caller leaves out', () => {
    const moves = driftMoves(engine, AS_OF, 6, (id) => id !== 'faded');
    expect(moves.outward.map((m) => m.id)).toEqual([]);
  });
});

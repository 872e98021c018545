/**
 * The review against a ground truth: networks with known rhythms in which ties were planted as neglected
 * (test/harness/planted-network.ts). Every planted tie must be found, with at most a handful of false
 * alarms, and nobody met once or twice in 21 months may sit in ring 1 or 2.
 */
import { describe, expect, it } from 'vitest';
import { computeNetwork } from '../../shared/engine';
import { plantedNetwork } from '../harness/planted-network';

const SEEDS = [12, 13, 14, 15, 16];

describe('the review on networks with planted neglect', () => {
  for (const seed of SEEDS) {
    it(`finds every planted tie with at most a handful of false alarms (seed ${seed})`, () => {
      const net = plantedNetwork(seed);
      const result = computeNetwork(net);
      const overdue = new Set(result.review.overdue.map((i) => i.id));
      const missed = [...net.planted.keys()].filter((id) => !overdue.has(id));
      expect(missed).toEqual([]);
      const falseAlarms = [...overdue].filter((id) => !net.planted.has(id));
      expect(falseAlarms.length).toBeLessThanOrEqual(3);
      // Everyone listed as overdue is listed once, and the planted ties also read as such in words.
      for (const item of result.review.overdue.filter((i) => net.planted.has(i.id))) {
        expect(item.reason.kind).toBe('overdue');
        if (item.reason.kind === 'overdue') expect(item.reason.overdueRatio).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('never puts someone met once or twice in 21 months into ring 1 or 2', () => {
    for (const seed of SEEDS) {
      const net = plantedNetwork(seed);
      const result = computeNetwork(net);
      for (const p of result.people.filter((q) => net.sporadic.has(q.id))) {
        expect(p.ring === 1 || p.ring === 2, `${p.id} in ring ${p.ring}`).toBe(false);
      }
      // And the regular contacts who keep their rhythm are placed by it (within the caps).
      const weekly = result.people.filter((p) => net.rhythmOf.get(p.id) === 7 && !net.planted.has(p.id));
      for (const p of weekly) expect(p.rhythm.band, p.id).toBeLessThanOrEqual(2);
    }
  });
});

/**
 * Person–person tie weights: explicit ties the user recorded plus co-participation, i.e. encounters both
 * took part in. Each shared encounter adds its per-person weight (already divided among those present),
 * decayed with the general half-life like strength; crowds above `coParticipationMaxGroup` add nothing.
 * An explicit tie weighs `explicitTieWeight × strength / 5` (unrated: 3 / 5) and does not decay: the
 * record says the two know each other, not since when.
 *
 * No per-pair index: the weights as of a date are summed from each person's own day-ordered rows of shared
 * encounters (History.shared), one person a at a time, into a small array indexed by partner b > a: each
 * row adds `w · 2^(−(t − d)/H)` to every partner in it. A pair shares about three encounters on average,
 * so this costs less than building a per-pair index would, and the one-date case (the app's everyday
 * question) pays nothing in advance. Rows are ordered by day and, within a day, lightest first, so every
 * pair's sum runs in the same order whatever the order of the input.
 *
 * The result is in columns: a network of 5,000 people has some 100,000 tied pairs, and one object per
 * pair would cost more to make and to collect than the sums themselves.
 */
import type { ModelParams } from '../domain/model-params';
import type { History } from './history';
import { pool } from './scratch';
import { insertionSort } from './stats';
import type { DecayTable } from './strength';
import type { EngineTie, TieWeight, TieWeights } from './types';

const UNRATED_TIE_STRENGTH = 3;

/** What the tie weights of any date are computed from. */
export interface TieIndex {
  history: History;
  ids: readonly string[];
  /** Explicit ties as keys a · P + b (a < b), ascending, and their weights. */
  explicitKeys: Float64Array;
  explicitWeights: Float64Array;
  /** Shared-encounter contributions (pair, encounter): with the explicit ties, an upper bound on pairs. */
  contributions: number;
  decay: DecayTable;
}

export function indexTies(h: History, ties: readonly EngineTie[], params: ModelParams): TieIndex {
  const P = h.people.length;
  // Explicit ties, keyed a * P + b with a < b. Packed with their rating as key * 8 + rating (0 = unrated)
  // and sorted, so duplicates of a pair sit together with the strongest record last; that one speaks.
  const packed = new Float64Array(ties.length);
  let nPacked = 0;
  for (const tie of ties) {
    const a = h.index.get(tie.a);
    const b = h.index.get(tie.b);
    if (a === undefined || b === undefined || a === b || !h.active[a] || !h.active[b]) continue;
    packed[nPacked++] = (a < b ? a * P + b : b * P + a) * 8 + (tie.strength ?? 0);
  }
  const sortedPacked = packed.subarray(0, nPacked).sort();
  let nExplicit = 0;
  for (let k = 0; k < nPacked; k++) {
    const key = Math.floor((sortedPacked[k] as number) / 8);
    if (k + 1 === nPacked || Math.floor((sortedPacked[k + 1] as number) / 8) !== key) nExplicit++;
  }
  const explicitKeys = new Float64Array(nExplicit);
  const explicitWeights = new Float64Array(nExplicit);
  for (let k = 0, x = 0; k < nPacked; k++) {
    const v = sortedPacked[k] as number;
    const key = Math.floor(v / 8);
    if (k + 1 < nPacked && Math.floor((sortedPacked[k + 1] as number) / 8) === key) continue;
    const rating = v - key * 8;
    explicitKeys[x] = key;
    explicitWeights[x++] = (params.explicitTieWeight * (rating === 0 ? UNRATED_TIE_STRENGTH : rating)) / 5;
  }

  const { partStart, rowStart, rowEnc, rowSlot } = h.shared;
  let contributions = 0;
  for (let r = 0; r < (rowStart[P] as number); r++) {
    contributions += (partStart[(rowEnc[r] as number) + 1] as number) - (rowSlot[r] as number) - 1;
  }
  return {
    history: h,
    ids: h.people.map((p) => p.id),
    explicitKeys,
    explicitWeights,
    contributions,
    // Co-participation decays with the general half-life: the table of group 0.
    decay: h.decay[0],
  };
}

/** Tie weights as of `asOfDay`, in pair order; pairs with no weight yet are left out. */
export function tieWeightsAt(x: TieIndex, asOfDay: number): TieWeights {
  const h = x.history;
  const P = h.people.length;
  const { day, weight, partStart, part, rowStart, rowEnc, rowSlot } = h.shared;
  const active = h.active;
  const table = x.decay;
  const { explicitKeys, explicitWeights } = x;
  const nExplicit = explicitKeys.length;

  // Output columns in reused buffers, copied out at their exact size at the end.
  const bound = x.contributions + nExplicit;
  const outA = pool.int('ties.a', bound);
  const outB = pool.int('ties.b', bound);
  const outWeight = pool.float('ties.weight', bound);
  const outExplicit = pool.float('ties.explicit', bound);
  const outCo = pool.float('ties.co', bound);

  // Per partner b of the current a: stamp[b] === a + 1 marks it, sum[b] is its sum so far.
  const stamp = pool.int('ties.stamp', P).fill(0, 0, P);
  const sum = pool.float('ties.sum', P);
  const partners = pool.int('ties.partners', P);

  let n = 0;
  let x2 = 0; // next explicit tie
  for (let a = 0; a < P; a++) {
    let np = 0;
    if (active[a]) {
      for (let r = rowStart[a] as number; r < (rowStart[a + 1] as number); r++) {
        const k = rowEnc[r] as number;
        const d = day[k] as number;
        if (d > asOfDay) break; // rows are in day order
        const decayed = (weight[k] as number) * table.factor(asOfDay - d);
        const end = partStart[k + 1] as number;
        for (let q = (rowSlot[r] as number) + 1; q < end; q++) {
          const b = part[q] as number;
          if (!active[b]) continue;
          if (stamp[b] !== a + 1) {
            stamp[b] = a + 1;
            partners[np++] = b;
            sum[b] = decayed;
          } else sum[b] = (sum[b] as number) + decayed;
        }
      }
    }
    sortAscending(partners, np);

    // Pairs of a in order of b: partners and explicit ties merged.
    const keyBase = a * P;
    let k = 0;
    while (k < np || (x2 < nExplicit && (explicitKeys[x2] as number) < keyBase + P)) {
      const nextB = k < np ? (partners[k] as number) : P;
      const nextX =
        x2 < nExplicit && (explicitKeys[x2] as number) < keyBase + P
          ? (explicitKeys[x2] as number) - keyBase
          : P;
      const b = Math.min(nextB, nextX);
      const explicit = nextX === b ? (explicitWeights[x2++] as number) : 0;
      let co = 0;
      if (nextB === b) {
        k++;
        co = sum[b] as number;
      }
      const total = explicit + co;
      if (total > 0) {
        outA[n] = a;
        outB[n] = b;
        outWeight[n] = total;
        outExplicit[n] = explicit;
        outCo[n] = co;
        n++;
      }
    }
  }
  return {
    ids: x.ids,
    length: n,
    a: outA.slice(0, n),
    b: outB.slice(0, n),
    weight: outWeight.slice(0, n),
    explicit: outExplicit.slice(0, n),
    coParticipation: outCo.slice(0, n),
  };
}

/** Sorts values[0 … n) ascending: by insertion for the usual handful of partners, else built in. */
function sortAscending(values: Int32Array, n: number): void {
  if (n > 32) values.subarray(0, n).sort();
  else insertionSort(values, 0, n);
}

/** The tie weights as one object per pair (for tests, exports and small networks). */
export function tieList(ties: TieWeights): TieWeight[] {
  const out: TieWeight[] = [];
  for (let r = 0; r < ties.length; r++) {
    out.push({
      a: ties.ids[ties.a[r] as number] as string,
      b: ties.ids[ties.b[r] as number] as string,
      weight: ties.weight[r] as number,
      explicit: ties.explicit[r] as number,
      coParticipation: ties.coParticipation[r] as number,
    });
  }
  return out;
}

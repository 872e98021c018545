/**
 * Person–person tie weights: explicit ties the user recorded plus co-participation, i.e. encounters both
 * took part in. Each shared encounter adds its per-person weight (already divided among those present),
 * decayed with the general half-life like strength; crowds above `coParticipationMaxGroup` add nothing.
 * An explicit tie weighs `explicitTieWeight × strength / 5` (unrated: 3 / 5) and does not decay: the
 * record says the two know each other, not since when.
 *
 * Precomputed per pair like a person's history (running decayed sum per distinct day), so the weights as
 * of any date cost one binary search per pair.
 */
import type { ModelParams } from '../domain/model-params';
import type { History } from './history';
import { orderFreeSum, upperBound } from './stats';
import { DecayTable } from './strength';
import type { EngineTie, TieWeight } from './types';

export interface PairHistory {
  /** Pairs (a < b as person indices) in order of a, then b. */
  a: Int32Array;
  b: Int32Array;
  explicit: Float64Array;
  /** Rows of co-participation days per pair (start[p] … start[p + 1]). */
  start: Int32Array;
  day: Int32Array;
  cum: Float64Array;
  decay: DecayTable;
}

const UNRATED_TIE_STRENGTH = 3;

export function buildPairs(h: History, ties: readonly EngineTie[], params: ModelParams): PairHistory {
  const P = h.people.length;
  const H = params.halfLifeDays;

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
  const explicitKeys: number[] = [];
  const explicitWeights: number[] = [];
  for (let k = 0; k < nPacked; k++) {
    const v = sortedPacked[k] as number;
    const key = Math.floor(v / 8);
    if (k + 1 < nPacked && Math.floor((sortedPacked[k + 1] as number) / 8) === key) continue;
    const rating = v - key * 8;
    explicitKeys.push(key);
    explicitWeights.push((params.explicitTieWeight * (rating === 0 ? UNRATED_TIE_STRENGTH : rating)) / 5);
  }

  // Co-participation contributions (pair, encounter) in day order.
  const eligible = (e: number): boolean => {
    const n = (h.partStart[e + 1] as number) - (h.partStart[e] as number);
    return n >= 2 && n <= params.coParticipationMaxGroup && (h.weights[e] as number) > 0;
  };
  let M = 0;
  for (let e = 0; e < h.days.length; e++) {
    if (!eligible(e)) continue;
    let n = 0;
    for (let q = h.partStart[e] as number; q < (h.partStart[e + 1] as number); q++)
      n += h.active[h.partIdx[q] as number] as number;
    M += (n * (n - 1)) / 2;
  }
  const ca = new Int32Array(M);
  const cb = new Int32Array(M);
  const ce = new Int32Array(M);
  let m = 0;
  for (let k = 0; k < h.order.length; k++) {
    const e = h.order[k] as number;
    if (!eligible(e)) continue;
    const lo = h.partStart[e] as number;
    const hi = h.partStart[e + 1] as number;
    for (let x = lo; x < hi; x++) {
      const px = h.partIdx[x] as number;
      if (!h.active[px]) continue;
      for (let y = x + 1; y < hi; y++) {
        const py = h.partIdx[y] as number;
        if (!h.active[py]) continue;
        ca[m] = Math.min(px, py);
        cb[m] = Math.max(px, py);
        ce[m] = e;
        m++;
      }
    }
  }
  // Stable radix sort by (a, b): by b, then by a; day order survives within each pair.
  const byB = stableOrder(cb, P, null);
  const sorted = stableOrder(ca, P, byB);

  // Contributions in pair order: their keys, and (reusing `sorted`) their encounters, whose days and
  // weights are read from the history (fewer large temporary arrays for the garbage collector).
  const cKey = new Float64Array(M);
  const cEnc = sorted;
  for (let r = 0; r < M; r++) {
    const c = sorted[r] as number;
    cKey[r] = (ca[c] as number) * P + (cb[c] as number);
    cEnc[r] = ce[c] as number;
  }
  const days = h.days;
  const weights = h.weights;

  // Count distinct pairs and distinct (pair, day) rows first, so the arrays the engine keeps are
  // allocated at their exact size: no oversized buffers held alive behind subarrays for the engine's life,
  // less external memory for the garbage collector to chase.
  let pairCount = 0;
  let dayCount = 0;
  for (let r = 0, x = 0; r < M || x < explicitKeys.length; pairCount++) {
    const nextC = r < M ? (cKey[r] as number) : Number.POSITIVE_INFINITY;
    const nextX = x < explicitKeys.length ? (explicitKeys[x] as number) : Number.POSITIVE_INFINITY;
    const key = nextC < nextX ? nextC : nextX;
    if (nextX === key) x++;
    for (; r < M && cKey[r] === key; r++) {
      if (r === 0 || cKey[r - 1] !== key || days[cEnc[r - 1] as number] !== days[cEnc[r] as number]) {
        dayCount++;
      }
    }
  }

  // Walk contributions and explicit ties together in key order; collapse each pair's contributions to
  // distinct days with running decayed sums.
  const pa = new Int32Array(pairCount);
  const pb = new Int32Array(pairCount);
  const pExplicit = new Float64Array(pairCount);
  const pStart = new Int32Array(pairCount + 1);
  const day = new Int32Array(dayCount);
  const cum = new Float64Array(dayCount);
  const table = new DecayTable(H, h.maxDay - h.minDay + 730);
  let scratch = new Float64Array(16);
  let gathered = new Float64Array(16);
  let n = 0;
  let out = 0;
  let q = 0;
  let x = 0;
  while (q < M || x < explicitKeys.length) {
    const nextC = q < M ? (cKey[q] as number) : Number.POSITIVE_INFINITY;
    const nextX = x < explicitKeys.length ? (explicitKeys[x] as number) : Number.POSITIVE_INFINITY;
    const key = Math.min(nextC, nextX);
    const a = Math.floor(key / P);
    pa[n] = a;
    pb[n] = key - a * P;
    pStart[n] = out;
    if (nextX === key) pExplicit[n] = explicitWeights[x++] as number;
    n++;
    let s = 0;
    let prev = 0;
    const first = out;
    while (q < M && cKey[q] === key) {
      const d = days[cEnc[q] as number] as number;
      const from = q;
      while (q < M && cKey[q] === key && days[cEnc[q] as number] === d) q++;
      let sum: number;
      if (q - from === 1) sum = weights[cEnc[from] as number] as number;
      else {
        if (q - from > scratch.length) {
          scratch = new Float64Array(2 * (q - from));
          gathered = new Float64Array(2 * (q - from));
        }
        for (let r = from; r < q; r++) gathered[r - from] = weights[cEnc[r] as number] as number;
        sum = orderFreeSum(gathered, 0, q - from, scratch);
      }
      s = (out === first ? 0 : s * table.factor(d - prev)) + sum;
      prev = d;
      day[out] = d;
      cum[out] = s;
      out++;
    }
  }
  pStart[n] = out;
  return { a: pa, b: pb, explicit: pExplicit, start: pStart, day, cum, decay: table };
}

/** Stable counting sort of positions by `keys[position]` in [0, range); `within` is an earlier order. */
function stableOrder(keys: Int32Array, range: number, within: Int32Array | null): Int32Array {
  const n = keys.length;
  const bucket = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) {
    const b = (keys[i] as number) + 1;
    bucket[b] = (bucket[b] as number) + 1;
  }
  for (let b = 1; b <= range; b++) bucket[b] = (bucket[b] as number) + (bucket[b - 1] as number);
  const out = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const i = within === null ? r : (within[r] as number);
    const b = keys[i] as number;
    const at = bucket[b] as number;
    bucket[b] = at + 1;
    out[at] = i;
  }
  return out;
}

/** Tie weights as of `asOfDay`, in pair order; pairs with no weight yet are left out. */
export function tieWeightsAt(pairs: PairHistory, ids: readonly string[], asOfDay: number): TieWeight[] {
  const out: TieWeight[] = [];
  const n = pairs.a.length;
  for (let r = 0; r < n; r++) {
    const lo = pairs.start[r] as number;
    const hi = pairs.start[r + 1] as number;
    let co = 0;
    if (hi > lo && (pairs.day[lo] as number) <= asOfDay) {
      const k = ((pairs.day[hi - 1] as number) <= asOfDay ? hi : upperBound(pairs.day, asOfDay, lo, hi)) - 1;
      co = (pairs.cum[k] as number) * pairs.decay.factor(asOfDay - (pairs.day[k] as number));
    }
    const explicit = pairs.explicit[r] as number;
    const weight = explicit + co;
    if (weight > 0) {
      out.push({
        a: ids[pairs.a[r] as number] as string,
        b: ids[pairs.b[r] as number] as string,
        weight,
        explicit,
        coParticipation: co,
      });
    }
  }
  return out;
}

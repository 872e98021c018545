/**
 * Rings (Dunbar's layers): people ranked by strength fill cumulative caps 5 / 15 / 50 / 150; everyone
 * else met at least once is `known`; people never met are `not-met`.
 */
import type { RingNumber } from '../domain/schema';

export type Ring = RingNumber | 'known' | 'not-met';

export const RINGS: readonly Ring[] = [1, 2, 3, 4, 'known', 'not-met'];

/** The ring of the person at 0-based `rank` (strongest first) given cumulative caps. */
export function ringForRank(
  rank: number,
  caps: readonly [number, number, number, number],
): RingNumber | 'known' {
  if (rank < caps[0]) return 1;
  if (rank < caps[1]) return 2;
  if (rank < caps[2]) return 3;
  if (rank < caps[3]) return 4;
  return 'known';
}

/** Index of a ring in RINGS (1 → 0 … 'not-met' → 5): smaller is closer. */
export function ringOrder(ring: Ring): number {
  return typeof ring === 'number' ? ring - 1 : ring === 'known' ? 4 : 5;
}

/**
 * Order of indices by strength, strongest first; equal strengths by index (the caller numbers people in
 * id order, so ties break by id). Only indices with strength > 0 (and `eligible`) are ranked. With `limit`,
 * only the first `limit` of that order are returned: the limit-th largest strength is found by selection
 * (O(n)) and only the people at or above it are sorted.
 */
export function rankByStrength(
  strengths: ArrayLike<number>,
  eligible?: (index: number) => boolean,
  limit = Number.POSITIVE_INFINITY,
): Int32Array {
  const picked: number[] = [];
  for (let i = 0; i < strengths.length; i++) {
    if ((strengths[i] as number) > 0 && (eligible === undefined || eligible(i))) picked.push(i);
  }
  let candidates = picked;
  if (limit < picked.length) {
    const values = Float64Array.from(picked, (i) => -(strengths[i] as number));
    const threshold = -kthSmallest(values, limit - 1);
    candidates = picked.filter((i) => (strengths[i] as number) >= threshold);
  }
  const order = Int32Array.from(candidates);
  if (order.length < 256) order.sort((a, b) => (strengths[b] as number) - (strengths[a] as number) || a - b);
  else sortByStrengthDescending(order, strengths);
  return limit < order.length ? order.subarray(0, limit) : order;
}

/**
 * Sorts indices strongest first, equal strengths by index, for thousands of people: a stable radix sort
 * on the upper 32 bits of the (positive) strengths, three passes of 11 bits, then an insertion pass that
 * orders the rare runs equal in those bits exactly. A comparator sort calls back into JavaScript for
 * every comparison and costs several times as much.
 */
function sortByStrengthDescending(order: Int32Array, strengths: ArrayLike<number>): void {
  const n = order.length;
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const hi = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
  // Complemented, so that ascending keys mean descending strength. The indices arrive ascending (as
  // rankByStrength collects them) and the sort is stable, so equal keys stay in index order.
  let keys = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    bits[0] = strengths[order[r] as number] as number;
    keys[r] = ~(words[hi] as number);
  }
  let idx: Int32Array = order;
  let keysOut = new Int32Array(n);
  let idxOut: Int32Array = new Int32Array(n);
  const count = new Int32Array(2049);
  for (const shift of [0, 11, 22]) {
    count.fill(0);
    for (let r = 0; r < n; r++) {
      const b = (((keys[r] as number) >>> shift) & 2047) + 1;
      count[b] = (count[b] as number) + 1;
    }
    for (let b = 1; b < 2049; b++) count[b] = (count[b] as number) + (count[b - 1] as number);
    for (let r = 0; r < n; r++) {
      const k = keys[r] as number;
      const b = (k >>> shift) & 2047;
      const at = count[b] as number;
      count[b] = at + 1;
      keysOut[at] = k;
      idxOut[at] = idx[r] as number;
    }
    [keys, keysOut] = [keysOut, keys];
    [idx, idxOut] = [idxOut, idx];
  }
  if (idx !== order) order.set(idx);
  // Equal upper bits: order those exactly (strength descending, then index).
  for (let r = 1; r < n; r++) {
    const i = order[r] as number;
    const s = strengths[i] as number;
    let j = r - 1;
    while (j >= 0) {
      const o = order[j] as number;
      const so = strengths[o] as number;
      if (so > s || (so === s && o < i)) break;
      order[j + 1] = o;
      j--;
    }
    order[j + 1] = i;
  }
}

/** The k-th smallest value (0-based) by quickselect (Hoare); reorders `values`. */
function kthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const tmp = values[i] as number;
        values[i] = values[j] as number;
        values[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] as number;
  }
  return values[k] as number;
}

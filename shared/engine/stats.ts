/** Small numeric helpers on plain arrays: order statistics, inequality, searching sorted arrays. */
import { pool } from './scratch';

/**
 * The p-quantile (0 ≤ p ≤ 1) of sorted ascending values by linear interpolation between closest ranks
 * (the common "type 7" definition: the median of 1, 2, 3, 4 is 2.5). NaN for no values.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number, n = sorted.length): number {
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] as number;
  return a + (h - lo) * ((sorted[hi] as number) - a);
}

/** Median of values in any order. */
export function median(values: readonly number[]): number {
  return quantileSorted(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/**
 * Burstiness B = (σ − μ)/(σ + μ) of inter-event gaps (Goh & Barabási 2008): −1 for a perfectly regular
 * rhythm, 0 for a random (Poisson) one, towards +1 for bursts separated by long silences.
 * σ is the population standard deviation. 0 when there are no gaps or they are all zero.
 */
export function burstiness(gaps: ArrayLike<number>): number {
  const n = gaps.length;
  if (n === 0) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += gaps[i] as number;
  const mean = sum / n;
  let sq = 0;
  for (let i = 0; i < n; i++) {
    const d = (gaps[i] as number) - mean;
    sq += d * d;
  }
  const sd = Math.sqrt(sq / n);
  return sd + mean === 0 ? 0 : (sd - mean) / (sd + mean);
}

/**
 * Burstiness corrected for short sequences (Kim & Jo 2016, Phys. Rev. E 94, 032311):
 * `A_m = (√(m+1)·r − √(m−1)) / ((√(m+1) − 2)·r + √(m−1))` with r = σ/μ of m gaps. For m gaps r can be at
 * most √(m−1) (one gap holds all the time), so the plain B of 8 gaps never exceeds 0.45; A_m spans −1
 * (regular) to +1 (that extreme) for any m and tends to B for long sequences. Fewer than 2 gaps: −1.
 * Reads the first `m` gaps.
 */
export function finiteBurstiness(gaps: ArrayLike<number>, m = gaps.length): number {
  if (m < 2) return -1;
  let sum = 0;
  for (let i = 0; i < m; i++) sum += gaps[i] as number;
  const mean = sum / m;
  if (mean === 0) return -1;
  let sq = 0;
  for (let i = 0; i < m; i++) {
    const d = (gaps[i] as number) - mean;
    sq += d * d;
  }
  const r = Math.sqrt(sq / m) / mean;
  const a = Math.sqrt(m + 1);
  const b = Math.sqrt(m - 1);
  return (a * r - b) / ((a - 2) * r + b);
}

/**
 * Gini coefficient of non-negative values: 0 when all are equal, towards 1 when one holds everything.
 * `G = Σ (2i − n − 1)·x_i / (n · Σ x)` over the values sorted ascending (i from 1). 0 for no values or a
 * zero total.
 */
export function gini(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  return giniSorted(sorted);
}

/** Gini of values already sorted ascending. */
export function giniSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i] as number;
    total += x;
    weighted += (2 * (i + 1) - n - 1) * x;
  }
  return n === 0 || total <= 0 ? 0 : weighted / (n * total);
}

/** Share of the total held by the `k` largest values (0 for a zero total). */
export function topShare(values: ArrayLike<number>, k: number): number {
  return topShareSorted(Float64Array.from(values as ArrayLike<number>).sort(), k);
}

/** Share of the total held by the `k` largest of values sorted ascending. */
export function topShareSorted(sorted: ArrayLike<number>, k: number): number {
  const n = sorted.length;
  let total = 0;
  let top = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i] as number;
    total += x;
    if (i >= n - k) top += x;
  }
  return total <= 0 ? 0 : top / total;
}

/** Number of elements ≤ x in an ascending array (the index just past the last such element). */
export function upperBound(sorted: ArrayLike<number>, x: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indices `k` (those with `include(k)`, all by default) ordered by `days[k]` ascending, stable: a counting
 * sort over the day range, O(n + range). Every day must lie in [minDay, maxDay].
 */
export function sortIndicesByDay(
  days: ArrayLike<number>,
  minDay: number,
  maxDay: number,
  include?: (k: number) => boolean,
  into?: Int32Array,
): Int32Array {
  const bucket = new Int32Array(Math.max(0, maxDay - minDay) + 2);
  let n = 0;
  for (let k = 0; k < days.length; k++) {
    if (include !== undefined && !include(k)) continue;
    const b = (days[k] as number) - minDay + 1;
    bucket[b] = (bucket[b] as number) + 1;
    n++;
  }
  for (let b = 1; b < bucket.length; b++) bucket[b] = (bucket[b] as number) + (bucket[b - 1] as number);
  const out = into !== undefined && into.length >= n ? into.subarray(0, n) : new Int32Array(n);
  for (let k = 0; k < days.length; k++) {
    if (include !== undefined && !include(k)) continue;
    const b = (days[k] as number) - minDay;
    const at = bucket[b] as number;
    bucket[b] = at + 1;
    out[at] = k;
  }
  return out;
}

/**
 * Sum of values[from … to) added smallest first, so the floating-point result does not depend on the
 * order they came in. `scratch` must hold to − from values.
 */
export function orderFreeSum(
  values: ArrayLike<number>,
  from: number,
  to: number,
  scratch: Float64Array,
): number {
  const n = to - from;
  if (n === 1) return values[from] as number;
  // Two values: addition is commutative, so either order gives the same bits.
  if (n === 2) return (values[from] as number) + (values[from + 1] as number);
  for (let k = 0; k < n; k++) scratch[k] = values[from + k] as number;
  if (n <= 16) insertionSort(scratch, 0, n);
  else scratch.subarray(0, n).sort();
  let sum = 0;
  for (let k = 0; k < n; k++) sum += scratch[k] as number;
  return sum;
}

/**
 * Sorts values[from … to) ascending in place by insertion: for the handful of values the engine sorts
 * many times over (a person's recent gaps, an encounter's participants, a person's partners), where a
 * typed-array sort call costs more than the sorting.
 */
export function insertionSort(values: Int32Array | Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const v = values[i] as number;
    let j = i - 1;
    while (j >= from && (values[j] as number) > v) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = v;
  }
}

/**
 * Sorts non-negative doubles ascending in place, exactly: a radix sort (two 11-bit passes) on the top 22
 * bits, which order non-negative doubles to about 0.1 %, then an insertion pass that fixes the few values
 * agreeing in those bits. About twice as fast as the built-in sort for the thousands of
 * strengths sorted per month of the timeline. Small or unusual arrays use the built-in sort.
 */
export function sortNonNegative(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < 512) return values.sort();
  for (let i = 0; i < n; i++) if (!((values[i] as number) >= 0)) return values.sort();
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const hiOffset = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
  // Work arrays from the scratch pool: the timeline sorts dozens of months of strengths in a row.
  let keys = pool.int('sort.keys', n);
  for (let i = 0; i < n; i++) keys[i] = words[2 * i + hiOffset] as number;
  let vals: Float64Array<ArrayBufferLike> = values;
  let keysOut = pool.int('sort.keysOut', n);
  let valsOut: Float64Array<ArrayBufferLike> = pool.float('sort.values', n);
  const count = pool.int('sort.count', 2049);
  for (const shift of [10, 21]) {
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const b = (((keys[i] as number) >>> shift) & 2047) + 1;
      count[b] = (count[b] as number) + 1;
    }
    for (let b = 1; b < 2049; b++) count[b] = (count[b] as number) + (count[b - 1] as number);
    for (let i = 0; i < n; i++) {
      const k = keys[i] as number;
      const b = (k >>> shift) & 2047;
      const at = count[b] as number;
      count[b] = at + 1;
      keysOut[at] = k;
      valsOut[at] = vals[i] as number;
    }
    [keys, keysOut] = [keysOut, keys];
    [vals, valsOut] = [valsOut, vals];
  }
  // (After an odd number of passes the sorted values would be in the scratch array.)
  if (vals !== values) values.set(vals.subarray(0, n));
  // Values agreeing in their top 22 bits (sign, exponent and 10 mantissa bits: within about 0.1 % of each
  // other) may still be out of order; one insertion pass puts them right.
  for (let i = 1; i < n; i++) {
    const x = values[i] as number;
    let j = i - 1;
    if ((values[j] as number) <= x) continue;
    while (j >= 0 && (values[j] as number) > x) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = x;
  }
  return values;
}

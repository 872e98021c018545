/**
 * The expected contact rhythm of one person, learned from the gaps between their distinct contact days
 * and shrunk toward the ring's default when their history is short:
 *
 *   ĉ = (n · g + k · c_ring) / (n + k)
 *
 * with n the number of recent gaps used (at most 8), g their median (or their 75th percentile when the
 * gaps are bursty: burstiness above 0.5, measured with the finite-size correction of Kim & Jo 2016 since
 * the plain (σ − μ)/(σ + μ) of 8 gaps cannot exceed 0.45), c_ring the ring's default cadence and k = 2 the
 * prior's weight in gaps.
 * A cadence the user set for the person overrides all of this.
 */
import type { ModelParams } from '../domain/model-params';
import { finiteBurstiness, insertionSort, quantileSorted } from './stats';

export type CadenceSource = 'user' | 'learned' | 'ring';

export interface Cadence {
  days: number;
  source: CadenceSource;
  /** Gaps that went into it (0 when only the ring default or the user's value was used). */
  gaps: number;
  bursty: boolean;
}

type CadenceParams = Pick<ModelParams, 'cadenceGapCount' | 'cadencePriorGaps' | 'burstinessThreshold'>;

/**
 * Cadence from the first `count` entries of ascending distinct contact days (the ones up to the date
 * asked about). `ringDefault` is the prior; `userCadence` (if any) wins. Needs `count ≥ 1`.
 */
export function cadence(
  contactDays: ArrayLike<number>,
  count: number,
  ringDefault: number,
  userCadence: number | undefined,
  params: CadenceParams,
  scratch: Float64Array = new Float64Array(params.cadenceGapCount),
): Cadence {
  return cadenceFrom(contactDays, 0, count, ringDefault, userCadence, params, scratch);
}

/**
 * The same for the contact days `contactDays[from … from + count)`: the engine keeps everyone's days in
 * one array and asks this once per person and date, so no views are made and the (at most 8) gaps are
 * sorted in place by insertion.
 */
export function cadenceFrom(
  contactDays: ArrayLike<number>,
  from: number,
  count: number,
  ringDefault: number,
  userCadence: number | undefined,
  params: CadenceParams,
  scratch: Float64Array,
): Cadence {
  if (userCadence !== undefined) return { days: userCadence, source: 'user', gaps: 0, bursty: false };
  const n = Math.min(params.cadenceGapCount, count - 1);
  if (n <= 0) return { days: ringDefault, source: 'ring', gaps: 0, bursty: false };
  const gaps = scratch.length >= n ? scratch : new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const at = from + count - n + i;
    gaps[i] = (contactDays[at] as number) - (contactDays[at - 1] as number);
  }
  const bursty = finiteBurstiness(gaps, n) > params.burstinessThreshold;
  insertionSort(gaps, 0, n);
  const typical = quantileSorted(gaps, bursty ? 0.75 : 0.5, n);
  const k = params.cadencePriorGaps;
  return { days: (n * typical + k * ringDefault) / (n + k), source: 'learned', gaps: n, bursty };
}

/**
 * Tie strength. Three decayed sums over the encounters at or before t, each `Σ x_i · 2^(−(t − t_i) / H)`:
 *
 * - days: every day with contact, whatever the channel (frequency; days with contact predict tie strength
 *   better than raw counts: Ureña-Carrión, Saramäki & Kivelä 2020), shared only in a crowd (the group
 *   share of the day's smallest gathering),
 * - time: hours spent together (Hall 2019: friendship grows with hours together),
 * - volume: every encounter, weighted by its channel (the reference model's strength),
 *
 * combined as a weighted geometric mean `days^a · time^b · volume^c` (a + b + c = 1); encounters answered
 * from the other side add to the volume (reciprocity, Raeder et al. 2011). All three decay alike, so the combination decays exactly like
 * each of them: `S(t) = S(d) · 2^(−(t − d)/H)` after the last encounter day d, and steady contact every g
 * days still converges to `x / (1 − 2^(−g/H))` per dimension — with H = 90 about 19.0 × weekly, 4.8 ×
 * monthly, 2.0 × quarterly, 1.1 × yearly.
 */
import type { ModelParams } from '../domain/model-params';
import type { PersonKind } from '../domain/schema';

/** Kinds whose ties fade slowly (kin; Burt 2000, Roberts & Dunbar 2015). */
export const LONG_HALF_LIFE_KINDS: ReadonlySet<PersonKind> = new Set(['family', 'partner']);

/** The half-life that applies to a person of this kind. */
export function halfLifeFor(
  kind: PersonKind,
  params: Pick<ModelParams, 'halfLifeDays' | 'familyHalfLifeDays'>,
): number {
  return LONG_HALF_LIFE_KINDS.has(kind) ? params.familyHalfLifeDays : params.halfLifeDays;
}

/** `2^(−days / halfLife)`: what is left of a contribution after `days`. */
export function decay(days: number, halfLifeDays: number): number {
  return 2 ** (-days / halfLifeDays);
}

export interface Contribution {
  /** Day number of the encounter. */
  day: number;
  weight: number;
}

/**
 * Strength as of `asOfDay` from contributions in any order; contributions after `asOfDay` are ignored.
 * The direct definition, O(n); the prepared engine gets the same number in O(log n) from a running sum.
 */
export function strength(
  contributions: readonly Contribution[],
  asOfDay: number,
  halfLifeDays: number,
): number {
  let s = 0;
  for (const c of contributions) {
    if (c.day <= asOfDay) s += c.weight * decay(asOfDay - c.day, halfLifeDays);
  }
  return s;
}

/** The level steady contact of weight `w` every `gapDays` converges to: `w / (1 − 2^(−gap/H))`. */
export function steadyStrength(weight: number, gapDays: number, halfLifeDays: number): number {
  return weight / (1 - decay(gapDays, halfLifeDays));
}

/**
 * `2^(−gap/H)` for whole-day gaps from a table (a power is the costliest step when indexing thousands of
 * encounters); gaps beyond the table are computed directly.
 */
export class DecayTable {
  private readonly table: Float64Array;

  constructor(
    readonly halfLifeDays: number,
    maxGap: number,
  ) {
    this.table = new Float64Array(Math.max(1, Math.min(maxGap + 1, 1 << 22)));
    for (let g = 0; g < this.table.length; g++) this.table[g] = 2 ** (-g / halfLifeDays);
  }

  factor(gap: number): number {
    return gap < this.table.length ? (this.table[gap] as number) : 2 ** (-gap / this.halfLifeDays);
  }
}

/** The strength mix as exponents that add up to 1 (an all-zero mix counts each dimension equally). */
export function mixExponents(mix: ModelParams['strengthMix']): readonly [number, number, number] {
  const sum = mix.days + mix.time + mix.volume;
  if (!(sum > 0)) return [1 / 3, 1 / 3, 1 / 3];
  return [mix.days / sum, mix.time / sum, mix.volume / sum];
}

/**
 * Volume with give and take (Raeder et al. 2011: reciprocated ties persist): `volume + w · 2 · min(me, them)`,
 * where `me` and `them` are the weighted encounters each side initiated (decayed alike, so the result
 * decays like the volume). A balanced tie whose initiators are all known gains the share w in full, a
 * one-sided one nothing, and since the smaller side can only grow, more contact never lowers it.
 */
export function reciprocalVolume(
  volume: number,
  me: number,
  them: number,
  params: Pick<ModelParams, 'reciprocityWeight'>,
): number {
  return volume + params.reciprocityWeight * 2 * Math.min(me, them);
}

/**
 * Strength from its decayed dimensions: `days^a · time^b · volume^c`. Zero without a contact day (social-
 * media reactions alone add volume but no days) or when a dimension with a weight is zero.
 */
export function combineStrength(
  days: number,
  time: number,
  volume: number,
  exponents: readonly [number, number, number],
): number {
  const [a, b, c] = exponents;
  // No contact day yet (only social-media reactions, or attempts): no strength.
  if (days <= 0 || (b > 0 && time <= 0) || (c > 0 && volume <= 0)) return 0;
  // The default mix weighs all three alike: one cube root (this runs for every day of everyone's history).
  if (a === b && b === c) return Math.cbrt(days * time * volume);
  return days ** a * time ** b * volume ** c;
}

/**
 * Tie strength with exponential decay: `S(t) = Σ w_i · 2^(−(t − t_i) / H)` over the encounters at or
 * before t. Steady contact every g days converges to `w / (1 − 2^(−g/H))`: with H = 90 about 19.0 × w
 * weekly, 4.8 × w monthly (30 d), 2.0 × w quarterly (91 d), 1.1 × w yearly.
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

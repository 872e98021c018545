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
 * id order, so ties break by id). Only indices with strength > 0 are ranked.
 */
export function rankByStrength(
  strengths: ArrayLike<number>,
  eligible?: (index: number) => boolean,
): Int32Array {
  const picked: number[] = [];
  for (let i = 0; i < strengths.length; i++) {
    if ((strengths[i] as number) > 0 && (eligible === undefined || eligible(i))) picked.push(i);
  }
  const order = Int32Array.from(picked);
  order.sort((a, b) => (strengths[b] as number) - (strengths[a] as number) || a - b);
  return order;
}

/**
 * Which outer bands the ring layout folds: a band of more than FOLD_ABOVE people (after the filters)
 * is folded unless the user opened it, any band the user folded is folded. A folded band is drawn as
 * one narrow band with its count ("Known · 1,850 people"); its people are not drawn one by one, so a
 * network of thousands opens on the rings that matter, and the view can open the band on demand.
 */
import type { BandFolding, FoldableRing, MapPersonMetrics, RingKey } from '../types';
import { FOLDABLE_RINGS } from '../types';

/** More people than Dunbar's 150 (all four rings together) in an outer band: folded by default. */
export const FOLD_ABOVE = 150;

/** The folded bands with the number of people (who pass the filters) in each. */
export function foldedBands(
  figures: readonly Pick<MapPersonMetrics, 'ring'>[],
  passes: readonly boolean[],
  folding: Partial<Record<FoldableRing, BandFolding>> = {},
): Map<RingKey, number> {
  const counts = new Map<RingKey, number>();
  for (let i = 0; i < figures.length; i++) {
    if (!passes[i]) continue;
    const ring = figures[i]!.ring;
    if (ring === 'known' || ring === 'not-met') counts.set(ring, (counts.get(ring) ?? 0) + 1);
  }
  const folded = new Map<RingKey, number>();
  for (const ring of FOLDABLE_RINGS) {
    const count = counts.get(ring) ?? 0;
    const mode = folding[ring] ?? 'auto';
    if (count > 0 && (mode === 'folded' || (mode === 'auto' && count > FOLD_ABOVE))) folded.set(ring, count);
  }
  return folded;
}

/**
 * The one cache of buildScene: what can be reused between scenes of the same data (one per data
 * revision, owned by the caller). Each slot remembers one value for its inputs, compared by identity;
 * the date-independent layouts (network, by context) are kept by their key.
 */
import type { Point, SceneGroupLabel } from '../types';

export interface CachedLayout {
  positions: Map<string, Point>;
  groups: SceneGroupLabel[];
}

export class SceneCache {
  private readonly slots = new Map<string, { inputs: readonly unknown[]; value: unknown }>();
  private readonly layouts = new Map<string, CachedLayout>();

  /** `compute()` for these inputs, or what it gave last time for the same inputs (by identity). */
  remember<T>(slot: string, inputs: readonly unknown[], compute: () => T): T {
    const hit = this.slots.get(slot);
    if (hit && hit.inputs.length === inputs.length && hit.inputs.every((v, i) => v === inputs[i]))
      return hit.value as T;
    const value = compute();
    this.slots.set(slot, { inputs, value });
    return value;
  }

  /** A layout that does not follow the date, by its key (layout, seed, pins…). */
  layout(key: string, compute: () => CachedLayout): CachedLayout {
    let layout = this.layouts.get(key);
    if (!layout) {
      layout = compute();
      this.layouts.set(key, layout);
    }
    return layout;
  }
}

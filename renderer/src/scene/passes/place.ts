/**
 * Pass 2 — where everyone goes: the ring layout always (its bands, sectors and angles decorate the map),
 * and the network or context layout when chosen (they do not follow the date: the time slider restyles
 * them and shows or hides people, so they come from the cache). Pins override computed positions.
 * Positions never depend on the filters: a filter hides people, it does not move the others.
 */
import type { Clustering } from '../clusters';
import { NO_CLUSTER } from '../clusters';
import { radiusFor } from '../encodings';
import { layoutByContext } from '../layout-context';
import { type EgoLayout, type LayoutPerson, layoutEgo } from '../layout-ego';
import { layoutForce } from '../layout-force';
import { literal, ref } from '../text';
import type { MapTie, Point, SceneGroupLabel, SceneOptions, TextRef } from '../types';
import type { CachedLayout, SceneCache } from './cache';

export interface Placement {
  ego: EgoLayout;
  /** Computed positions of the chosen layout (pins not applied). */
  positions: Map<string, Point>;
  /** Group names of the chosen layout (the context layout's clusters). */
  groups: SceneGroupLabel[];
  pins: ReadonlyMap<string, Point>;
}

export function placePeople(
  people: readonly LayoutPerson[],
  clustering: Clustering,
  contextName: ReadonlyMap<string, string>,
  ties: readonly MapTie[],
  options: Pick<SceneOptions, 'layout' | 'seed' | 'pins' | 'forceIterations'>,
  cache?: SceneCache,
): Placement {
  const clusterOrder = clustering.order.map((c) => c.key);
  const ego = layoutEgo(people, clusterOrder, options.seed);
  const pinned = options.pins[options.layout] ?? {};
  const pins = new Map(Object.entries(pinned));
  if (options.layout === 'ego') return { ego, positions: ego.positions, groups: [], pins };
  const key = `${options.layout}|${options.seed}|${options.forceIterations ?? ''}|${JSON.stringify(pinned)}`;
  const compute = (): CachedLayout =>
    options.layout === 'force'
      ? {
          positions: layoutForce(
            people.map((p) => ({
              id: p.id,
              ring: p.ring,
              depth: p.depth,
              r: radiusFor(p.depth, p.ring),
              start: ego.positions.get(p.id) ?? { x: 0, y: 0 },
              ...(pins.has(p.id) ? { pin: pins.get(p.id) } : {}),
            })),
            ties,
            options.seed,
            options.forceIterations,
          ),
          groups: [],
        }
      : contextLayout(people, clusterOrder, contextName);
  const layout = cache ? cache.layout(key, compute) : compute();
  return { ego, positions: layout.positions, groups: layout.groups, pins };
}

function contextLayout(
  people: readonly LayoutPerson[],
  clusterOrder: readonly string[],
  contextName: ReadonlyMap<string, string>,
): CachedLayout {
  const ctx = layoutByContext(
    people.map((p) => ({ id: p.id, cluster: p.cluster, depth: p.depth, r: radiusFor(p.depth, p.ring) })),
    clusterOrder,
  );
  return {
    positions: ctx.positions,
    groups: ctx.groups.map((g) => ({
      id: g.cluster,
      label: groupText(g.cluster, g.count, contextName),
      x: g.x,
      y: Math.round((g.y - g.r - 8) * 100) / 100,
      anchor: 'middle' as const,
      count: g.count,
    })),
  };
}

function groupText(cluster: string, count: number, names: ReadonlyMap<string, string>): TextRef {
  const name = names.get(cluster);
  if (name !== undefined) return literal(name);
  return cluster === NO_CLUSTER ? ref('group.none') : ref('group.ties', { count });
}

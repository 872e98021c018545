/**
 * Pass 2 — where everyone goes: the ring layout always (its bands, sectors and angles decorate the map),
 * and the network or context layout when chosen (they do not follow the date: the time slider restyles
 * them and shows or hides people, so they come from the cache). Pins override computed positions.
 *
 * The ring layout is made of the people shown: its bands are sized to them (rings 1–3 of 2,000 people
 * fill the picture instead of its centre), the rings a ring filter leaves out take no room, and a folded
 * outer band is one narrow counted band. The network and context layouts do not depend on the filters:
 * a filter hides people there, it does not move the others.
 */

import type { PersonKind } from '../../../../shared/domain/schema';
import type { Clustering } from '../clusters';
import { NO_CLUSTER } from '../clusters';
import { radiusFor } from '../encodings';
import { estimateTextWidth } from '../labels';
import { GROUP_NAME_GAP, layoutByContext } from '../layout-context';
import { type EgoBands, type EgoLayout, type LayoutPerson, layoutEgo } from '../layout-ego';
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
  /** The ring layout's people (those shown) and bands; everyone and every band when left out. */
  shown?: { people: readonly LayoutPerson[]; bands: EgoBands },
): Placement {
  const clusterOrder = clustering.order.map((c) => c.key);
  const pinned = options.pins[options.layout] ?? {};
  const pins = new Map(Object.entries(pinned));
  if (options.layout === 'ego') {
    const ego = shown
      ? layoutEgo(shown.people, clusterOrder, options.seed, shown.bands)
      : layoutEgo(people, clusterOrder, options.seed);
    return { ego, positions: ego.positions, groups: [], pins };
  }
  // The other layouts start from (network) or keep (context) everyone's place, whatever is shown.
  const ego = layoutEgo(people, clusterOrder, options.seed);
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

/** Font size (px) of group names on the map (as the canvas draws them). */
const GROUP_NAME_SIZE = 11;
/** About the longest name of a group named by its kind, in either language (to keep room for it). */
const NAMED_BY_KIND = 'Interessenten (12)';

function contextLayout(
  people: readonly LayoutPerson[],
  clusterOrder: readonly string[],
  contextName: ReadonlyMap<string, string>,
): CachedLayout {
  const kinds = mostCommonKinds(people);
  const ctx = layoutByContext(
    people.map((p) => ({ id: p.id, cluster: p.cluster, depth: p.depth, r: radiusFor(p.depth, p.ring) })),
    clusterOrder,
    (cluster) => estimateTextWidth(contextName.get(cluster) ?? NAMED_BY_KIND, GROUP_NAME_SIZE),
  );
  return {
    positions: ctx.positions,
    groups: ctx.groups.map((g) => ({
      id: g.cluster,
      label: groupText(g.cluster, g.count, contextName, kinds.get(g.cluster)),
      x: g.x,
      y: Math.round((g.y - g.r - GROUP_NAME_GAP) * 100) / 100,
      anchor: 'middle' as const,
      count: g.count,
    })),
  };
}

/** Per cluster, the kind most of its people are (ties broken by the kinds' order in the data). */
function mostCommonKinds(people: readonly LayoutPerson[]): Map<string, PersonKind> {
  const counts = new Map<string, Map<PersonKind, number>>();
  for (const p of people) {
    if (!p.kind) continue;
    const byKind = counts.get(p.cluster) ?? counts.set(p.cluster, new Map()).get(p.cluster)!;
    byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + 1);
  }
  const out = new Map<string, PersonKind>();
  for (const [cluster, byKind] of counts) {
    let best: PersonKind | undefined;
    let most = 0;
    for (const [kind, n] of byKind) {
      if (n > most || (n === most && best !== undefined && kind < best)) {
        best = kind;
        most = n;
      }
    }
    if (best) out.set(cluster, best);
  }
  return out;
}

/**
 * A group's name: its context's name; a group of people tied to each other, by the kind most of them
 * are ("Friends (6)"); the rest "No context (12)".
 */
function groupText(
  cluster: string,
  count: number,
  names: ReadonlyMap<string, string>,
  kind: PersonKind | undefined,
): TextRef {
  const name = names.get(cluster);
  if (name !== undefined) return literal(name);
  if (cluster === NO_CLUSTER) return ref('group.none', { count });
  return kind ? ref(`group.kind.${kind}`, { count }) : ref('group.ties', { count });
}

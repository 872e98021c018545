/**
 * Grouping by context: each group (context, component of ties, or the unaffiliated) is a tight
 * cluster of circles, the deepest people in its middle; the clusters are packed around me. Each
 * cluster keeps room for its name above it (its packing circle encloses the name too), so names never
 * run into a neighbouring cluster or its name, and I keep a clear circle in the middle.
 * d3.packSiblings is deterministic (it shuffles with its own fixed LCG), so the same data gives the
 * same picture; the seed is not needed.
 */
import { packEnclose, packSiblings } from 'd3';
import type { Point } from './types';

export interface ContextPerson {
  id: string;
  cluster: string;
  depth: number;
  r: number;
}

export interface ContextGroup {
  cluster: string;
  x: number;
  y: number;
  r: number;
  count: number;
}

export interface ContextLayout {
  positions: Map<string, Point>;
  groups: ContextGroup[];
}

const NODE_PADDING = 2;
const GROUP_PADDING = 10;
/** The name sits this far above its cluster's circle (world px), and is about this tall. */
export const GROUP_NAME_GAP = 8;
const GROUP_NAME_HEIGHT = 14;
/** The clear circle around me. */
const ME_CLEARANCE = 34;

export function layoutByContext(
  people: readonly ContextPerson[],
  clusterOrder: readonly string[],
  /** The width (world px) of a cluster's name, to keep room for it; none when left out. */
  nameWidth: (cluster: string, count: number) => number = () => 0,
): ContextLayout {
  const members = new Map<string, ContextPerson[]>();
  for (const p of people) (members.get(p.cluster) ?? members.set(p.cluster, []).get(p.cluster)!).push(p);
  const rank = new Map(clusterOrder.map((c, i) => [c, i]));
  const clusters = [...members.keys()].sort(
    (a, b) =>
      (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER) || (a < b ? -1 : 1),
  );

  // Pack each group around its own origin, deepest first (packSiblings places the first circles
  // in the middle and spirals outwards).
  const packed = clusters.map((cluster) => {
    const group = [...members.get(cluster)!].sort((p, q) => q.depth - p.depth || (p.id < q.id ? -1 : 1));
    const circles = group.map((p) => ({ id: p.id, x: 0, y: 0, r: p.r + NODE_PADDING }));
    packSiblings(circles);
    const enclosing = packEnclose(circles) ?? { x: 0, y: 0, r: 0 };
    return { cluster, circles, enclosing, count: group.length };
  });

  // Then pack the groups around me (the first circle), and shift so that I am at (0, 0). A group's
  // circle reaches round its name: the far corner of the name's box above the cluster.
  const me = { x: 0, y: 0, r: ME_CLEARANCE };
  const outer = [
    me,
    ...packed.map((g) => {
      const half = nameWidth(g.cluster, g.count) / 2;
      const top = g.enclosing.r + GROUP_NAME_GAP + GROUP_NAME_HEIGHT / 2;
      const withName = half > 0 ? Math.hypot(half, top + GROUP_NAME_HEIGHT / 2) : 0;
      return { x: 0, y: 0, r: Math.max(g.enclosing.r, withName) + GROUP_PADDING };
    }),
  ];
  packSiblings(outer);
  const dx = -me.x;
  const dy = -me.y;

  const positions = new Map<string, Point>();
  const groups: ContextGroup[] = [];
  packed.forEach((g, i) => {
    const o = outer[i + 1]!;
    const ox = o.x + dx - g.enclosing.x;
    const oy = o.y + dy - g.enclosing.y;
    for (const c of g.circles) positions.set(c.id, { x: round(c.x + ox), y: round(c.y + oy) });
    groups.push({
      cluster: g.cluster,
      x: round(o.x + dx),
      y: round(o.y + dy),
      r: g.enclosing.r,
      count: g.count,
    });
  });
  return { positions, groups };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/**
 * Which group each person sits with on the map, so that clusters show: the person's largest context;
 * otherwise the group most of their tied people belong to; otherwise their own component of ties;
 * otherwise `none`. Pure and deterministic (ties are broken by id).
 */
import type { MapContext, MapPerson, MapTie } from './types';

export const NO_CLUSTER = 'none';

export interface Clustering {
  /** Person id → cluster key (a context id, `ties:<id>` for a component of ties, or `none`). */
  clusterOf: Map<string, string>;
  /** Cluster keys, largest first (`none` last), with their sizes. */
  order: { key: string; size: number; contextId?: string }[];
}

export function clusterPeople(
  people: readonly MapPerson[],
  contexts: readonly MapContext[],
  ties: readonly MapTie[],
): Clustering {
  const contextIds = new Set(contexts.map((c) => c.id));
  const members = new Map<string, number>();
  for (const p of people) {
    for (const c of p.contexts) if (contextIds.has(c)) members.set(c, (members.get(c) ?? 0) + 1);
  }
  const clusterOf = new Map<string, string>();
  for (const p of people) {
    let best: string | undefined;
    for (const c of p.contexts) {
      if (!contextIds.has(c)) continue;
      const m = members.get(c) ?? 0;
      const bm = best === undefined ? -1 : (members.get(best) ?? 0);
      if (m > bm || (m === bm && best !== undefined && c < best)) best = c;
    }
    if (best !== undefined) clusterOf.set(p.id, best);
  }

  const ids = new Set(people.map((p) => p.id));
  const neighbours = new Map<string, string[]>();
  for (const t of ties) {
    if (!ids.has(t.a) || !ids.has(t.b) || t.a === t.b) continue;
    (neighbours.get(t.a) ?? neighbours.set(t.a, []).get(t.a)!).push(t.b);
    (neighbours.get(t.b) ?? neighbours.set(t.b, []).get(t.b)!).push(t.a);
  }

  // People without a context join the group most of their tied people belong to.
  const sortedIds = people.map((p) => p.id).sort();
  const inherited = new Map<string, string>();
  for (const id of sortedIds) {
    if (clusterOf.has(id)) continue;
    const votes = new Map<string, number>();
    for (const n of neighbours.get(id) ?? []) {
      const c = clusterOf.get(n);
      if (c !== undefined) votes.set(c, (votes.get(c) ?? 0) + 1);
    }
    let best: string | undefined;
    let bestVotes = 0;
    for (const [c, v] of votes) {
      if (v > bestVotes || (v === bestVotes && best !== undefined && c < best)) {
        best = c;
        bestVotes = v;
      }
    }
    if (best !== undefined) inherited.set(id, best);
  }
  for (const [id, c] of inherited) clusterOf.set(id, c);

  // The rest: components of ties among themselves (union–find), singletons to `none`.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let y = x;
    while (parent.get(y) !== r) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const loose = sortedIds.filter((id) => !clusterOf.has(id));
  for (const id of loose) parent.set(id, id);
  for (const id of loose) {
    for (const n of neighbours.get(id) ?? []) {
      if (!parent.has(n)) continue;
      const ra = find(id);
      const rb = find(n);
      if (ra === rb) continue;
      // The smaller id becomes the root, so the component's key does not depend on the visit order.
      const [lo, hi] = ra < rb ? [ra, rb] : [rb, ra];
      parent.set(hi, lo);
    }
  }
  const componentSize = new Map<string, number>();
  for (const id of loose) componentSize.set(find(id), (componentSize.get(find(id)) ?? 0) + 1);
  for (const id of loose) {
    const root = find(id);
    clusterOf.set(id, (componentSize.get(root) ?? 0) > 1 ? `ties:${root}` : NO_CLUSTER);
  }

  const sizes = new Map<string, number>();
  for (const c of clusterOf.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes]
    .map(([key, size]) => (contextIds.has(key) ? { key, size, contextId: key } : { key, size }))
    .sort((a, b) => {
      if (a.key === NO_CLUSTER) return 1;
      if (b.key === NO_CLUSTER) return -1;
      return b.size - a.size || (a.key < b.key ? -1 : 1);
    });
  return { clusterOf, order };
}

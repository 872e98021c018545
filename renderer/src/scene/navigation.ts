/**
 * Keyboard order of the map: innermost ring first, then clockwise from the top, so arrow keys walk
 * round a ring and Page Up / Page Down jump between rings. Pure, from the scene.
 */
import { bandIndex } from './layout-ego';
import type { Scene, SceneNode } from './types';

export function navigationOrder(scene: Scene): SceneNode[] {
  const angle = (n: SceneNode) => {
    const a = Math.atan2(n.y - scene.me.y, n.x - scene.me.x) + Math.PI / 2;
    return a < 0 ? a + 2 * Math.PI : a;
  };
  return scene.nodes
    .filter((n) => n.visible)
    .map((n) => ({ n, band: bandIndex(n.ring), a: angle(n) }))
    .sort((p, q) => p.band - q.band || p.a - q.a || (p.n.id < q.n.id ? -1 : 1))
    .map((e) => e.n);
}

/** The person `delta` steps from `currentId` in `order` (wrapping round); the first one if none is current. */
export function stepPerson(
  order: readonly SceneNode[],
  currentId: string | undefined,
  delta: number,
): SceneNode | undefined {
  if (order.length === 0) return undefined;
  const i = currentId === undefined ? -1 : order.findIndex((n) => n.id === currentId);
  if (i < 0) return delta >= 0 ? order[0] : order[order.length - 1];
  return order[(((i + delta) % order.length) + order.length) % order.length];
}

/** The first person of the next (direction 1) or previous (−1) ring that has anyone in it. */
export function stepRing(
  order: readonly SceneNode[],
  currentId: string | undefined,
  direction: 1 | -1,
): SceneNode | undefined {
  if (order.length === 0) return undefined;
  const current = order.find((n) => n.id === currentId);
  if (!current) return order[0];
  const band = bandIndex(current.ring);
  const candidates =
    direction === 1
      ? order.filter((n) => bandIndex(n.ring) > band)
      : order.filter((n) => bandIndex(n.ring) < band).reverse();
  if (candidates.length === 0) return current;
  const target = bandIndex(candidates[0]!.ring);
  return order.find((n) => bandIndex(n.ring) === target);
}

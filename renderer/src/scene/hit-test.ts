/**
 * Which person is under the pointer: a d3 quadtree over the visible nodes (built once per scene), then
 * the nearest node whose drawn circle (plus a few pixels of slack) contains the point.
 */
import { type Quadtree, quadtree } from 'd3';
import { screenRadius } from './canvas';
import type { Scene, SceneNode } from './types';

const trees = new WeakMap<Scene, { tree: Quadtree<SceneNode>; maxR: number }>();

function treeOf(scene: Scene) {
  let entry = trees.get(scene);
  if (!entry) {
    const visible = scene.nodes.filter((n) => n.visible);
    entry = {
      tree: quadtree<SceneNode>()
        .x((n) => n.x)
        .y((n) => n.y)
        .addAll(visible),
      maxR: visible.reduce((m, n) => Math.max(m, n.r), 0),
    };
    trees.set(scene, entry);
  }
  return entry;
}

/** The node at world point (x, y) at zoom k, or undefined. `slackPx` widens small targets. */
export function hitTest(scene: Scene, x: number, y: number, k: number, slackPx = 4): SceneNode | undefined {
  const { tree, maxR } = treeOf(scene);
  const reach = screenRadius(maxR, k) / k + slackPx / k;
  let best: SceneNode | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  tree.visit((quad, qx0, qy0, qx1, qy1) => {
    if (qx0 > x + reach || qx1 < x - reach || qy0 > y + reach || qy1 < y - reach) return true;
    if (!quad.length) {
      let leaf: typeof quad | undefined = quad;
      while (leaf && !leaf.length) {
        const n = (leaf as { data: SceneNode }).data;
        const d = Math.hypot(n.x - x, n.y - y);
        const r = screenRadius(n.r, k) / k + slackPx / k;
        // Prefer the smallest distance relative to the radius: a small node on top of a big one wins.
        if (d <= r && d / r < bestD) {
          bestD = d / r;
          best = n;
        }
        leaf = (leaf as { next?: typeof quad }).next;
      }
    }
    return false;
  });
  return best;
}

/**
 * The order in which the canvas draws a scene (canvas.ts `batchesOf`): people and lines from me grouped
 * by style, so that thousands of them are a few hundred fill() and stroke() calls; the ties that touch
 * rings 1–4; the label candidates by priority. Worked out as indices, so that the layout worker can do
 * it while it builds the scene and send it with the packed scene (scene-transfer.ts): at a step of the
 * time slider the page then only follows the indices instead of grouping 10,000 items itself.
 * A scene without an order sent along (built in the page, or in a test) gets one worked out here.
 */
import type { Scene } from './types';

export interface DrawOrder {
  /** Visible people's indices in `scene.nodes`, grouped by style; the groups faintest first. */
  nodes: Int32Array;
  /** Where each group of `nodes` ends (exclusive). */
  nodeEnds: Int32Array;
  /** Indices in `scene.egoLines`, grouped by style; solid lines before dashed, faintest first. */
  egoLines: Int32Array;
  /** Where each group of `egoLines` ends (exclusive). */
  egoEnds: Int32Array;
  /** 1 for a tie with an end in rings 1–4 (all that a crowded map shows zoomed out), per `scene.ties`. */
  coreTies: Uint8Array;
  /** Visible people's indices by label priority, highest first (equal priorities in id order). */
  labels: Int32Array;
}

/**
 * Items grouped by four style values, without building a string key per item (thousands per scene).
 * Values compare as Map keys do.
 */
class StyleGroups {
  readonly all: { first: number; members: number[] }[] = [];
  private readonly root = new Map<unknown, Map<unknown, Map<unknown, Map<unknown, number[]>>>>();

  /** Adds item `i` to the group of these values (made at its first item). */
  add(a: unknown, b: unknown, c: unknown, d: unknown, i: number): void {
    let m1 = this.root.get(a);
    if (!m1) {
      m1 = new Map();
      this.root.set(a, m1);
    }
    let m2 = m1.get(b);
    if (!m2) {
      m2 = new Map();
      m1.set(b, m2);
    }
    let m3 = m2.get(c);
    if (!m3) {
      m3 = new Map();
      m2.set(c, m3);
    }
    let members = m3.get(d);
    if (!members) {
      members = [];
      m3.set(d, members);
      this.all.push({ first: i, members });
    }
    members.push(i);
  }
}

/** The groups in the order given, flattened into indices and group ends. */
function flatten(groups: { members: number[] }[], count: number): { order: Int32Array; ends: Int32Array } {
  const order = new Int32Array(count);
  const ends = new Int32Array(groups.length);
  let at = 0;
  groups.forEach((g, gi) => {
    for (const i of g.members) order[at++] = i;
    ends[gi] = at;
  });
  return { order, ends };
}

export function computeDrawOrder(scene: Scene): DrawOrder {
  const lineGroups = new StyleGroups();
  scene.egoLines.forEach((l, i) => {
    // A dash pattern by its content: equal patterns in two arrays draw alike.
    lineGroups.add(l.colour, l.opacity, l.width, l.dash.length > 0 ? l.dash.join(',') : '', i);
  });
  const lines = scene.egoLines;
  const dashed = (g: { first: number }) => Number((lines[g.first]?.dash.length ?? 0) > 0);
  const opacity = (g: { first: number }) => lines[g.first]?.opacity ?? 0;
  // Faded lines first, fresh and neglected ones on top (a stable sort: equal ones as first seen).
  const egoGroups = [...lineGroups.all].sort((a, b) => dashed(a) - dashed(b) || opacity(a) - opacity(b));
  const ego = flatten(egoGroups, lines.length);

  const nodeGroups = new StyleGroups();
  const visible: number[] = [];
  scene.nodes.forEach((n, i) => {
    if (!n.visible) return;
    nodeGroups.add(n.fill, n.opacity, n.stroke, n.strokeWidth, i);
    visible.push(i);
  });
  const nodes = scene.nodes;
  const groups = [...nodeGroups.all].sort(
    (a, b) => (nodes[a.first]?.opacity ?? 0) - (nodes[b.first]?.opacity ?? 0),
  );
  const people = flatten(groups, visible.length);

  // The people in rings 1–4: a few hundred at most, so a small set to look ties up in.
  const innerIds = new Set<string>();
  for (const n of nodes) if (typeof n.ring === 'number') innerIds.add(n.id);
  const coreTies = new Uint8Array(scene.ties.length);
  scene.ties.forEach((t, i) => {
    if (innerIds.has(t.a) || innerIds.has(t.b)) coreTies[i] = 1;
  });

  // Highest priority first, equal priorities in id order: the nodes come in id order and the sort is
  // stable, so the priority alone decides (no string comparisons).
  const labels = Int32Array.from(
    visible.sort((a, b) => (nodes[b]?.labelPriority ?? 0) - (nodes[a]?.labelPriority ?? 0)),
  );
  return {
    nodes: people.order,
    nodeEnds: people.ends,
    egoLines: ego.order,
    egoEnds: ego.ends,
    coreTies,
    labels,
  };
}

const orders = new WeakMap<Scene, DrawOrder>();

/** The scene's draw order: the one sent along with it, else worked out (once per scene). */
export function drawOrderOf(scene: Scene): DrawOrder {
  let order = orders.get(scene);
  if (!order) {
    order = computeDrawOrder(scene);
    orders.set(scene, order);
  }
  return order;
}

/** The order the layout worker worked out for this scene (scene-transfer.ts, when it unpacks one). */
export function rememberDrawOrder(scene: Scene, order: DrawOrder): void {
  orders.set(scene, order);
}

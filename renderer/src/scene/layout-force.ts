/**
 * The force layout of the whole network: person–person ties pull people together, every person is
 * tied to me (at the centre) by a spring whose rest length grows with their ring, and nodes repel each
 * other and never overlap. d3-force with a seeded random source and a fixed number of ticks (no timer),
 * started from the ego layout, so the same data and seed give the same picture every time.
 */

import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg } from 'd3';
import type { MapTie, Point, RingKey } from './types';

export interface ForcePerson {
  id: string;
  ring: RingKey;
  depth: number;
  r: number;
  /** Where to start (the ego layout's position). */
  start: Point;
  /** A dragged position: held fixed during the simulation. */
  pin?: Point;
}

interface Node extends SimulationNodeDatum {
  id: string;
  r: number;
}

const ME = '\u0000me';
const REST_LENGTH: Record<string, number> = {
  '1': 60,
  '2': 110,
  '3': 170,
  '4': 240,
  known: 340,
  'not-met': 420,
};

/** Ticks for n people: 300 for small networks, fewer for large ones (each tick costs O(n log n)). */
export function defaultForceIterations(n: number): number {
  return Math.max(60, Math.min(300, Math.round(300 * Math.sqrt(400 / Math.max(1, n)))));
}

export function layoutForce(
  people: readonly ForcePerson[],
  ties: readonly MapTie[],
  seed: number,
  iterations = defaultForceIterations(people.length),
): Map<string, Point> {
  const nodes: Node[] = [{ id: ME, r: 14, x: 0, y: 0, fx: 0, fy: 0 }];
  for (const p of people) {
    nodes.push(
      p.pin
        ? { id: p.id, r: p.r, x: p.pin.x, y: p.pin.y, fx: p.pin.x, fy: p.pin.y }
        : { id: p.id, r: p.r, x: p.start.x, y: p.start.y },
    );
  }
  const ids = new Set(people.map((p) => p.id));
  const links: (SimulationLinkDatum<Node> & { kind: 'me' | 'tie'; w: number; len: number })[] = [];
  for (const p of people) {
    if (p.ring === 'not-met') continue;
    links.push({
      source: ME,
      target: p.id,
      kind: 'me',
      w: 0.02 + 0.2 * p.depth,
      len: REST_LENGTH[String(p.ring)]!,
    });
  }
  for (const t of ties) {
    if (!ids.has(t.a) || !ids.has(t.b) || t.a === t.b) continue;
    const w = t.strength === undefined ? 0.5 : t.strength / 5;
    links.push({ source: t.a, target: t.b, kind: 'tie', w, len: 30 });
  }

  const n = people.length;
  const simulation = forceSimulation<Node>(nodes)
    .randomSource(randomLcg(seed))
    .force(
      'link',
      forceLink<Node, (typeof links)[number]>(links)
        .id((d) => d.id)
        .distance((l) => l.len)
        .strength((l) => (l.kind === 'me' ? l.w : l.w * 0.3)),
    )
    // A coarser Barnes–Hut approximation for big networks: about half the cost per tick.
    .force(
      'charge',
      forceManyBody<Node>()
        .strength(n > 2000 ? -12 : -25)
        .theta(n > 1000 ? 1.2 : 0.9)
        .distanceMax(400),
    )
    .force('x', forceX<Node>(0).strength(0.03))
    .force('y', forceY<Node>(0).strength(0.03))
    .stop();
  // Collision is the dearest force and only has to part the nodes at the end: it joins for the last
  // third of the ticks.
  const collideTicks = Math.max(1, Math.min(40, Math.round(iterations / 3)));
  simulation.tick(iterations - collideTicks);
  simulation.force('collide', forceCollide<Node>((d) => d.r + 1.5).iterations(1));
  simulation.tick(collideTicks);

  const out = new Map<string, Point>();
  for (const node of nodes) {
    if (node.id === ME) continue;
    out.set(node.id, { x: round(node.x ?? 0), y: round(node.y ?? 0) });
  }
  return out;
}

/** Two decimals: positions survive JSON and structured clone identically, and tests compare exactly. */
function round(v: number): number {
  return Math.round(v * 100) / 100;
}

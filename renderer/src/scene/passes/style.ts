/**
 * Pass 3 — each person as drawn: position (pin, else layout), radius by depth, fill by kind or context,
 * neglect stroke, recency opacity, whether the filters show them, label priority; and the counts the
 * view reports. Every node one object literal with all fields (optional ones `undefined`): one object
 * shape for all people, at every step of the time slider.
 */
import type { Clustering } from '../clusters';
import {
  CONTEXT_PALETTE,
  KIND_COLOURS,
  NEGLECT_COLOUR,
  NO_CONTEXT_COLOUR,
  NODE_STROKE,
  OTHER_CONTEXT_COLOUR,
  radiusFor,
  recencyColour,
  recencyFor,
  recencyOpacity,
} from '../encodings';
import type { ColourBy, MapPerson, MapPersonMetrics, SceneNode, SceneStats } from '../types';
import type { Placement } from './place';

/** Inner rings first, whatever the depth: every ring member outranks everyone outside the rings. */
const RING_BONUS: Record<string, number> = { '1': 40, '2': 30, '3': 20, '4': 10, known: 0, 'not-met': -10 };
/** Priority of a ring member's label at least this: placed even when zoomed far out. */
export const RING_LABEL_PRIORITY = 10;

/** Outline of the closest five (ring 1): a darker, wider ring around the circle, so they stand out. */
export const CLOSEST_STROKE_WIDTH = 2;

/** Label priority: inner rings first, then deeper people, neglected ties ahead of their peers. */
export function labelPriority(m: Pick<MapPersonMetrics, 'depth' | 'ring' | 'neglected'>): number {
  return Math.round((m.depth * 10 + (RING_BONUS[String(m.ring)] ?? 0) + (m.neglected ? 3 : 0)) * 1000) / 1000;
}

export interface NodeColours {
  fillFor(person: MapPerson, cluster: string): string;
  /** The contexts that have a colour, largest first (for the legend). */
  contextColours: { name: string; colour: string }[];
  hasOtherContexts: boolean;
}

/** By kind, or by context: the largest contexts get the palette, the rest share one grey. */
export function nodeColours(
  clustering: Clustering,
  contextName: ReadonlyMap<string, string>,
  colourBy: ColourBy,
): NodeColours {
  const contextRank = clustering.order.filter((c) => c.contextId !== undefined).map((c) => c.key);
  const colourOf = new Map(
    contextRank.slice(0, CONTEXT_PALETTE.length).map((c, i) => [c, CONTEXT_PALETTE[i]!]),
  );
  return {
    fillFor(p, cluster) {
      if (colourBy === 'kind') return KIND_COLOURS[p.kind];
      const primary = contextName.has(cluster) ? cluster : p.contexts.find((c) => contextName.has(c));
      if (primary === undefined) return NO_CONTEXT_COLOUR;
      return colourOf.get(primary) ?? OTHER_CONTEXT_COLOUR;
    },
    contextColours: [...colourOf].map(([id, colour]) => ({ name: contextName.get(id) ?? id, colour })),
    hasOtherContexts: contextRank.length > CONTEXT_PALETTE.length,
  };
}

export interface StyledNodes {
  nodes: SceneNode[];
  stats: SceneStats;
  anyPinned: boolean;
}

/**
 * `show[i]`: drawn (passes the filters, not in a folded band); `folded[i]`: passes the filters but sits
 * in a folded band (counted, not drawn).
 */
export function styleNodes(
  people: readonly MapPerson[],
  figures: readonly MapPersonMetrics[],
  clusters: readonly string[],
  placement: Placement,
  colours: NodeColours,
  show: { drawn: readonly boolean[]; folded: readonly boolean[] },
): StyledNodes {
  const nodes: SceneNode[] = [];
  const byRing: Record<string, number> = {};
  let visibleCount = 0;
  let foldedCount = 0;
  let notMet = 0;
  let neglected = 0;
  let anyPinned = false;
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    const pm = figures[i]!;
    const cluster = clusters[i]!;
    const pin = placement.pins.get(p.id);
    const pos = pin ?? placement.positions.get(p.id) ?? ORIGIN;
    const visible = show.drawn[i]!;
    const closest = pm.ring === 1 && !pm.neglected;
    const recency = recencyFor(pm.daysSinceContact);
    const node: SceneNode = {
      id: p.id,
      name: p.displayName,
      organisation: p.organisation || undefined,
      x: round(pos.x),
      y: round(pos.y),
      r: round(radiusFor(pm.depth, pm.ring)),
      fill: colours.fillFor(p, cluster),
      stroke: pm.neglected ? NEGLECT_COLOUR : NODE_STROKE,
      strokeWidth: pm.neglected ? 2 : closest ? CLOSEST_STROKE_WIDTH : 0.75,
      opacity: round(pm.ring === 'not-met' ? 0.5 : Math.max(0.35, recencyOpacity(recency))),
      recencyColour: recencyColour(recency),
      recency,
      ring: pm.ring,
      pinnedRing: pm.pinnedRing,
      depth: pm.depth,
      strength: pm.strength,
      status: pm.status,
      overdueRatio: pm.overdueRatio,
      cadenceDays: pm.cadenceDays,
      lastContact: pm.lastContact,
      daysSinceContact: pm.daysSinceContact,
      contactsPerMonth: pm.contactsPerMonth,
      neglected: pm.neglected,
      kind: p.kind,
      cluster,
      pinned: pin !== undefined,
      visible,
      labelPriority: labelPriority(pm),
      ringSixMonthsAgo: pm.ringSixMonthsAgo,
      ringTwelveMonthsAgo: pm.ringTwelveMonthsAgo,
    };
    nodes.push(node);
    if (pm.ring === 'not-met') notMet++;
    anyPinned ||= node.pinned;
    if (show.folded[i]) foldedCount++;
    if (!visible) continue;
    visibleCount++;
    byRing[String(pm.ring)] = (byRing[String(pm.ring)] ?? 0) + 1;
    if (pm.neglected) neglected++;
  }
  return {
    nodes,
    stats: { total: people.length, visible: visibleCount, folded: foldedCount, notMet, neglected, byRing },
    anyPinned,
  };
}

const ORIGIN = { x: 0, y: 0 };

export function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/**
 * buildScene: engine figures + people + contexts + ties + options → the Scene both renderers draw.
 * Pure and deterministic: the same input and seed give the same scene (positions rounded to 1/100 px).
 *
 * Positions do not depend on the filters: a filter hides people, it does not move the others, so the
 * picture the user has learned stays put. They depend on each person's ring and depth at the date,
 * so the time slider moves people between rings.
 */
import { type Clustering, clusterPeople, NO_CLUSTER } from './clusters';
import {
  CONTEXT_PALETTE,
  KIND_COLOURS,
  lineWidthFor,
  ME_RADIUS,
  NEGLECT_COLOUR,
  NEGLECT_DASH,
  NO_CONTEXT_COLOUR,
  NODE_STROKE,
  OTHER_CONTEXT_COLOUR,
  radiusFor,
  recencyColour,
  recencyFor,
  recencyOpacity,
  tieWidthFor,
} from './encodings';
import { passesFilters } from './filters';
import { layoutByContext } from './layout-context';
import { bandIndex, bandPoint, layoutEgo } from './layout-ego';
import { layoutForce } from './layout-force';
import { buildLegend, ringLabel } from './legend';
import { literal, ref } from './text';
import type {
  MapContext,
  MapPerson,
  MapPersonMetrics,
  MapTie,
  Point,
  RingKey,
  Scene,
  SceneBounds,
  SceneDrift,
  SceneEgoLine,
  SceneGroupLabel,
  SceneNode,
  SceneOptions,
  SceneRing,
  SceneRingGap,
  SceneTieLine,
  TextRef,
} from './types';

/** The engine's figures for one date, adapted to the map (see engine-adapter.ts). */
export interface CachedLayout {
  positions: Map<string, Point>;
  groups: SceneGroupLabel[];
}
/**
 * What can be reused between scenes of the same data (owned by the caller, one per data revision):
 * the layouts that do not depend on the date (by layout, seed and pins) and the clustering.
 */
export interface LayoutCache {
  layouts: Map<string, CachedLayout>;
  /** The people in the network in id order, for one people array (sorting 5,000 ids costs milliseconds). */
  people?: { all: readonly MapPerson[]; inNetwork: readonly MapPerson[] };
  /**
   * The ties between people in the network as pairs of their indices (first record of a pair only) and
   * the tie each came from, for one people and ties array: the time slider only shows or hides them.
   */
  tiePairs?: { people: readonly MapPerson[]; ties: readonly MapTie[]; ends: Int32Array; from: Int32Array };
  clustering?: {
    people: readonly MapPerson[];
    contexts: readonly MapContext[];
    ties: readonly MapTie[];
    value: Clustering;
  };
}

export function newLayoutCache(): LayoutCache {
  return { layouts: new Map() };
}

export interface MapMetrics {
  asOf: string;
  people: ReadonlyMap<string, MapPersonMetrics>;
}

/** Inner rings first, whatever the depth: every ring member outranks everyone outside the rings. */
const RING_BONUS: Record<string, number> = { '1': 40, '2': 30, '3': 20, '4': 10, known: 0, 'not-met': -10 };
/** Priority of a ring member's label at least this: placed even when zoomed far out. */
export const RING_LABEL_PRIORITY = 10;
/** Label priority: inner rings first, then deeper people, neglected ties ahead of their peers. */
export function labelPriority(m: Pick<MapPersonMetrics, 'depth' | 'ring' | 'neglected'>): number {
  return Math.round((m.depth * 10 + (RING_BONUS[String(m.ring)] ?? 0) + (m.neglected ? 3 : 0)) * 1000) / 1000;
}

export function notMetMetrics(personId: string): MapPersonMetrics {
  return {
    personId,
    strength: 0,
    depth: 0,
    ring: 'not-met',
    status: 'none',
    neglected: false,
    contactsPerMonth: 0,
    channelMask: 0,
  };
}

export function buildScene(
  metrics: MapMetrics,
  allPeople: readonly MapPerson[],
  contexts: readonly MapContext[],
  ties: readonly MapTie[],
  options: SceneOptions,
  cache?: LayoutCache,
): Scene {
  let people = cache?.people?.all === allPeople ? cache.people.inNetwork : undefined;
  if (people === undefined) {
    people = [...allPeople]
      .filter((p) => !p.archived)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (cache) cache.people = { all: allPeople, inNetwork: people };
  }
  const m = (id: string) => metrics.people.get(id) ?? notMetMetrics(id);
  // Each person's figures, looked up once.
  const figures = people.map((p) => m(p.id));
  let clustering: Clustering;
  const cc = cache?.clustering;
  if (cc && cc.people === allPeople && cc.contexts === contexts && cc.ties === ties) clustering = cc.value;
  else {
    clustering = clusterPeople(people, contexts, ties);
    if (cache) cache.clustering = { people: allPeople, contexts, ties, value: clustering };
  }
  const clusterOrder = clustering.order.map((c) => c.key);
  const contextName = new Map(contexts.map((c) => [c.id, c.name]));

  // Layout (filters do not move anyone).
  const clusterOfPerson = people.map((p) => clustering.clusterOf.get(p.id) ?? NO_CLUSTER);
  const layoutPeople = people.map((p, i) => ({
    id: p.id,
    ring: figures[i]!.ring,
    depth: figures[i]!.depth,
    cluster: clusterOfPerson[i]!,
  }));
  const ego = layoutEgo(layoutPeople, clusterOrder, options.seed);
  const pins = options.pins[options.layout] ?? {};
  const pinOf = new Map(Object.entries(pins));
  let positions: Map<string, Point> = ego.positions;
  let groups: SceneGroupLabel[] = [];
  if (options.layout !== 'ego') {
    // The network and context layouts do not follow the date (the time slider restyles them and
    // shows or hides people; it does not rerun a simulation), so they can be reused.
    const key = `${options.layout}|${options.seed}|${options.forceIterations ?? ''}|${JSON.stringify(pins)}`;
    let cached = cache?.layouts.get(key);
    if (!cached) {
      cached =
        options.layout === 'force'
          ? {
              positions: layoutForce(
                layoutPeople.map((p) => ({
                  id: p.id,
                  ring: p.ring,
                  depth: p.depth,
                  r: radiusFor(p.depth, p.ring),
                  start: ego.positions.get(p.id) ?? { x: 0, y: 0 },
                  ...(pinOf.has(p.id) ? { pin: pinOf.get(p.id) } : {}),
                })),
                ties,
                options.seed,
                options.forceIterations,
              ),
              groups: [],
            }
          : contextLayout(layoutPeople, clusterOrder, contextName);
      cache?.layouts.set(key, cached);
    }
    positions = cached.positions;
    groups = cached.groups;
  }

  // Colours by context: the largest contexts get the palette, the rest share one grey.
  const contextRank = clustering.order.filter((c) => c.contextId !== undefined).map((c) => c.key);
  const contextColour = new Map(
    contextRank.slice(0, CONTEXT_PALETTE.length).map((c, i) => [c, CONTEXT_PALETTE[i]!]),
  );
  const fillFor = (p: MapPerson, cluster: string): string => {
    if (options.colourBy === 'kind') return KIND_COLOURS[p.kind];
    const primary = contextName.has(cluster) ? cluster : p.contexts.find((c) => contextName.has(c));
    if (primary === undefined) return NO_CONTEXT_COLOUR;
    return contextColour.get(primary) ?? OTHER_CONTEXT_COLOUR;
  };

  const nodes: SceneNode[] = [];
  const egoLines: SceneEgoLine[] = [];
  /** The person each line from me goes to. */
  const egoLineNodes: SceneNode[] = [];
  const byRing: Record<string, number> = {};
  let visibleCount = 0;
  let notMet = 0;
  let neglected = 0;
  let anyPinned = false;
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    const pm = figures[i]!;
    const cluster = clusterOfPerson[i]!;
    const pin = pinOf.get(p.id);
    const pos = pin ?? positions.get(p.id) ?? { x: 0, y: 0 };
    const visible = passesFilters(p, pm, options.filters);
    const recency = recencyFor(pm.daysSinceContact);
    // Every field in one literal, the optional ones `undefined` when unknown: one object shape for all
    // people (fields added one by one afterwards would grow each object's property store, at every step).
    const node: SceneNode = {
      id: p.id,
      name: p.displayName,
      organisation: p.organisation || undefined,
      x: round(pos.x),
      y: round(pos.y),
      r: round(radiusFor(pm.depth, pm.ring)),
      fill: fillFor(p, cluster),
      stroke: pm.neglected ? NEGLECT_COLOUR : NODE_STROKE,
      strokeWidth: pm.neglected ? 2 : 0.75,
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
    if (!visible) continue;
    visibleCount++;
    byRing[String(pm.ring)] = (byRing[String(pm.ring)] ?? 0) + 1;
    if (pm.neglected) neglected++;
    if (pm.ring !== 'not-met') {
      egoLineNodes.push(node);
      egoLines.push({
        personId: p.id,
        x1: 0,
        y1: 0,
        x2: node.x,
        y2: node.y,
        width: round(lineWidthFor(pm.contactsPerMonth)),
        colour: pm.neglected ? NEGLECT_COLOUR : node.recencyColour,
        opacity: round(pm.neglected ? Math.max(0.7, recencyOpacity(recency)) : recencyOpacity(recency)),
        dash: pm.neglected ? NEGLECT_DASH : SOLID,
      });
    }
  }

  // Thousands of lines to people outside the rings would hide the rings under a solid disc: past a
  // few hundred they fade in proportion (the legend says so). Rings 1–4 and neglected ties keep theirs.
  let knownLines = 0;
  for (const n of egoLineNodes) if (n.ring === 'known') knownLines++;
  const crowdFade = crowdFactor(knownLines, KNOWN_LINES_BEFORE_FADING);
  if (crowdFade < 1) {
    for (let i = 0; i < egoLines.length; i++) {
      const l = egoLines[i]!;
      if (egoLineNodes[i]!.ring === 'known' && l.dash.length === 0) l.opacity = round(l.opacity * crowdFade);
    }
  }

  const tieLines: SceneTieLine[] = [];
  if (options.showTies) {
    let pairs = cache?.tiePairs;
    if (!pairs || pairs.people !== people || pairs.ties !== ties) {
      pairs = tiePairsOf(people, ties);
      if (cache) cache.tiePairs = pairs;
    }
    const { ends, from } = pairs;
    for (let k = 0; k < from.length; k++) {
      const a = nodes[ends[2 * k] as number]!;
      const b = nodes[ends[2 * k + 1] as number]!;
      if (!a.visible || !b.visible) continue;
      tieLines.push({
        a: a.id,
        b: b.id,
        x1: a.x,
        y1: a.y,
        x2: b.x,
        y2: b.y,
        width: round(tieWidthFor(ties[from[k] as number]!.strength)),
        opacity: TIE_OPACITY,
      });
    }
  }

  const tieFade = crowdFactor(tieLines.length, TIES_BEFORE_FADING);
  if (tieFade < 1) for (const l of tieLines) l.opacity = round(TIE_OPACITY * tieFade);

  const rings: SceneRing[] = [];
  const gaps: SceneRingGap[] = [];
  const drift: SceneDrift[] = [];
  if (options.layout === 'ego') {
    const anyNotMetVisible = nodes.some((n) => n.visible && n.ring === 'not-met');
    for (const band of ego.bands) {
      // Rings 1–4 are always drawn (they are the frame); the outer bands only when someone is in them.
      if (band.ring === 'not-met' && !anyNotMetVisible) continue;
      if (band.ring === 'known' && band.count === 0) continue;
      const ring = band.ring;
      const label = ringLabel(ring, options.ringCadenceDays);
      rings.push({ ring, radius: round(band.outer), innerRadius: round(band.inner), label });
    }
    for (const s of ego.sectors) {
      if (!contextName.has(s.cluster) || s.count < 2) continue;
      const outer = rings.filter((r) => r.ring !== 'not-met').at(-1)?.radius ?? 100;
      const r = outer + 14;
      groups.push({
        id: s.cluster,
        label: literal(contextName.get(s.cluster)!),
        x: round(r * Math.cos(s.angle)),
        y: round(r * Math.sin(s.angle) + (Math.sin(s.angle) > 0.5 ? 6 : Math.sin(s.angle) < -0.5 ? -2 : 0)),
        anchor: Math.cos(s.angle) > 0.3 ? 'start' : Math.cos(s.angle) < -0.3 ? 'end' : 'middle',
        count: s.count,
      });
    }
    for (const node of nodes) {
      if (!node.visible) continue;
      // Only a wanted ring or the drift view needs the person's angle.
      const gap = node.pinnedRing !== undefined && node.pinnedRing !== node.ring;
      if (!gap && options.drift === 0) continue;
      const angle = ego.angleOf.get(node.id);
      if (angle === undefined) continue;
      if (gap && node.pinnedRing !== undefined) {
        const to = bandPoint(ego.bands, node.pinnedRing, angle);
        if (to) {
          gaps.push({
            personId: node.id,
            from: { x: node.x, y: node.y },
            to: { x: round(to.x), y: round(to.y) },
            ring: node.ring,
            pinnedRing: node.pinnedRing,
            direction: bandIndex(node.pinnedRing) < bandIndex(node.ring) ? 'inward' : 'outward',
          });
        }
      }
      if (options.drift > 0) {
        const then = options.drift === 6 ? node.ringSixMonthsAgo : node.ringTwelveMonthsAgo;
        if (then === undefined || then === node.ring || then === 'not-met' || node.ring === 'not-met')
          continue;
        const from = bandPoint(ego.bands, then, angle);
        if (!from) continue;
        drift.push({
          personId: node.id,
          from: { x: round(from.x), y: round(from.y) },
          to: { x: node.x, y: node.y },
          ringThen: then,
          ringNow: node.ring,
          direction: bandIndex(node.ring) > bandIndex(then) ? 'outward' : 'inward',
        });
      }
    }
  }

  const legend = buildLegend({
    layout: options.layout,
    colourBy: options.colourBy,
    showTies: options.showTies,
    drift: options.drift,
    ringCadenceDays: options.ringCadenceDays,
    contextColours: [...contextColour].map(([id, colour]) => ({ name: contextName.get(id) ?? id, colour })),
    hasOtherContexts: contextRank.length > CONTEXT_PALETTE.length,
    anyPinned,
    crowded: crowdFade < 1,
  });

  return {
    asOf: metrics.asOf,
    layout: options.layout,
    colourBy: options.colourBy,
    seed: options.seed,
    me: { x: 0, y: 0, r: ME_RADIUS },
    nodes,
    egoLines,
    ties: tieLines,
    rings,
    groups,
    gaps,
    drift,
    legend,
    bounds: boundsOf(nodes, rings, groups),
    stats: { total: people.length, visible: visibleCount, notMet, neglected, byRing },
  };
}

/** Ties between two different people of `people` as index pairs, each pair once (its first record). */
function tiePairsOf(
  people: readonly MapPerson[],
  ties: readonly MapTie[],
): NonNullable<LayoutCache['tiePairs']> {
  const at = new Map<string, number>();
  people.forEach((p, i) => {
    at.set(p.id, i);
  });
  const seen = new Set<number>();
  const ends: number[] = [];
  const from: number[] = [];
  ties.forEach((t, k) => {
    const ia = at.get(t.a);
    const ib = at.get(t.b);
    if (ia === undefined || ib === undefined || ia === ib) return;
    const key = ia < ib ? ia * people.length + ib : ib * people.length + ia;
    if (seen.has(key)) return;
    seen.add(key);
    ends.push(ia, ib);
    from.push(k);
  });
  return { people, ties, ends: Int32Array.from(ends), from: Int32Array.from(from) };
}

function contextLayout(
  people: readonly { id: string; cluster: string; depth: number; ring: RingKey }[],
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
      y: round(g.y - g.r - 8),
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

/** The box around me, the visible people, the drawn rings and group names (what "fit to screen" shows). */
export function boundsOf(
  nodes: readonly SceneNode[],
  rings: readonly SceneRing[],
  groups: readonly SceneGroupLabel[] = [],
): SceneBounds {
  let minX = -ME_RADIUS;
  let minY = -ME_RADIUS;
  let maxX = ME_RADIUS;
  let maxY = ME_RADIUS;
  for (const n of nodes) {
    if (!n.visible) continue;
    minX = Math.min(minX, n.x - n.r);
    minY = Math.min(minY, n.y - n.r);
    maxX = Math.max(maxX, n.x + n.r);
    maxY = Math.max(maxY, n.y + n.r);
  }
  // Group names sit outside; leave room for a short name on either side of the anchor.
  for (const g of groups) {
    minX = Math.min(minX, g.x - (g.anchor === 'start' ? 0 : g.anchor === 'end' ? 120 : 60));
    maxX = Math.max(maxX, g.x + (g.anchor === 'end' ? 0 : g.anchor === 'start' ? 120 : 60));
    minY = Math.min(minY, g.y - 12);
    maxY = Math.max(maxY, g.y + 12);
  }
  const outer = rings.at(-1)?.radius ?? 0;
  return {
    minX: Math.min(minX, -outer),
    minY: Math.min(minY, -outer),
    maxX: Math.max(maxX, outer),
    maxY: Math.max(maxY, outer),
  };
}

/** The dash pattern of a solid line, shared (one empty array per line would be thousands per step). */
const SOLID: readonly number[] = Object.freeze([]);

const KNOWN_LINES_BEFORE_FADING = 300;
const TIES_BEFORE_FADING = 1500;
const TIE_OPACITY = 0.35;

/** 1 up to `threshold` items, then falling as threshold / n, never below 0.15. */
export function crowdFactor(n: number, threshold: number): number {
  return n <= threshold ? 1 : Math.max(0.15, threshold / n);
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/**
 * buildScene: engine figures + people + contexts + ties + options → the Scene both renderers draw, in
 * passes, each a small pure function of its own (passes/):
 *
 *   select people → who is shown (filters, folded bands) → place (layouts, pins) → style nodes
 *   → lines from me → ties → ring decoration → legend
 *
 * Pure and deterministic: the same input and seed give the same scene (positions rounded to 1/100 px).
 * What does not change between scenes of the same data (the people in id order, the clustering, the tie
 * pairs, the network and context layouts) is kept in one SceneCache, owned by the caller.
 */
import { clusterPeople, NO_CLUSTER } from './clusters';
import { ME_RADIUS } from './encodings';
import { DEFAULT_RINGS, passesFilters } from './filters';
import { buildLegend } from './legend';
import { SceneCache } from './passes/cache';
import { linesFromMe, tieLines, tiePairsOf } from './passes/lines';
import { placePeople } from './passes/place';
import { ringDecoration } from './passes/rings';
import { selectPeople } from './passes/select';
import { foldedBands } from './passes/shown';
import { nodeColours, styleNodes } from './passes/style';
import type {
  MapContext,
  MapPerson,
  MapPersonMetrics,
  MapTie,
  Scene,
  SceneBounds,
  SceneGroupLabel,
  SceneNode,
  SceneOptions,
  SceneRing,
} from './types';

export { SceneCache } from './passes/cache';
export { crowdFactor } from './passes/lines';
export { labelPriority, RING_LABEL_PRIORITY } from './passes/style';

export interface MapMetrics {
  asOf: string;
  people: ReadonlyMap<string, MapPersonMetrics>;
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
  cache: SceneCache = new SceneCache(),
): Scene {
  const people = cache.remember('people', [allPeople], () => selectPeople(allPeople));
  const figures = people.map((p) => metrics.people.get(p.id) ?? notMetMetrics(p.id));
  const clustering = cache.remember('clustering', [allPeople, contexts, ties], () =>
    clusterPeople(people, contexts, ties),
  );
  const contextName = cache.remember(
    'contextNames',
    [contexts],
    () => new Map(contexts.map((c) => [c.id, c.name])),
  );
  const clusters = people.map((p) => clustering.clusterOf.get(p.id) ?? NO_CLUSTER);

  // Who is shown: the filters, then (ring layout only) the outer bands folded into a counted band.
  const passes = people.map((p, i) => passesFilters(p, figures[i]!, options.filters));
  const folded =
    options.layout === 'ego'
      ? foldedBands(figures, passes, options.folding)
      : (new Map() as ReturnType<typeof foldedBands>);
  const isFolded = figures.map((m, i) => passes[i]! && folded.has(m.ring));
  const drawn = passes.map((p, i) => p && !isFolded[i]);

  const layoutPeople = people.map((p, i) => ({
    id: p.id,
    ring: figures[i]!.ring,
    depth: figures[i]!.depth,
    cluster: clusters[i]!,
    kind: p.kind,
  }));
  const ringFilter = options.filters.rings.length > 0 ? options.filters.rings : DEFAULT_RINGS;
  const placement = placePeople(layoutPeople, clustering, contextName, ties, options, cache, {
    people: layoutPeople.filter((_, i) => drawn[i]),
    bands: { rings: ringFilter, folded },
  });
  const colours = nodeColours(clustering, contextName, options.colourBy);
  const { nodes, stats, anyPinned } = styleNodes(people, figures, clusters, placement, colours, {
    drawn,
    folded: isFolded,
  });
  const egoLines = linesFromMe(nodes);
  const tieLineList = options.showTies
    ? tieLines(
        nodes,
        cache.remember('tiePairs', [people, ties], () => tiePairsOf(people, ties)),
        ties,
      )
    : [];
  const decoration = ringDecoration(placement.ego, nodes, contextName, options);
  const groups = [...placement.groups, ...decoration.groups];

  const legend = buildLegend({
    layout: options.layout,
    colourBy: options.colourBy,
    showTies: options.showTies,
    drift: options.drift,
    ringCadenceDays: options.ringCadenceDays,
    contextColours: colours.contextColours,
    hasOtherContexts: colours.hasOtherContexts,
    anyPinned,
    crowded: egoLines.crowded,
  });

  return {
    asOf: metrics.asOf,
    layout: options.layout,
    colourBy: options.colourBy,
    seed: options.seed,
    me: { x: 0, y: 0, r: ME_RADIUS },
    nodes,
    egoLines: egoLines.lines,
    ties: tieLineList,
    rings: decoration.rings,
    groups,
    gaps: decoration.gaps,
    drift: decoration.drift,
    legend,
    bounds: boundsOf(nodes, decoration.rings, groups),
    stats,
    closest: nodes.filter((n) => n.visible && n.ring === 1).map((n) => n.id),
    extentKey: extentKeyOf(options, folded),
  };
}

/** The options that decide the picture's extent (see Scene.extentKey). */
function extentKeyOf(options: SceneOptions, folded: ReadonlyMap<unknown, number>): string {
  const f = options.filters;
  const list = (values: readonly unknown[]) => [...values].map(String).sort().join(',');
  return [
    options.layout,
    list(f.kinds),
    list(f.tags),
    list(f.contexts),
    list(f.channels),
    list(f.rings),
    list(f.statuses),
    list([...folded.keys()]),
  ].join('|');
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

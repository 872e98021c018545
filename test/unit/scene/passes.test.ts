// buildScene's passes, each on its own small input: select → place → style → lines from me → ties →
// ring decoration, and the one cache they share.
import { describe, expect, it } from 'vitest';
import { clusterPeople } from '../../../renderer/src/scene/clusters';
import { KIND_COLOURS, NEGLECT_COLOUR, NO_CONTEXT_COLOUR } from '../../../renderer/src/scene/encodings';
import { SceneCache } from '../../../renderer/src/scene/passes/cache';
import { crowdFactor, linesFromMe, tieLines, tiePairsOf } from '../../../renderer/src/scene/passes/lines';
import { placePeople } from '../../../renderer/src/scene/passes/place';
import { ringDecoration } from '../../../renderer/src/scene/passes/rings';
import { selectPeople } from '../../../renderer/src/scene/passes/select';
import { labelPriority, nodeColours, styleNodes } from '../../../renderer/src/scene/passes/style';
import type { MapPerson, MapPersonMetrics, MapTie, SceneNode } from '../../../renderer/src/scene/types';

const mp = (id: string, fields: Partial<MapPerson> = {}): MapPerson => ({
  id,
  displayName: id,
  kind: 'friend',
  tags: [],
  contexts: [],
  ...fields,
});
const metrics = (id: string, fields: Partial<MapPersonMetrics> = {}): MapPersonMetrics => ({
  personId: id,
  strength: 1,
  depth: 0.5,
  ring: 2,
  status: 'ok',
  neglected: false,
  contactsPerMonth: 1,
  channelMask: 1,
  daysSinceContact: 10,
  ...fields,
});

const people = [
  mp('c'),
  mp('a', { contexts: ['club'] }),
  mp('b', { contexts: ['club'] }),
  mp('z', { archived: true }),
];
const contexts = [{ id: 'club', name: 'Tennis club' }];
const ties: MapTie[] = [
  { a: 'a', b: 'b', strength: 4 },
  { a: 'b', b: 'a' },
  { a: 'a', b: 'z' },
];
const names = new Map(contexts.map((c) => [c.id, c.name]));

function styled(fig: Record<string, Partial<MapPersonMetrics>> = {}) {
  const selected = selectPeople(people);
  const figures = selected.map((p) => metrics(p.id, fig[p.id]));
  const clustering = clusterPeople(selected, contexts, ties);
  const clusters = selected.map((p) => clustering.clusterOf.get(p.id) ?? 'none');
  const placement = placePeople(
    selected.map((p, i) => ({
      id: p.id,
      ring: figures[i]!.ring,
      depth: figures[i]!.depth,
      cluster: clusters[i]!,
    })),
    clustering,
    names,
    ties,
    { layout: 'ego', seed: 1, pins: { ego: { c: { x: 300, y: -40 } } } },
  );
  return {
    selected,
    placement,
    clustering,
    ...styleNodes(selected, figures, clusters, placement, nodeColours(clustering, names, 'kind'), {
      drawn: selected.map(() => true),
      folded: selected.map(() => false),
    }),
  };
}

describe('select', () => {
  it('keeps everyone not archived, in id order', () => {
    expect(selectPeople(people).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('place', () => {
  it('puts everyone in the ring layout and keeps pins apart from the computed positions', () => {
    const { placement } = styled();
    expect([...placement.positions.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(placement.pins.get('c')).toEqual({ x: 300, y: -40 });
    expect(placement.ego.bands.map((b) => b.ring)).toContain(2);
  });

  it('reuses a date-independent layout from the cache', () => {
    const selected = selectPeople(people);
    const clustering = clusterPeople(selected, contexts, ties);
    const layoutPeople = selected.map((p) => ({ id: p.id, ring: 2 as const, depth: 0.5, cluster: 'none' }));
    const cache = new SceneCache();
    const options = { layout: 'context' as const, seed: 1, pins: {} };
    const first = placePeople(layoutPeople, clustering, names, ties, options, cache);
    const second = placePeople(layoutPeople, clustering, names, ties, options, cache);
    expect(second.positions).toBe(first.positions);
    expect(first.groups.length).toBeGreaterThan(0);
  });
});

describe('style', () => {
  it('draws a pinned person at the pin, a neglected one with the neglect stroke, and counts them', () => {
    const { nodes, stats, anyPinned } = styled({
      b: { neglected: true },
      c: { ring: 'not-met', daysSinceContact: undefined },
    });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get('c')).toMatchObject({ x: 300, y: -40, pinned: true, opacity: 0.5 });
    expect(byId.get('b')).toMatchObject({ stroke: NEGLECT_COLOUR, strokeWidth: 2 });
    expect(byId.get('a')!.fill).toBe(KIND_COLOURS.friend);
    expect(anyPinned).toBe(true);
    // Nobody disappears: people not met yet are shown by default too (in the outer band).
    expect(stats).toMatchObject({ total: 3, visible: 3, notMet: 1, neglected: 1 });
  });

  it('colours by context: the biggest contexts get the palette, no context is white', () => {
    const selected = selectPeople(people);
    const clustering = clusterPeople(selected, contexts, ties);
    const colours = nodeColours(clustering, names, 'context');
    expect(colours.fillFor(mp('x'), 'none')).toBe(NO_CONTEXT_COLOUR);
    expect(colours.fillFor(mp('y', { contexts: ['club'] }), 'club')).not.toBe(NO_CONTEXT_COLOUR);
    expect(colours.contextColours.map((c) => c.name)).toEqual(['Tennis club']);
  });

  it('ranks labels: inner rings first, then depth, neglect ahead of peers', () => {
    const base = { depth: 0.5, neglected: false };
    expect(labelPriority({ ...base, ring: 1 })).toBeGreaterThan(
      labelPriority({ ...base, ring: 2, depth: 1 }),
    );
    expect(labelPriority({ ...base, ring: 3, neglected: true })).toBeGreaterThan(
      labelPriority({ ...base, ring: 3 }),
    );
  });
});

describe('lines from me and ties', () => {
  it('draws one line from me to each visible person met, dashed when neglected', () => {
    const { nodes } = styled({ b: { neglected: true }, c: { ring: 'not-met', daysSinceContact: undefined } });
    const { lines, crowded } = linesFromMe(nodes);
    expect(lines.map((l) => l.personId)).toEqual(['a', 'b']);
    expect(lines[1]!.dash.length).toBeGreaterThan(0);
    expect(lines[0]).toMatchObject({ x1: 0, y1: 0, x2: nodes[0]!.x, y2: nodes[0]!.y });
    expect(crowded).toBe(false);
  });

  it('fades crowds of lines in proportion, never below 0.15', () => {
    expect(crowdFactor(300, 300)).toBe(1);
    expect(crowdFactor(600, 300)).toBe(0.5);
    expect(crowdFactor(1e6, 300)).toBe(0.15);
    const many: SceneNode[] = Array.from({ length: 600 }, (_, i) => ({
      ...styled().nodes[0]!,
      id: `k${i}`,
      ring: 'known' as const,
    }));
    const { lines, crowded } = linesFromMe(many);
    expect(crowded).toBe(true);
    expect(lines[0]!.opacity).toBeLessThan(styled().nodes[0]!.opacity);
  });

  it('draws each tie between two visible people once, by its first record', () => {
    const { nodes, selected } = styled();
    const pairs = tiePairsOf(selected, ties);
    expect(pairs.from.length).toBe(1);
    const lines = tieLines(nodes, pairs, ties);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ a: 'a', b: 'b' });
    const hidden = nodes.map((n) => (n.id === 'b' ? { ...n, visible: false } : n));
    expect(tieLines(hidden, pairs, ties)).toEqual([]);
  });
});

describe('ring decoration', () => {
  it('draws rings 1–4 always, names the context sectors, and shows the gap to a wanted ring', () => {
    const { nodes, placement } = styled({ a: { pinnedRing: 1 } });
    const withWanted = nodes.map((n) => (n.id === 'a' ? { ...n, pinnedRing: 1 as const } : n));
    const d = ringDecoration(placement.ego, withWanted, names, {
      layout: 'ego',
      drift: 0,
      ringCadenceDays: [7, 30, 90, 365],
    });
    expect(d.rings.map((r) => r.ring)).toEqual([1, 2, 3, 4]);
    expect(d.groups.map((g) => g.label.params?.text)).toEqual(['Tennis club']);
    expect(d.gaps).toEqual([expect.objectContaining({ personId: 'a', pinnedRing: 1, direction: 'inward' })]);
  });

  it('shows drift only when asked, and nothing outside the ring layout', () => {
    const { nodes, placement } = styled();
    const moved = nodes.map((n) => ({ ...n, ringTwelveMonthsAgo: 1 as const }));
    const options = { drift: 12 as const, ringCadenceDays: [7, 30, 90, 365] as const };
    expect(ringDecoration(placement.ego, moved, names, { ...options, layout: 'ego' }).drift).toHaveLength(3);
    expect(
      ringDecoration(placement.ego, moved, names, { ...options, drift: 0, layout: 'ego' }).drift,
    ).toEqual([]);
    expect(ringDecoration(placement.ego, moved, names, { ...options, layout: 'force' })).toEqual({
      rings: [],
      groups: [],
      gaps: [],
      drift: [],
    });
  });
});

describe('the scene cache', () => {
  it('remembers one value per slot for the same inputs, by identity', () => {
    const cache = new SceneCache();
    let runs = 0;
    const input = [1, 2];
    const a = cache.remember('x', [input], () => ++runs);
    expect(cache.remember('x', [input], () => ++runs)).toBe(a);
    expect(cache.remember('x', [[1, 2]], () => ++runs)).toBe(2);
    expect(runs).toBe(2);
  });
});

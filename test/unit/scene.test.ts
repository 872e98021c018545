// The scene model: deterministic layouts, one node per visible person, the encodings on a known data
// set, neglect, ring gaps, filters, the time slider, pins, and labels that never overlap.
import { describe, expect, it } from 'vitest';
import { buildScene } from '../../renderer/src/scene/build-scene';
import {
  lineWidthFor,
  NEGLECT_COLOUR,
  recencyFor,
  ringLineOpacity,
} from '../../renderer/src/scene/encodings';
import { NO_FILTERS, passesFilters } from '../../renderer/src/scene/filters';
import { anyOverlap, type LabelCandidate, placeLabels } from '../../renderer/src/scene/labels';
import { mapSourceFromSnapshot, metricsAt, prepareMap, sceneAt } from '../../renderer/src/scene/map-data';
import { navigationOrder, stepPerson, stepRing } from '../../renderer/src/scene/navigation';
import { packScene, unpackScene } from '../../renderer/src/scene/scene-transfer';
import { searchPeople } from '../../renderer/src/scene/search';
import { packSource, unpackSource } from '../../renderer/src/scene/source-transfer';
import { renderSceneToSvg } from '../../renderer/src/scene/svg';
import type { MapFilters, Scene, SceneOptions } from '../../renderer/src/scene/types';
import { generateSyntheticNetwork } from '../../shared/engine/synthetic';
import { KNOWN_AS_OF, KNOWN_LINE_WIDTHS, knownMapSource } from './scene-known-network';

const base: SceneOptions = {
  layout: 'ego',
  colourBy: 'kind',
  showTies: true,
  drift: 0,
  seed: 7,
  filters: NO_FILTERS,
  pins: {},
  ringCadenceDays: [7, 30, 90, 365],
};

function known(options: Partial<SceneOptions> = {}, asOf = KNOWN_AS_OF): Scene {
  return sceneAt(prepareMap(knownMapSource()), asOf, { ...base, ...options });
}
const visibleIds = (s: Scene) =>
  s.nodes
    .filter((n) => n.visible)
    .map((n) => n.id)
    .sort();
const node = (s: Scene, id: string) => s.nodes.find((n) => n.id === id)!;
const filters = (f: Partial<MapFilters>): MapFilters => ({ ...NO_FILTERS, ...f });

describe('scene model on a known network', () => {
  it('draws everyone, one line from me per person met; the not-met in their band without one', () => {
    const s = known();
    expect(s.nodes).toHaveLength(10);
    expect(visibleIds(s)).toEqual([
      'anna',
      'ben',
      'clara',
      'dora',
      'emil',
      'fritz',
      'greta',
      'hans',
      'ida',
      'jan',
    ]);
    // Emil was never met, Jan only reacted on social media: no contact, no line.
    expect(s.egoLines.map((l) => l.personId).sort()).toEqual(
      visibleIds(s).filter((id) => id !== 'emil' && id !== 'jan'),
    );
    expect(node(s, 'emil').ring).toBe('not-met');
    expect(node(s, 'jan').ring).toBe('not-met');
    expect(s.stats).toMatchObject({ total: 10, visible: 10, notMet: 2 });
    // Each visible node sits at the end of its line.
    for (const l of s.egoLines) expect([l.x2, l.y2]).toEqual([node(s, l.personId).x, node(s, l.personId).y]);
  });

  it('makes line width follow the ring, and within a ring the contacts per month', () => {
    const s = known();
    for (const [id, width] of Object.entries(KNOWN_LINE_WIDTHS)) {
      expect(s.egoLines.find((l) => l.personId === id)!.width, id).toBeCloseTo(width, 2);
    }
    expect(node(s, 'anna').contactsPerMonth).toBe(4);
    expect(node(s, 'ben').contactsPerMonth).toBe(2);
    // Social-media reactions are not contact.
    expect(node(s, 'jan').contactsPerMonth).toBe(0);
    // A line of an inner ring is always thicker than one of an outer ring, whatever the contact counts.
    const order = (ring: string | number) => (typeof ring === 'number' ? ring : 5);
    for (const x of s.egoLines)
      for (const y of s.egoLines) {
        const rx = order(node(s, x.personId).ring);
        const ry = order(node(s, y.personId).ring);
        if (rx < ry) expect(x.width, `${x.personId} inside ${y.personId}`).toBeGreaterThan(y.width);
      }
    expect(lineWidthFor(1, 100)).toBe(6);
    expect(lineWidthFor(2, 100)).toBeLessThan(lineWidthFor(1, 0));
    expect(lineWidthFor('known', 100)).toBe(0.7);
    // And fainter towards the outer rings, so the middle of the map stays readable.
    const opacity = (id: string) => s.egoLines.find((l) => l.personId === id)!.opacity;
    expect(ringLineOpacity(4)).toBeLessThan(ringLineOpacity(3));
    expect(ringLineOpacity('known')).toBeLessThan(ringLineOpacity(4));
    expect(ringLineOpacity(1)).toBe(1);
    expect(opacity('clara')).toBeLessThan(0.5);
    expect(lineWidthFor('not-met', 0)).toBe(0.5);
  });

  it('fades colour and opacity with time since the last contact', () => {
    const s = known();
    const anna = s.egoLines.find((l) => l.personId === 'anna')!;
    const clara = s.egoLines.find((l) => l.personId === 'clara')!;
    expect(anna.opacity).toBeGreaterThan(clara.opacity);
    expect(node(s, 'anna').recency).toBeLessThan(node(s, 'clara').recency);
    expect(recencyFor(undefined)).toBe(1);
    expect(recencyFor(3)).toBe(0);
  });

  it('marks neglected ties with colour, dash and node stroke, and only those', () => {
    const s = known();
    const dora = node(s, 'dora');
    expect(dora.neglected).toBe(true);
    expect(dora.stroke).toBe(NEGLECT_COLOUR);
    const line = s.egoLines.find((l) => l.personId === 'dora')!;
    expect(line.dash.length).toBeGreaterThan(0);
    expect(line.colour).toBe(NEGLECT_COLOUR);
    for (const id of ['anna', 'ben', 'greta']) {
      expect(node(s, id).neglected, id).toBe(false);
      expect(s.egoLines.find((l) => l.personId === id)!.dash, id).toEqual([]);
    }
    expect(s.legend.map((e) => e.id)).toContain('neglected');
  });

  it('shows the gap between the computed ring and the ring the user pinned', () => {
    const s = known();
    expect(s.gaps).toHaveLength(1);
    const gap = s.gaps[0]!;
    expect(gap).toMatchObject({ personId: 'fritz', pinnedRing: 1, ring: 2, direction: 'inward' });
    // The target lies inside ring 1's band; Fritz himself is outside it.
    const ring1 = s.rings.find((r) => r.ring === 1)!;
    expect(Math.hypot(gap.to.x, gap.to.y)).toBeLessThan(ring1.radius);
    expect(Math.hypot(gap.from.x, gap.from.y)).toBeGreaterThan(ring1.radius);
  });

  it('places deeper rings nearer the centre: every ring-1 person is inside ring 1, ring-2 outside', () => {
    const s = known();
    const ring1 = s.rings.find((r) => r.ring === 1)!;
    for (const n of s.nodes.filter((n) => n.visible)) {
      const d = Math.hypot(n.x, n.y);
      if (n.ring === 1) expect(d, n.id).toBeLessThan(ring1.radius);
      else expect(d, n.id).toBeGreaterThan(ring1.radius);
    }
    expect(s.rings.map((r) => r.ring)).toEqual([1, 2, 3, 4, 'known', 'not-met']);
    expect(s.rings[0]!.label.params).toMatchObject({ cadence: { key: 'cadence.weekly' } });
  });

  it('is deterministic for the same data and seed, in every layout', () => {
    for (const layout of ['ego', 'force', 'context'] as const) {
      expect(known({ layout }), layout).toEqual(known({ layout }));
    }
    expect(known({ layout: 'force', seed: 1 })).not.toEqual(known({ layout: 'force', seed: 2 }));
  });

  it('filters by kind, tag, context, channel, ring and status, combinably', () => {
    expect(visibleIds(known({ filters: filters({ kinds: ['colleague'] }) }))).toEqual(['clara', 'hans']);
    expect(visibleIds(known({ filters: filters({ tags: ['vip', 'tennis'] }) }))).toEqual(['anna', 'greta']);
    expect(visibleIds(known({ filters: filters({ contexts: ['acme'] }) }))).toEqual([
      'clara',
      'greta',
      'hans',
    ]);
    expect(visibleIds(known({ filters: filters({ channels: ['social'] }) }))).toEqual(['jan']);
    expect(visibleIds(known({ filters: filters({ rings: [2] }) }))).toEqual([
      'ben',
      'fritz',
      'greta',
      'hans',
    ]);
    expect(visibleIds(known({ filters: filters({ rings: ['not-met'] }) }))).toEqual(['emil', 'jan']);
    expect(visibleIds(known({ filters: filters({ statuses: ['neglected'] }) }))).toEqual(['dora']);
    expect(visibleIds(known({ filters: filters({ statuses: ['due'] }) }))).toEqual(['clara', 'hans', 'ida']);
    // Combined: colleagues in ring 2.
    expect(visibleIds(known({ filters: filters({ kinds: ['colleague'], rings: [2] }) }))).toEqual(['hans']);
    const s = known({ filters: filters({ contexts: ['acme'] }) });
    expect(s.stats.visible).toBe(3);
    // In the network layout a filter hides, it does not move anyone.
    const force = known({ layout: 'force', filters: filters({ contexts: ['acme'] }) });
    const forceAll = known({ layout: 'force' });
    expect(node(force, 'hans')).toMatchObject({ x: node(forceAll, 'hans').x, y: node(forceAll, 'hans').y });
    // Lines and ties only between visible people.
    expect(s.egoLines).toHaveLength(3);
    expect(s.ties.map((t) => [t.a, t.b].sort().join('-')).sort()).toEqual(['clara-greta', 'greta-hans']);
  });

  it('sizes the ring layout to the people the filters show, and draws only the rings they leave', () => {
    const all = known();
    const inner = known({ filters: filters({ rings: [1, 2] }) });
    expect(inner.rings.map((r) => r.ring)).toEqual([1, 2]);
    expect(all.rings.map((r) => r.ring)).toEqual([1, 2, 3, 4, 'known', 'not-met']);
    // The picture shrinks to what is shown, so "fit to screen" fills the screen with it.
    const width = (x: Scene) => x.bounds.maxX - x.bounds.minX;
    expect(width(inner)).toBeLessThan(width(all) * 0.75);
    for (const n of inner.nodes.filter((n) => n.visible))
      expect(Math.hypot(n.x, n.y)).toBeLessThanOrEqual(inner.rings.at(-1)!.radius);
    // What decides the extent is named, so the view fits again when it changes (and not at each date).
    expect(inner.extentKey).not.toBe(all.extentKey);
    expect(known({}, '2025-06-01').extentKey).toBe(all.extentKey);
  });

  it('folds an outer band into one counted band when asked (or when it holds over 150 people)', () => {
    const folded = known({ folding: { known: 'folded' } });
    const band = folded.rings.find((r) => r.ring === 'known')!;
    const knownPeople = known().nodes.filter((n) => n.ring === 'known' && n.visible);
    expect(knownPeople.length).toBeGreaterThan(0);
    expect(band).toMatchObject({ folded: true, count: knownPeople.length });
    expect(band.label).toEqual({
      key: 'ringLabelFolded',
      params: { ring: { key: 'ring.known' }, count: knownPeople.length },
    });
    for (const p of knownPeople) expect(node(folded, p.id).visible).toBe(false);
    expect(folded.stats.folded).toBe(knownPeople.length);
    expect(folded.stats.visible).toBe(known().stats.visible - knownPeople.length);
    expect(folded.egoLines.some((l) => knownPeople.some((p) => p.id === l.personId))).toBe(false);
    // Small bands stay open by default.
    expect(known().rings.some((r) => r.folded)).toBe(false);
    // Only the ring layout folds.
    expect(known({ layout: 'force', folding: { known: 'folded' } }).stats.folded).toBe(0);
  });

  it('at an earlier date puts people not met yet in their band and moves the others', () => {
    const early = known({}, '2025-06-01');
    // Only Clara and Dora had been met by then; the others wait in the outer band, without a line.
    expect(early.nodes.filter((n) => n.ring !== 'not-met').map((n) => n.id)).toEqual(['clara', 'dora']);
    expect(early.egoLines.map((l) => l.personId).sort()).toEqual(['clara', 'dora']);
    expect(node(early, 'anna').ring).toBe('not-met');
    expect(early.asOf).toBe('2025-06-01');
  });

  it('shows the drift of each tie since 12 months ago', () => {
    const s = known({ drift: 12 });
    // Dora, weekly until Christmas and silent since, kept a quarterly rhythm at most.
    const dora = s.drift.find((d) => d.personId === 'dora');
    expect(dora).toMatchObject({ ringThen: 1, ringNow: 3, direction: 'outward' });
    expect(s.legend.map((e) => e.id)).toContain('drift');
    expect(known({ drift: 0 }).drift).toEqual([]);
  });

  it('puts pinned people where they were dragged and marks them', () => {
    const s = known({ pins: { ego: { ben: { x: 500, y: -400 } } } });
    expect(node(s, 'ben')).toMatchObject({ x: 500, y: -400, pinned: true });
    expect(s.egoLines.find((l) => l.personId === 'ben')).toMatchObject({ x2: 500, y2: -400 });
    expect(node(s, 'anna').pinned).toBe(false);
    // Pins are per layout.
    expect(node(known({ layout: 'force', pins: { ego: { ben: { x: 500, y: -400 } } } }), 'ben').pinned).toBe(
      false,
    );
    const forced = known({ layout: 'force', pins: { force: { ben: { x: 10, y: 20 } } } });
    expect(node(forced, 'ben')).toMatchObject({ x: 10, y: 20 });
  });

  it('colours nodes by kind or by context, and the legend follows', () => {
    const byKind = known();
    const byContext = known({ colourBy: 'context' });
    expect(node(byKind, 'greta').fill).toBe(node(byKind, 'fritz').fill); // both partners
    expect(node(byContext, 'greta').fill).toBe(node(byContext, 'hans').fill); // both ACME
    expect(node(byContext, 'greta').fill).not.toBe(node(byContext, 'anna').fill);
    expect(
      byContext.legend.find((e) => e.id === 'node-colour')!.samples.map((s) => s.label.params?.text),
    ).toContain('ACME GmbH');
  });

  it('groups people by context in sectors (ego) and clusters (context layout)', () => {
    const s = known({ layout: 'context' });
    expect(s.groups.map((g) => g.label.params?.text ?? g.label.key).sort()).toEqual(
      ['ACME GmbH', 'Tennis club', 'group.none'].sort(),
    );
    expect(s.rings).toEqual([]);
    const ego = known();
    expect(ego.groups.map((g) => g.label.params?.text).sort()).toEqual(['ACME GmbH', 'Tennis club']);
  });

  it('drops archived people entirely', () => {
    const source = knownMapSource();
    source.people.find((p) => p.id === 'ben')!.archived = true;
    const s = sceneAt(prepareMap(source), KNOWN_AS_OF, base);
    expect(s.nodes.map((n) => n.id)).not.toContain('ben');
  });
});

describe('search and keyboard order', () => {
  it('finds people ignoring accents and case, best matches first', () => {
    const s = known();
    expect(searchPeople(s, 'jager').map((h) => h.node.id)).toEqual(['jan']);
    expect(searchPeople(s, 'g')[0]!.node.id).toBe('greta');
    expect(searchPeople(s, 'acme').map((h) => h.node.id)).toEqual(['hans']);
    expect(searchPeople(s, '   ')).toEqual([]);
  });

  it('walks ring by ring, wrapping round', () => {
    const s = known();
    const order = navigationOrder(s);
    expect(order).toHaveLength(10);
    expect(order.map((n) => n.ring)).toEqual([1, 2, 2, 2, 2, 3, 3, 'known', 'not-met', 'not-met']);
    expect(stepPerson(order, undefined, 1)).toBe(order[0]);
    expect(stepPerson(order, order[9]!.id, 1)).toBe(order[0]);
    expect(stepPerson(order, order[0]!.id, -1)).toBe(order[9]);
    expect(stepRing(order, order[0]!.id, 1)!.ring).toBe(2);
    expect(stepRing(order, order[5]!.id, -1)!.ring).toBe(2);
  });
});

describe('labels', () => {
  it('never overlap, whatever the density, and prefer higher priority', () => {
    const candidates: LabelCandidate[] = [];
    let seed = 1;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 5000; i++) {
      candidates.push({
        id: `n${i}`,
        text: `Person number ${i}`,
        x: rnd() * 1000,
        y: rnd() * 800,
        r: 2 + rnd() * 8,
        priority: rnd() * 10,
      });
    }
    const view = { k: 1, tx: 0, ty: 0, width: 1000, height: 800 };
    const placed = placeLabels(candidates, view, { maxLabels: 10_000 });
    expect(placed.length).toBeGreaterThan(50);
    expect(anyOverlap(placed)).toBe(false);
    // The highest-priority candidate away from the edges always gets its label.
    const top = candidates
      .filter((c) => c.x > 200 && c.x < 800 && c.y > 40 && c.y < 760)
      .sort((a, b) => b.priority - a.priority)[0]!;
    expect(placed.map((p) => p.id)).toContain(top.id);
    // Zooming in makes room for more.
    const zoomed = placeLabels(candidates, { ...view, k: 4, tx: -1500, ty: -1200 }, { maxLabels: 10_000 });
    expect(anyOverlap(zoomed)).toBe(false);
  });

  it('do not overlap on the scene of a synthetic network of 500 people', () => {
    const net = generateSyntheticNetwork({ seed: 3, people: 500, encounters: 10_000, end: '2026-06-30' });
    const prepared = prepareMap(
      mapSourceFromSnapshot({ ...net, settings: { model: knownMapSource().settings } }),
    );
    const s = sceneAt(prepared, '2026-06-30', base);
    const candidates = s.nodes
      .filter((n) => n.visible)
      .map((n) => ({ id: n.id, text: n.name, x: n.x, y: n.y, r: n.r, priority: n.labelPriority }));
    const placed = placeLabels(candidates, { k: 0.8, tx: 640, ty: 400, width: 1280, height: 800 });
    expect(placed.length).toBeGreaterThan(20);
    expect(anyOverlap(placed)).toBe(false);
    // One node per person in the network (archived left out), one line per visible, met person.
    const active = net.people.filter((p) => !p.archived);
    expect(s.nodes).toHaveLength(active.length);
    const metrics = metricsAt(prepared, '2026-06-30');
    const passing = active.filter((p) => passesFilters(p, metrics.people.get(p.id)!, NO_FILTERS));
    // Over 150 known people: their band is folded, counted, not drawn one by one.
    const knownCount = passing.filter((p) => metrics.people.get(p.id)!.ring === 'known').length;
    expect(knownCount).toBeGreaterThan(150);
    expect(s.rings.find((r) => r.ring === 'known')).toMatchObject({ folded: true, count: knownCount });
    const visible = passing.filter((p) => metrics.people.get(p.id)!.ring !== 'known');
    expect(s.stats.visible).toBe(visible.length);
    expect(s.stats.folded).toBe(knownCount);
    const met = visible.filter((p) => metrics.people.get(p.id)!.ring !== 'not-met');
    expect(s.egoLines).toHaveLength(met.length);
  });
});

describe('buildScene input handling', () => {
  it('treats people without figures as not met', () => {
    const s = buildScene(
      { asOf: KNOWN_AS_OF, people: new Map() },
      [{ id: 'x', displayName: 'X', kind: 'other', tags: [], contexts: [] }],
      [],
      [],
      { ...base, filters: filters({ rings: [] }) },
    );
    expect(s.nodes[0]).toMatchObject({ id: 'x', ring: 'not-met', visible: true });
    expect(s.egoLines).toEqual([]);
  });
});

describe('transfer to and from the layout worker', () => {
  it('packs a scene into columns and unpacks an equal scene', () => {
    const s = known({ drift: 12, pins: { ego: { ben: { x: 1, y: 2 } } } });
    const { packed, transfer } = packScene(s);
    expect(transfer.length).toBe(12); // six columns and the six arrays of the draw order
    expect(unpackScene(structuredClone(packed))).toEqual(s);
  });

  it('packs the data for the worker and unpacks the same data', () => {
    const source = knownMapSource();
    source.encounters[0]!.durationMinutes = 45;
    source.encounters[1]!.initiator = 'them';
    source.encounters[2]!.attempt = true;
    source.coverage = [{ channel: 'message', from: '2025-01-01', to: '2026-01-01' }];
    const { packed } = packSource(source);
    expect(unpackSource(structuredClone(packed))).toEqual(source);
    // An imported encounter arrives as imported (the engine reads nothing else of its source).
    source.encounters[3]!.source = { format: 'whatsapp', key: 'abc' };
    expect(unpackSource(packSource(source).packed).encounters[3]!.source).toBeDefined();
  });
});

describe('the SVG renderer', () => {
  it('draws one circle per visible person and labels inside the page that never overlap', () => {
    const s = known();
    const t = (key: string, params?: Record<string, unknown>) => `${key}${params?.count ?? ''}`;
    const { svg, labels, groups } = renderSceneToSvg(s, { width: 400, height: 300, t });
    expect(svg.startsWith('<svg')).toBe(true);
    const circles = [...svg.matchAll(/<circle data-person="([^"]+)"/g)].map((m) => m[1]);
    expect(circles.sort()).toEqual(visibleIds(s));
    expect(svg).toContain('class="neglect-marker"');
    expect(anyOverlap([...labels, ...groups])).toBe(false);
    for (const l of labels) {
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.x + l.width).toBeLessThanOrEqual(400);
    }
    // Names are escaped.
    const tricky = sceneAt(
      prepareMap({
        ...knownMapSource(),
        people: knownMapSource().people.map((p) => (p.id === 'anna' ? { ...p, displayName: 'A<b>&"' } : p)),
      }),
      KNOWN_AS_OF,
      base,
    );
    expect(renderSceneToSvg(tricky, { width: 800, height: 600, t }).svg).not.toContain('A<b>');
  });
});

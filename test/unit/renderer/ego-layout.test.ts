import { describe, expect, it } from 'vitest';
import { EGO_DEFAULTS, labelBox, layoutEgoMap } from '../../../renderer/src/map/ego-layout';

const size = { width: 900, height: 600 };
const person = (id: string, name: string, encounterCount: number) => ({ id, name, encounterCount });

describe('layoutEgoMap', () => {
  it('puts me in the centre and every person on one ellipse around it', () => {
    const layout = layoutEgoMap(
      [person('a', 'Anna', 3), person('b', 'Bert', 1), person('c', 'Cleo', 0)],
      size,
    );
    expect(layout.centre).toEqual({ x: 450, y: 300 });
    expect(layout.nodes).toHaveLength(3);
    expect(layout.links).toHaveLength(3);
    // The ellipse leaves room for labels: half the size minus the margins.
    const rx = 450 - EGO_DEFAULTS.marginX;
    const ry = 300 - EGO_DEFAULTS.marginY;
    for (const n of layout.nodes) expect(((n.x - 450) / rx) ** 2 + ((n.y - 300) / ry) ** 2).toBeCloseTo(1, 6);
    for (const link of layout.links) {
      const node = layout.nodes.find((n) => n.id === link.id)!;
      expect([link.x1, link.y1, link.x2, link.y2]).toEqual([450, 300, node.x, node.y]);
    }
  });

  it('draws more encounters as a thicker line, on a square-root scale', () => {
    const layout = layoutEgoMap(
      [person('a', 'Anna', 16), person('b', 'Bert', 4), person('c', 'Cleo', 1), person('d', 'Dora', 0)],
      size,
    );
    const width = Object.fromEntries(layout.links.map((l) => [l.id, l.width]));
    expect(width.a).toBe(EGO_DEFAULTS.maxWidth);
    expect(width.d).toBe(EGO_DEFAULTS.minWidth);
    expect(width.a!).toBeGreaterThan(width.b!);
    expect(width.b!).toBeGreaterThan(width.c!);
    expect(width.c!).toBeGreaterThan(width.d!);
    // sqrt: a quarter of the encounters gives half the extra width.
    expect(width.b).toBeCloseTo(1 + 9 * 0.5, 2);
    for (const w of Object.values(width)) expect(Number.isFinite(w)).toBe(true);
  });

  it('does not give a single encounter the heaviest line when the record is small', () => {
    const layout = layoutEgoMap([person('a', 'Anna', 1)], size);
    expect(layout.links[0]!.width).toBeLessThan(EGO_DEFAULTS.maxWidth / 2);
  });

  it('is deterministic and independent of input order; the most frequent contact sits at the top', () => {
    const people = [person('b', 'Bert', 1), person('a', 'Anna', 5), person('c', 'Cleo', 1)];
    const one = layoutEgoMap(people, size);
    const two = layoutEgoMap([...people].reverse(), size);
    expect(two).toEqual(one);
    expect(one.nodes[0]).toMatchObject({ id: 'a', x: 450 });
    expect(one.nodes[0]!.y).toBeLessThan(300);
  });

  it('places labels outward and shortens long names', () => {
    const layout = layoutEgoMap(
      [
        person('t', 'Top', 9),
        person('r', 'Right', 5),
        person('b', 'Bottom', 3),
        person('l', 'Elisabeth Steinbauer-Moser von Hohenberg', 1),
      ],
      size,
    );
    const byId = Object.fromEntries(layout.nodes.map((n) => [n.id, n]));
    expect(byId.t!.label.anchor).toBe('middle');
    expect(byId.r!.label.anchor).toBe('start');
    expect(byId.l!.label.anchor).toBe('end');
    expect(byId.l!.label.text).toBe('Elisabeth Steinbauer-…');
    expect(byId.l!.name).toBe('Elisabeth Steinbauer-Moser von Hohenberg');
  });

  it('handles nobody at all', () => {
    expect(layoutEgoMap([], size)).toMatchObject({ nodes: [], links: [], centre: { x: 450, y: 300 } });
  });

  it('hides labels that would overlap a more important one, and only those', () => {
    const many = Array.from({ length: 60 }, (_, i) => person(`p${i}`, `Person number ${i}`, 60 - i));
    const layout = layoutEgoMap(many, { width: 900, height: 400 });
    const visible = layout.nodes.filter((n) => n.label.visible);
    expect(visible.length).toBeGreaterThan(5);
    expect(visible.length).toBeLessThan(60);
    // The most important person always keeps their label.
    expect(layout.nodes[0]!.label.visible).toBe(true);
    const boxes = visible.map((n) => labelBox(n.label, EGO_DEFAULTS.fontSize));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap).toBe(false);
      }
    }
    // With few people, every label shows.
    expect(layoutEgoMap(many.slice(0, 6), size).nodes.every((n) => n.label.visible)).toBe(true);
  });
});

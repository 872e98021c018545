// The canvas renderer against a recording context: what the static layer and the overlay draw, and
// where. The drag test is the regression test of "a dragged person's label stays behind" (the canvas
// cached label candidates with copied coordinates while the drag moved the scene's nodes).
import { describe, expect, it } from 'vitest';
import { type CanvasView, drawOverlay, drawScene, screenRadius } from '../../../renderer/src/scene/canvas';
import { NEGLECT_COLOUR } from '../../../renderer/src/scene/encodings';
import { NO_FILTERS } from '../../../renderer/src/scene/filters';
import { prepareMap, sceneAt } from '../../../renderer/src/scene/map-data';
import { packScene, unpackScene } from '../../../renderer/src/scene/scene-transfer';
import type { Scene } from '../../../renderer/src/scene/types';
import {
  type RecordedBitmap,
  RecordingOffscreenCanvas,
  recordingContext,
} from '../../harness/recording-canvas';
import { KNOWN_AS_OF, knownMapSource } from '../scene-known-network';

const view: CanvasView = { k: 1, tx: 400, ty: 300, width: 800, height: 600, dpr: 1 };
const t = (key: string) => key;

function scene(): Scene {
  return sceneAt(prepareMap(knownMapSource()), KNOWN_AS_OF, {
    layout: 'ego',
    colourBy: 'kind',
    showTies: true,
    drift: 0,
    seed: 1,
    filters: NO_FILTERS,
    pins: {},
    ringCadenceDays: [7, 30, 90, 365],
  });
}
const nodeOf = (s: Scene, id: string) => s.nodes.find((n) => n.id === id)!;
const screen = (x: number, y: number) => ({ x: x * view.k + view.tx, y: y * view.k + view.ty });

describe('drawScene (the static layer)', () => {
  it('draws a scene from the layout worker (its draw order sent along) exactly as one built in the page', () => {
    const s = scene();
    const here = recordingContext();
    drawScene(here, s, view, {}, t, 'Me');
    const sent = recordingContext();
    drawScene(sent, unpackScene(packScene(s).packed), view, {}, t, 'Me');
    expect(sent.calls.length).toBeGreaterThan(100);
    expect(sent.calls).toEqual(here.calls);
  });

  it('draws every visible person once, and their names where the placement put them', () => {
    const s = scene();
    const ctx = recordingContext();
    const result = drawScene(ctx, s, view, {}, t, 'Me');
    const visible = s.nodes.filter((n) => n.visible);
    expect(result.drawnNodes).toBe(visible.length);
    const texts = ctx.texts();
    for (const label of result.labels) {
      const drawn = texts.find((x) => x.text === label.text)!;
      expect(drawn.x).toBeCloseTo(label.x + 1, 5);
    }
  });

  it('leaves out the person being dragged: no circle, no line from me, no name', () => {
    const s = scene();
    const anna = nodeOf(s, 'anna');
    const ctx = recordingContext();
    drawScene(ctx, s, view, { hiddenId: 'anna' }, t, 'Me');
    const at = screen(anna.x, anna.y);
    expect(ctx.arcs().some((a) => Math.hypot(a.x - at.x, a.y - at.y) < 0.01)).toBe(false);
    expect(ctx.texts().some((x) => x.text === anna.name)).toBe(false);
    expect(ctx.calls.some((c) => c.name === 'lineTo' && c.args[0] === anna.x && c.args[1] === anna.y)).toBe(
      false,
    );
  });

  it('dims everyone but the search hits, whose names are bold', () => {
    const s = scene();
    const ctx = recordingContext();
    drawScene(ctx, s, view, { highlightIds: new Set(['ben']) }, t, 'Me');
    const ben = ctx.texts().find((x) => x.text === nodeOf(s, 'ben').name)!;
    expect(ben.font).toMatch(/^bold/);
    const fills = ctx.calls.filter((c) => c.name === 'fill');
    expect(Math.min(...fills.map((c) => c.globalAlpha))).toBeLessThan(0.3);
  });

  it('never changes the scene it draws', () => {
    const s = scene();
    const before = JSON.stringify(s);
    drawScene(recordingContext(), s, view, { hiddenId: 'anna', highlightIds: new Set(['ben']) }, t, 'Me');
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('drawOverlay', () => {
  it("draws a dragged person's circle, line from me and name where they are dragged to", () => {
    const s = scene();
    const anna = nodeOf(s, 'anna');
    const drag = { id: 'anna', dx: 120, dy: 40 };
    const ctx = recordingContext();
    const { labels } = drawScene(recordingContext(), s, view, { hiddenId: 'anna' }, t, 'Me');
    drawOverlay(ctx, s, view, { drag }, labels);
    const now = screen(anna.x + drag.dx, anna.y + drag.dy);
    expect(ctx.arcs().some((a) => Math.hypot(a.x - now.x, a.y - now.y) < 0.01)).toBe(true);
    const name = ctx.texts().find((x) => x.text === anna.name)!;
    // Right of the circle at its new place, on its middle line: not where the person was.
    expect(name.x).toBeGreaterThan(now.x);
    expect(name.x - now.x).toBeLessThan(40);
    expect(name.y).toBeCloseTo(now.y, 5);
    // The line from me ends at the new place.
    expect(
      ctx.calls.some((c) => c.name === 'lineTo' && c.args[0] === anna.x + 120 && c.args[1] === anna.y + 40),
    ).toBe(true);
  });

  it('rings and names the hovered and the selected person, and draws nothing of the scene', () => {
    const s = scene();
    const ctx = recordingContext();
    const { labels } = drawScene(recordingContext(), s, view, {}, t, 'Me');
    drawOverlay(ctx, s, view, { hoverId: 'ben', selectedId: 'clara' }, labels);
    expect(ctx.arcs()).toHaveLength(2);
    expect(
      ctx
        .texts()
        .map((x) => x.text)
        .sort(),
    ).toEqual([nodeOf(s, 'ben').name, nodeOf(s, 'clara').name].sort());
    expect(ctx.calls.filter((c) => c.name === 'clearRect')).toHaveLength(1);
    expect(ctx.calls.some((c) => c.name === 'fillRect')).toBe(false);
  });

  it('puts a selected name where the static layer placed it', () => {
    const s = scene();
    const { labels } = drawScene(recordingContext(), s, view, {}, t, 'Me');
    const placed = labels[0]!;
    const ctx = recordingContext();
    drawOverlay(ctx, s, view, { selectedId: placed.id }, labels);
    const drawn = ctx.texts()[0]!;
    expect(drawn.x).toBeCloseTo(placed.x + 1, 5);
    expect(drawn.y).toBeCloseTo(placed.y + placed.height / 2, 5);
  });
});

describe('neglect markers', () => {
  const neglected = (s: Scene) => s.nodes.filter((n) => n.visible && n.neglected);

  it('are stamped centred on each neglected person where an OffscreenCanvas can be made', () => {
    const saved = globalThis.OffscreenCanvas;
    (globalThis as { OffscreenCanvas: unknown }).OffscreenCanvas = RecordingOffscreenCanvas;
    try {
      const s = scene();
      expect(neglected(s).length).toBeGreaterThan(0);
      const ctx = recordingContext();
      drawScene(ctx, s, { ...view, dpr: 2 }, {}, t, 'Me');
      const stamps = ctx.calls.filter((c) => c.name === 'drawImage');
      expect(stamps).toHaveLength(neglected(s).length);
      for (const n of neglected(s)) {
        const at = screen(n.x, n.y);
        expect(
          stamps.some((c) => {
            const image = c.args[0] as { width: number };
            // Device pixels (dpr 2), whole pixels: at most half a pixel off the centre.
            return (
              Math.abs(Number(c.args[1]) + image.width / 2 - 2 * at.x) <= 0.5 &&
              Math.abs(Number(c.args[2]) + image.width / 2 - 2 * at.y) <= 0.5
            );
          }),
          n.name,
        ).toBe(true);
      }
      // The stamp itself is a dashed vermillion ring around its centre.
      const stamp = stamps[0]!.args[0] as RecordedBitmap;
      expect(stamp.calls.find((c) => c.name === 'setLineDash')?.args[0]).toEqual([2, 1.5]);
      expect(stamp.calls.find((c) => c.name === 'stroke')?.strokeStyle).toBe(NEGLECT_COLOUR);
    } finally {
      (globalThis as { OffscreenCanvas: unknown }).OffscreenCanvas = saved;
    }
  });

  it('are stroked as dashed rings where no OffscreenCanvas can be made', () => {
    const s = scene();
    const ctx = recordingContext();
    drawScene(ctx, s, view, {}, t, 'Me');
    expect(ctx.calls.some((c) => c.name === 'drawImage')).toBe(false);
    for (const n of neglected(s)) {
      const at = screen(n.x, n.y);
      const ring = screenRadius(n.r, view.k) + 3.5;
      expect(
        ctx.arcs().some((a) => Math.hypot(a.x - at.x, a.y - at.y) < 0.01 && Math.abs(a.r - ring) < 0.01),
        n.name,
      ).toBe(true);
    }
  });
});

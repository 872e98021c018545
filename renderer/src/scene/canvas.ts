/**
 * The canvas renderer of the interactive map, in two layers (as Excalidraw's static and interactive
 * canvases):
 *
 *  - `drawScene`: the scene for one view (zoom/pan transform) and the search highlight, on the static
 *    canvas. The same layers in the same order as the SVG renderer. Thousands of lines are drawn as few
 *    paths: lines with the same style are grouped once per scene (cached; the scene is immutable), so a
 *    frame is a handful of stroke() calls. A person being dragged is left out (`hiddenId`).
 *  - `drawOverlay`: hover, selection and keyboard focus rings with their names, and the dragged person
 *    (circle, line from me, ties and name at the drag offset), on a transparent canvas above it. Hovering
 *    or dragging draws only this layer, never the 5,000 people below.
 */

import { RING_LABEL_PRIORITY } from './build-scene';
import { drawOrderOf } from './draw-order';
import {
  DRIFT_IN_COLOUR,
  DRIFT_OUT_COLOUR,
  GAP_COLOUR,
  ME_COLOUR,
  NEGLECT_COLOUR,
  RING_COLOUR,
  strokeScale,
  TIE_COLOUR,
} from './encodings';
import {
  type Box,
  centreLabel,
  LABEL_FONT_SIZE,
  type LabelCandidate,
  type PlacedLabel,
  placeGroupLabels,
  placeLabels,
  shortenLabel,
} from './labels';
import { resolveText, type Translate } from './text';
import type { Scene, SceneEgoLine, SceneNode } from './types';

export interface CanvasView {
  k: number;
  tx: number;
  ty: number;
  /** CSS pixels. */
  width: number;
  height: number;
  dpr: number;
}

/** What the static layer draws besides the scene. */
export interface SceneState {
  /** People found by the search: drawn emphasised, the others dimmed. */
  highlightIds?: ReadonlySet<string>;
  /** A person the overlay draws instead (being dragged): left out here, with their lines and label. */
  hiddenId?: string | undefined;
}

/** A person being dragged: drawn by the overlay `dx`, `dy` world units from their place in the scene. */
export interface DragOffset {
  id: string;
  dx: number;
  dy: number;
}

/** What the overlay draws. */
export interface OverlayState {
  hoverId?: string | undefined;
  selectedId?: string | undefined;
  focusId?: string | undefined;
  drag?: DragOffset | undefined;
  /** Dimmed by a search: the overlay's names stay fully drawn. */
}

/** Both layers' state (the test hook reports it). */
export type InteractionState = SceneState & OverlayState;

export interface DrawResult {
  labels: PlacedLabel[];
  /** Nodes actually drawn (visible and on screen). */
  drawnNodes: number;
}

interface Batches {
  egoLines: {
    lines: SceneEgoLine[];
    colour: string;
    opacity: number;
    width: number;
    dash: readonly number[];
  }[];
  ties: Map<number, Scene['ties']>;
  /** Ties with at least one end in rings 1–4: all that is drawn of a crowded network when zoomed out. */
  coreTies: Map<number, Scene['ties']>;
  nodes: { fill: string; opacity: number; stroke: string; strokeWidth: number; nodes: SceneNode[] }[];
  neglected: SceneNode[];
  pinned: SceneNode[];
  candidates: LabelCandidate[];
}

const batchCache = new WeakMap<Scene, Batches>();
/** Above this many ties the canvas thins them out by zoom (the SVG renderer always draws all). */
const CROWDED_TIES = 2000;
const ZOOM_FOR_ALL_TIES = 1.5;

function batchesOf(scene: Scene): Batches {
  const cached = batchCache.get(scene);
  if (cached) return cached;
  // The grouping comes worked out (draw-order.ts): here only the indices are followed.
  const order = drawOrderOf(scene);
  const egoLines: Batches['egoLines'] = [];
  let from = 0;
  for (const end of order.egoEnds) {
    const lines = new Array<SceneEgoLine>(end - from);
    for (let i = from; i < end; i++)
      lines[i - from] = scene.egoLines[order.egoLines[i] as number] as SceneEgoLine;
    const l = lines[0] as SceneEgoLine;
    egoLines.push({ lines, colour: l.colour, opacity: l.opacity, width: l.width, dash: l.dash });
    from = end;
  }
  const ties = new Map<number, Scene['ties']>();
  const coreTies = new Map<number, Scene['ties']>();
  scene.ties.forEach((t, i) => {
    (ties.get(t.width) ?? ties.set(t.width, []).get(t.width)!).push(t);
    if (order.coreTies[i] === 1) (coreTies.get(t.width) ?? coreTies.set(t.width, []).get(t.width)!).push(t);
  });
  const nodes: Batches['nodes'] = [];
  from = 0;
  for (const end of order.nodeEnds) {
    const members = new Array<SceneNode>(end - from);
    for (let i = from; i < end; i++) members[i - from] = scene.nodes[order.nodes[i] as number] as SceneNode;
    const n = members[0] as SceneNode;
    nodes.push({
      fill: n.fill,
      opacity: n.opacity,
      stroke: n.stroke,
      strokeWidth: n.strokeWidth,
      nodes: members,
    });
    from = end;
  }
  const neglected: SceneNode[] = [];
  const pinned: SceneNode[] = [];
  for (const n of scene.nodes) {
    if (!n.visible) continue;
    if (n.neglected) neglected.push(n);
    if (n.pinned) pinned.push(n);
  }
  const candidates = new Array<LabelCandidate>(order.labels.length);
  for (let i = 0; i < order.labels.length; i++) {
    const n = scene.nodes[order.labels[i] as number] as SceneNode;
    candidates[i] = { id: n.id, text: n.name, x: n.x, y: n.y, r: n.r, priority: n.labelPriority };
  }
  const batches: Batches = { egoLines, ties, coreTies, nodes, neglected, pinned, candidates };
  batchCache.set(scene, batches);
  return batches;
}

/** On-screen radius of a node: geometric, but never smaller than 1.5 px so that no one disappears. */
export function screenRadius(r: number, k: number): number {
  return Math.max(1.5, r * k);
}

export function drawScene(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  view: CanvasView,
  state: SceneState,
  t: Translate,
  meLabel: string,
): DrawResult {
  const { k, tx, ty, width, height, dpr } = view;
  const b = batchesOf(scene);
  const sk = strokeScale(k);
  const dim = state.highlightIds !== undefined && state.highlightIds.size > 0;
  const dimFactor = dim ? 0.25 : 1;
  const hidden = state.hiddenId;

  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  // World coordinates from here on: lengths that should stay constant on screen are divided by k.
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * tx, dpr * ty);
  const x0 = -tx / k;
  const y0 = -ty / k;
  const x1 = (width - tx) / k;
  const y1 = (height - ty) / k;
  const onScreen = (n: SceneNode) => n.x + n.r >= x0 && n.x - n.r <= x1 && n.y + n.r >= y0 && n.y - n.r <= y1;

  // Folded outer bands: a shaded band that stands for the people in it.
  for (const ring of scene.rings) {
    if (!ring.folded) continue;
    ctx.fillStyle = FOLDED_BAND_FILL;
    ctx.beginPath();
    ctx.arc(0, 0, ring.radius, 0, Math.PI * 2);
    ctx.arc(0, 0, ring.innerRadius, 0, Math.PI * 2, true);
    ctx.fill();
  }

  // Rings.
  ctx.lineWidth = 1 / k;
  ctx.strokeStyle = RING_COLOUR;
  for (const ring of scene.rings) {
    ctx.setLineDash(ring.ring === 'known' || ring.ring === 'not-met' ? [4 / k, 4 / k] : []);
    ctx.beginPath();
    ctx.arc(0, 0, ring.radius, 0, Math.PI * 2);
    ctx.stroke();
  }
  ctx.setLineDash([]);

  // Person–person ties. Level of detail: thousands of ties seen from afar are a grey fog that costs
  // most of the frame, so a crowded map shows the ties of the inner rings until one zooms in, and
  // then only ties with an end on screen.
  ctx.strokeStyle = TIE_COLOUR;
  ctx.globalAlpha = (scene.ties[0]?.opacity ?? 0) * dimFactor;
  const crowded = scene.ties.length > CROWDED_TIES;
  const tieBatches = crowded && k < ZOOM_FOR_ALL_TIES ? b.coreTies : b.ties;
  const inView = (x: number, y: number) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
  for (const [w, lines] of tieBatches) {
    ctx.lineWidth = Math.max(0.5, w * sk) / k;
    ctx.beginPath();
    for (const l of lines) {
      if (crowded && !inView(l.x1, l.y1) && !inView(l.x2, l.y2)) continue;
      if (l.a === hidden || l.b === hidden) continue;
      ctx.moveTo(l.x1, l.y1);
      ctx.lineTo(l.x2, l.y2);
    }
    ctx.stroke();
  }

  // Lines from me.
  ctx.lineCap = 'butt';
  for (const g of b.egoLines) {
    ctx.strokeStyle = g.colour;
    ctx.globalAlpha = g.opacity * dimFactor;
    ctx.lineWidth = Math.max(0.5, g.width * sk) / k;
    ctx.setLineDash(g.dash.length > 0 ? g.dash.map((d) => (d * sk) / k) : []);
    ctx.beginPath();
    for (const l of g.lines) {
      if (l.personId === hidden) continue;
      ctx.moveTo(l.x1, l.y1);
      ctx.lineTo(l.x2, l.y2);
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;

  // Drift and ring gaps.
  if (scene.drift.length > 0) {
    ctx.setLineDash([2 / k, 2 / k]);
    ctx.lineWidth = 1.5 / k;
    for (const d of scene.drift) {
      if (d.personId === hidden) continue;
      ctx.strokeStyle = d.direction === 'outward' ? DRIFT_OUT_COLOUR : DRIFT_IN_COLOUR;
      ctx.beginPath();
      ctx.moveTo(d.from.x, d.from.y);
      ctx.lineTo(d.to.x, d.to.y);
      ctx.moveTo(d.from.x + 3 / k, d.from.y);
      ctx.arc(d.from.x, d.from.y, 3 / k, 0, Math.PI * 2);
      ctx.stroke();
    }
    ctx.setLineDash([]);
  }
  if (scene.gaps.length > 0) {
    ctx.strokeStyle = GAP_COLOUR;
    for (const g of scene.gaps) {
      if (g.personId === hidden) continue;
      ctx.lineWidth = 1 / k;
      ctx.setLineDash([3 / k, 2 / k]);
      ctx.beginPath();
      ctx.moveTo(g.from.x, g.from.y);
      ctx.lineTo(g.to.x, g.to.y);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.lineWidth = 1.5 / k;
      ctx.beginPath();
      ctx.arc(g.to.x, g.to.y, Math.max(6, 3 / k), 0, Math.PI * 2);
      ctx.stroke();
    }
  }

  // People.
  let drawnNodes = 0;
  for (const g of b.nodes) {
    ctx.fillStyle = g.fill;
    ctx.strokeStyle = g.stroke;
    ctx.lineWidth = Math.max(0.5, g.strokeWidth * sk) / k;
    ctx.beginPath();
    let outlined = 0;
    for (const n of g.nodes) {
      if (!onScreen(n) || n.id === hidden) continue;
      drawnNodes++;
      const sr = screenRadius(n.r, k);
      if (sr >= OUTLINE_MIN_PX) outlined++;
      const r = sr / k;
      ctx.moveTo(n.x + r, n.y);
      ctx.arc(n.x, n.y, r, 0, Math.PI * 2);
    }
    ctx.globalAlpha = g.opacity * dimFactor;
    ctx.fill();
    if (outlined === 0) continue;
    // Outlines only where a circle is big enough to show one: a dot of a pixel or two is all fill, and
    // thousands of outlines are most of the raster work of a zoomed-out frame.
    ctx.beginPath();
    for (const n of g.nodes) {
      if (!onScreen(n) || n.id === hidden) continue;
      const sr = screenRadius(n.r, k);
      if (sr < OUTLINE_MIN_PX) continue;
      const r = sr / k;
      ctx.moveTo(n.x + r, n.y);
      ctx.arc(n.x, n.y, r, 0, Math.PI * 2);
    }
    ctx.globalAlpha = Math.min(1, 0.3 + g.opacity) * dimFactor;
    ctx.stroke();
  }
  ctx.globalAlpha = dimFactor;
  if (b.neglected.length > 0) {
    const marks = neglectMarks();
    if (marks) {
      // Stamped (device pixels): a dashed circle costs more to rasterise than anything else per person.
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      for (const n of b.neglected) {
        if (!onScreen(n) || n.id === hidden) continue;
        const mark = marks(screenRadius(n.r, k) + NEGLECT_GAP_PX, dpr);
        const half = mark.size / 2;
        // On whole device pixels: a stamp between pixels would be resampled, blurred (at most half a
        // pixel off the circle's centre).
        ctx.drawImage(
          mark.image,
          Math.round(dpr * (n.x * k + tx) - half),
          Math.round(dpr * (n.y * k + ty) - half),
        );
      }
      ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * tx, dpr * ty);
    } else {
      ctx.strokeStyle = NEGLECT_COLOUR;
      ctx.lineWidth = NEGLECT_WIDTH_PX / k;
      ctx.setLineDash(NEGLECT_DASH_PX.map((d) => d / k));
      ctx.beginPath();
      for (const n of b.neglected) {
        if (!onScreen(n) || n.id === hidden) continue;
        const r = (screenRadius(n.r, k) + NEGLECT_GAP_PX) / k;
        ctx.moveTo(n.x + r, n.y);
        ctx.arc(n.x, n.y, r, 0, Math.PI * 2);
      }
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
  if (b.pinned.length > 0) {
    ctx.fillStyle = PIN_COLOUR;
    for (const n of b.pinned) {
      if (n.id === hidden) continue;
      pinMark(ctx, n.x, n.y, n.r, k);
    }
  }
  ctx.globalAlpha = 1;

  // Search hits: drawn again at full strength over the dimmed picture.
  if (dim) {
    const byId = nodeIndex(scene);
    for (const id of state.highlightIds!) {
      const n = byId.get(id);
      if (!n?.visible || n.id === hidden) continue;
      ctx.fillStyle = n.fill;
      ctx.strokeStyle = n.stroke;
      ctx.lineWidth = 1 / k;
      ctx.beginPath();
      ctx.arc(n.x, n.y, screenRadius(n.r, k) / k, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
      emphasisRing(ctx, n.x, n.y, n.r, k, SEARCH_RING);
    }
  }

  // Screen-space text from here.
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.textAlign = 'center';

  // Ring names on a light plate, so the lines that cross them never hide them.
  ctx.font = RING_FONT;
  const ringBoxes: Box[] = [];
  const ringMeasure = measureCache(ctx, RING_FONT);
  for (const r of scene.rings) {
    const y = ty - r.radius * k + (r.folded ? (r.radius - r.innerRadius) * k * 0.5 : 9);
    if (y < -10 || y > height + 10) continue;
    const text = resolveText(t, r.label);
    const w = ringMeasure(text);
    ctx.fillStyle = RING_LABEL_PLATE;
    ctx.fillRect(tx - w / 2 - 3, y - 7, w + 6, 14);
    ctx.fillStyle = '#52606d';
    ctx.fillText(text, tx, y);
    ringBoxes.push({ x: tx - w / 2 - 3, y: y - 7, width: w + 6, height: 14 });
  }
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 3;
  // Me: drawn last (below), kept clear of names.
  const meScreenR = Math.max(4, scene.me.r * k);
  const meBox: Box = {
    x: scene.me.x * k + tx - meScreenR,
    y: scene.me.y * k + ty - meScreenR,
    width: 2 * meScreenR,
    height: 2 * meScreenR,
  };
  ctx.font = GROUP_FONT;
  ctx.fillStyle = '#3e4c59';
  ctx.textAlign = 'left';
  const groupBoxes = placeGroupLabels(
    scene.groups.map((g) => ({ ...g, text: resolveText(t, g.label) })),
    { k, tx, ty, width, height },
    11,
    measureCache(ctx, GROUP_FONT),
  );
  for (const g of groupBoxes) {
    ctx.strokeText(g.text, g.x + 1, g.y + g.height / 2);
    ctx.fillText(g.text, g.x + 1, g.y + g.height / 2);
  }

  // Labels: search hits first, then by priority.
  ctx.font = LABEL_FONT;
  const force = state.highlightIds ?? NO_IDS;
  const candidates = hidden === undefined ? b.candidates : b.candidates.filter((c) => c.id !== hidden);
  const labels = placeLabels(
    candidates,
    { k, tx, ty, width, height },
    {
      fontSize: LABEL_FONT_SIZE,
      measure: measureCache(ctx, LABEL_FONT),
      force,
      alwaysPriority: RING_LABEL_PRIORITY,
      obstacles: [...groupBoxes, ...ringBoxes, meBox],
    },
  );
  ctx.textAlign = 'left';
  ctx.fillStyle = '#1f2933';
  ctx.lineWidth = 3;
  const closest = closestOf(scene);
  // Font and alpha set only where they change: setting a font parses it, per label that adds up.
  let font = LABEL_FONT;
  let alpha = 1;
  ctx.globalAlpha = alpha;
  for (const l of labels) {
    const emphasised = force.has(l.id);
    const f = emphasised || closest.has(l.id) ? BOLD_LABEL_FONT : LABEL_FONT;
    const a = dim && !emphasised ? 0.4 : 1;
    if (f !== font) ctx.font = font = f;
    if (a !== alpha) ctx.globalAlpha = alpha = a;
    ctx.strokeText(l.text, l.x + 1, l.y + l.height / 2);
    ctx.fillText(l.text, l.x + 1, l.y + l.height / 2);
  }
  ctx.globalAlpha = 1;

  // Me, on top of everything in every layout.
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * tx, dpr * ty);
  ctx.fillStyle = ME_COLOUR;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 2 / k;
  ctx.beginPath();
  ctx.arc(scene.me.x, scene.me.y, Math.max(4 / k, scene.me.r), 0, Math.PI * 2);
  ctx.fill();
  ctx.stroke();
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const meSize = Math.min(12, Math.max(8, scene.me.r * k * 0.6));
  ctx.font = `bold ${meSize}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.fillStyle = '#ffffff';
  if (scene.me.r * k >= 8) ctx.fillText(centreLabel(meLabel), scene.me.x * k + tx, scene.me.y * k + ty);
  return { labels, drawnNodes };
}

/**
 * The overlay: transparent, cleared and drawn whole each time (a few shapes). Hover, selection and
 * keyboard focus get a ring and their name in bold (where the static layer put it, else beside the
 * circle); the dragged person is drawn at the drag offset with their line from me, ties and name.
 * `labels` are the static layer's, for the names' places.
 */
export function drawOverlay(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  view: CanvasView,
  state: OverlayState,
  labels: readonly PlacedLabel[],
): void {
  const { k, tx, ty, width, height, dpr } = view;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  // Nobody hovered, selected, focused or dragged (most frames after a step of the time slider):
  // nothing to draw, and no index of 5,000 people to build for the new scene.
  if (!state.drag && !state.hoverId && !state.selectedId && !state.focusId) return;
  const byId = nodeIndex(scene);
  const drag = state.drag;
  const dragged = drag ? byId.get(drag.id) : undefined;
  const at = (n: SceneNode) =>
    dragged && n.id === dragged.id ? { x: n.x + drag!.dx, y: n.y + drag!.dy } : { x: n.x, y: n.y };

  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * tx, dpr * ty);
  if (dragged && drag) {
    const p = at(dragged);
    const sk = strokeScale(k);
    // Ties to the dragged person, from the other end to where they are now.
    const ties = scene.ties.filter((l) => l.a === dragged.id || l.b === dragged.id);
    if (ties.length > 0) {
      ctx.strokeStyle = TIE_COLOUR;
      ctx.globalAlpha = ties[0]!.opacity;
      for (const l of ties) {
        const [ox, oy] = l.a === dragged.id ? [l.x2, l.y2] : [l.x1, l.y1];
        ctx.lineWidth = Math.max(0.5, l.width * sk) / k;
        ctx.beginPath();
        ctx.moveTo(ox, oy);
        ctx.lineTo(p.x, p.y);
        ctx.stroke();
      }
    }
    const line = scene.egoLines.find((l) => l.personId === dragged.id);
    if (line) {
      ctx.strokeStyle = line.colour;
      ctx.globalAlpha = line.opacity;
      ctx.lineWidth = Math.max(0.5, line.width * sk) / k;
      ctx.setLineDash(line.dash.length > 0 ? line.dash.map((d) => (d * sk) / k) : []);
      ctx.beginPath();
      ctx.moveTo(line.x1, line.y1);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.globalAlpha = dragged.opacity;
    ctx.fillStyle = dragged.fill;
    ctx.strokeStyle = dragged.stroke;
    ctx.lineWidth = Math.max(0.5, dragged.strokeWidth * sk) / k;
    ctx.beginPath();
    ctx.arc(p.x, p.y, screenRadius(dragged.r, k) / k, 0, Math.PI * 2);
    ctx.fill();
    ctx.globalAlpha = Math.min(1, 0.3 + dragged.opacity);
    ctx.stroke();
    ctx.globalAlpha = 1;
    if (dragged.pinned) {
      ctx.fillStyle = PIN_COLOUR;
      pinMark(ctx, p.x, p.y, dragged.r, k);
    }
  }

  const ring = (id: string | undefined, style: RingStyle) => {
    const n = id ? byId.get(id) : undefined;
    if (!n?.visible) return;
    const p = at(n);
    emphasisRing(ctx, p.x, p.y, n.r, k, style);
  };
  ring(state.hoverId, HOVER_RING);
  ring(state.selectedId, SELECTED_RING);
  if (state.focusId !== state.selectedId) ring(state.focusId, FOCUS_RING);

  // Names, in bold on a white outline: where the static layer placed them, else right of the circle.
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.font = BOLD_LABEL_FONT;
  ctx.fillStyle = '#1f2933';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 3;
  const named = new Set<string>();
  for (const id of [drag?.id, state.selectedId, state.focusId, state.hoverId]) {
    const n = id ? byId.get(id) : undefined;
    if (!n?.visible || named.has(n.id)) continue;
    named.add(n.id);
    const placed = n.id === drag?.id ? undefined : labels.find((l) => l.id === n.id);
    const p = at(n);
    const text = placed?.text ?? shortenLabel(n.name);
    const x = placed ? placed.x + 1 : p.x * k + tx + screenRadius(n.r, k) + LABEL_GAP + 1;
    const y = placed ? placed.y + placed.height / 2 : p.y * k + ty;
    if (x > width || y < -LABEL_FONT_SIZE || y > height + LABEL_FONT_SIZE) continue;
    ctx.strokeText(text, x, y);
    ctx.fillText(text, x, y);
  }
}

interface RingStyle {
  colour: string;
  widthPx: number;
  gapPx: number;
}
const SEARCH_RING: RingStyle = { colour: '#f5a700', widthPx: 3, gapPx: 4 };
const HOVER_RING: RingStyle = { colour: '#52606d', widthPx: 1.5, gapPx: 2.5 };
const SELECTED_RING: RingStyle = { colour: '#1f2933', widthPx: 2.5, gapPx: 3.5 };
const FOCUS_RING: RingStyle = { colour: '#005fcc', widthPx: 2, gapPx: 6 };
const PIN_COLOUR = '#1f2933';
/** The neglect marker: a dashed ring this far outside the circle, this wide, with this dash (screen px). */
const NEGLECT_GAP_PX = 3.5;
const NEGLECT_WIDTH_PX = 1.5;
const NEGLECT_DASH_PX = [2, 1.5];
/** Circles smaller than this on screen (px radius) are drawn without an outline. */
const OUTLINE_MIN_PX = 2.5;
const RING_FONT = '10px system-ui, sans-serif';
/** Behind ring names: white, a little see-through. */
const RING_LABEL_PLATE = 'rgba(255, 255, 255, 0.88)';
/** A folded outer band's shade. */
const FOLDED_BAND_FILL = '#eef1f4';
const GROUP_FONT = 'italic 11px system-ui, sans-serif';
const LABEL_FONT = `${LABEL_FONT_SIZE}px system-ui, sans-serif`;
const BOLD_LABEL_FONT = `bold ${LABEL_FONT}`;
/** Gap between a circle and its name (as labels.ts places them). */
const LABEL_GAP = 3;
const NO_IDS: ReadonlySet<string> = new Set();

function emphasisRing(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  k: number,
  s: RingStyle,
) {
  ctx.strokeStyle = s.colour;
  ctx.lineWidth = s.widthPx / k;
  ctx.beginPath();
  ctx.arc(x, y, screenRadius(r, k) / k + s.gapPx / k, 0, Math.PI * 2);
  ctx.stroke();
}

/** The small square at the top right of a pinned person's circle. */
function pinMark(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, k: number) {
  const sr = screenRadius(r, k) / k;
  const s = 2.5 / k;
  ctx.fillRect(x + sr - s, y - sr - s, 2 * s, 2 * s);
}

const closestCache = new WeakMap<Scene, ReadonlySet<string>>();
/** The people drawn to stand out (ring 1), as a set (older scenes without the list: none). */
function closestOf(scene: Scene): ReadonlySet<string> {
  let set = closestCache.get(scene);
  if (!set) {
    set = new Set(scene.closest ?? []);
    closestCache.set(scene, set);
  }
  return set;
}

/**
 * Neglect markers drawn once per size (radius to a quarter pixel) and device pixel ratio (below 16: the
 * key of a size), then stamped.
 * Where no OffscreenCanvas can be made, undefined: the markers are stroked instead.
 */
interface NeglectMark {
  image: ImageBitmap;
  size: number;
}
let marks: { maker: typeof OffscreenCanvas; drawn: Map<number, NeglectMark> } | undefined;
function neglectMarks(): ((radiusPx: number, dpr: number) => NeglectMark) | undefined {
  if (typeof OffscreenCanvas === 'undefined') return undefined;
  if (marks?.maker !== OffscreenCanvas) marks = { maker: OffscreenCanvas, drawn: new Map() };
  const drawn = marks.drawn;
  return (radiusPx, dpr) => {
    const r = Math.round(radiusPx * 4) / 4;
    const key = r * 64 + dpr;
    let mark = drawn.get(key);
    if (!mark) {
      // The ring's centre is the stamp's centre.
      const size = 2 * Math.ceil((r + NEGLECT_WIDTH_PX) * dpr) + 2;
      const canvas = new OffscreenCanvas(size, size);
      const c = canvas.getContext('2d')!;
      c.setTransform(dpr, 0, 0, dpr, size / 2, size / 2);
      c.strokeStyle = NEGLECT_COLOUR;
      c.lineWidth = NEGLECT_WIDTH_PX;
      c.setLineDash(NEGLECT_DASH_PX);
      c.beginPath();
      c.arc(0, 0, r, 0, Math.PI * 2);
      c.stroke();
      if (drawn.size > 200) {
        for (const old of drawn.values()) old.image.close();
        drawn.clear();
      }
      mark = { image: canvas.transferToImageBitmap(), size };
      drawn.set(key, mark);
    }
    return mark;
  };
}

const nodeIndexCache = new WeakMap<Scene, Map<string, SceneNode>>();
export function nodeIndex(scene: Scene): Map<string, SceneNode> {
  let m = nodeIndexCache.get(scene);
  if (!m) {
    m = new Map(scene.nodes.map((n) => [n.id, n]));
    nodeIndexCache.set(scene, m);
  }
  return m;
}

const widthCaches = new Map<string, Map<string, number>>();
function measureCache(ctx: CanvasRenderingContext2D, font: string) {
  let cache = widthCaches.get(font);
  if (!cache) {
    cache = new Map();
    widthCaches.set(font, cache);
  }
  const c = cache;
  return (text: string) => {
    let w = c.get(text);
    if (w === undefined) {
      w = ctx.measureText(text).width;
      c.set(text, w);
    }
    return w;
  };
}

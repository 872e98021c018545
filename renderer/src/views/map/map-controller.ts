/**
 * The interactive map without React: a plain class that owns the zoom transform (d3-zoom), dragging
 * people (d3-drag), hit testing, fitting and centring, and the two canvases it draws on — the static
 * layer with the scene (scene/canvas.ts `drawScene`) and the overlay above it with hover, selection,
 * keyboard focus and the dragged person (`drawOverlay`). The React component (MapCanvas) makes one per
 * mounted map and hands it the scene and the interaction state; the test hook calls the same `fit`,
 * `centreOn` and `screenPoint`.
 *
 * The scene is never changed: a drag is an offset drawn by the overlay until the person is dropped and
 * pinned (the pin comes back in a new scene). While the user zooms or pans, the last full static frame
 * is only moved and scaled by the compositor (a CSS transform) and drawn again when the gesture ends.
 */
import { drag, type Selection, select, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3';
import {
  type CanvasView,
  type DragOffset,
  type DrawResult,
  drawOverlay,
  drawScene,
  nodeIndex,
  type OverlayState,
} from '../../scene/canvas';
import { hitTest } from '../../scene/hit-test';
import type { Translate } from '../../scene/text';
import type { Scene, SceneNode } from '../../scene/types';

export const SCALE_EXTENT: [number, number] = [0.02, 12];
const FIT_PADDING = 24;
const MAX_FIT_ZOOM = 4;
const ANIMATION_MS = 350;

export interface MapControllerEvents {
  /** The pointer is over a person (with the point on the canvas), or over no one. */
  hover(node: SceneNode | undefined, at: { x: number; y: number } | undefined): void;
  /** A click on a person, or on empty space (undefined). */
  select(id: string | undefined): void;
  /** A person was dragged and dropped at world point (x, y). */
  drop(id: string, x: number, y: number): void;
  /** A frame was drawn (the test hook and the benchmark read these). */
  frame(frame: DrawnFrame): void;
}

export interface DrawnFrame {
  scene: Scene;
  view: CanvasView;
  state: OverlayState & { highlightIds: ReadonlySet<string> };
  result: DrawResult;
  ms: number;
  kind: 'full' | 'moved' | 'overlay';
}

const NONE: ReadonlySet<string> = new Set();

export class MapController {
  private transform: ZoomTransform = zoomIdentity;
  private size = { width: 0, height: 0 };
  private scene: Scene | undefined;
  private highlight: ReadonlySet<string> = NONE;
  private overlay: OverlayState = {};
  private t: Translate = (key) => key;
  private meLabel = '';
  private lastResult: DrawResult = { labels: [], drawnNodes: 0 };
  /** The transform of the last full static frame (a gesture moves that frame by CSS until it ends). */
  private lastFull: { k: number; x: number; y: number } | undefined;
  private staticDirty = true;
  /** The view moved: the static layer is drawn again, or (during a gesture) its last frame moved. */
  private viewDirty = false;
  private overlayDirty = true;
  private frame: number | undefined;
  private gesture = false;
  private dragging: DragOffset | undefined;
  /** A person dropped and sent to be pinned: drawn at the drop until a scene shows them there. */
  private dropped: DragOffset | undefined;
  private fittedFor: string | undefined;
  /** The user zoomed or panned since the last fit: a resize then keeps their view instead of fitting. */
  private userMoved = false;
  private readonly zoomBehaviour: ZoomBehavior<HTMLCanvasElement, unknown>;
  private readonly selection: Selection<HTMLCanvasElement, unknown, null, undefined>;
  private readonly cleanup: (() => void)[] = [];

  constructor(
    /** The canvas on top: transparent, takes the pointer and keyboard. */
    private readonly overlayCanvas: HTMLCanvasElement,
    /** The canvas below: the scene. */
    private readonly sceneCanvas: HTMLCanvasElement,
    private readonly events: MapControllerEvents,
  ) {
    this.selection = select(overlayCanvas);
    this.zoomBehaviour = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      .on('start', (event: { sourceEvent: Event | null }) => {
        // Only the user's own gestures move the cached frame; fit and centring draw in full.
        this.gesture = event.sourceEvent !== null;
        if (this.gesture) this.userMoved = true;
      })
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        this.transform = event.transform;
        if (this.overlay.hoverId) this.hover(undefined, undefined);
        this.viewDirty = true;
        // A programmatic move (fit, centring) draws in full; the user's own gesture moves the last
        // frames of both layers (CSS transforms, done by the compositor) until it ends.
        const programmatic = event.sourceEvent === null;
        this.request(programmatic, programmatic);
      })
      .on('end', () => {
        this.gesture = false;
        this.request(true, true);
      });
    this.attachPointer();
    // Drag first: when it finds a person under the pointer it stops the event, so zoom does not pan.
    this.selection.call(this.zoomBehaviour).on('dblclick.zoom', null);
    const observer = new ResizeObserver(() => this.resize());
    observer.observe(overlayCanvas);
    this.cleanup.push(() => observer.disconnect());
    this.resize();
  }

  dispose(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.selection.on('.zoom', null).on('.drag', null);
    for (const stop of this.cleanup.splice(0)) stop();
  }

  // ---- What to draw ----

  /**
   * A new scene. `fitKey` names what a fit belongs to (the layout and the data being loaded): when it
   * changes, the view is fitted to the new scene; otherwise the user's zoom and pan are kept. Drawn at
   * once (not at the next animation frame) unless a gesture is under way.
   */
  setScene(scene: Scene, fitKey: string): void {
    if (scene === this.scene && fitKey === this.fittedFor) return;
    this.scene = scene;
    if (this.dropped) {
      const n = nodeIndex(scene).get(this.dropped.id);
      if (!n || n.pinned) this.dropped = undefined;
    }
    if (this.size.width > 0 && this.fittedFor !== fitKey) {
      this.fittedFor = fitKey;
      this.userMoved = false;
      this.apply(this.fitTransform(scene), false);
    }
    this.staticDirty = true;
    this.overlayDirty = true;
    if (!this.gesture && this.size.width > 0) this.drawNow();
    else this.request(true, true);
  }

  /** Search hits (the static layer dims everyone else). */
  setHighlight(ids: ReadonlySet<string>): void {
    if (ids === this.highlight) return;
    this.highlight = ids;
    this.request(true, true);
  }

  /** Selection and keyboard focus: the overlay only. */
  setInteraction(state: Pick<OverlayState, 'selectedId' | 'focusId'>): void {
    const o = this.overlay;
    if (o.selectedId === state.selectedId && o.focusId === state.focusId) return;
    this.overlay = { ...o, ...state };
    this.request(false, true);
  }

  /**
   * The person under the pointer (the pointer's own moves call this; tests may too): the overlay draws
   * their ring and name, and the hover card hears of it. Nothing else is drawn again.
   */
  hover(node: SceneNode | undefined, at: { x: number; y: number } | undefined): void {
    if (this.overlay.hoverId !== node?.id) {
      this.overlay = { ...this.overlay, hoverId: node?.id };
      this.request(false, true);
    }
    this.events.hover(node, at);
  }

  setTexts(t: Translate, meLabel: string): void {
    if (t === this.t && meLabel === this.meLabel) return;
    this.t = t;
    this.meLabel = meLabel;
    this.request(true, true);
  }

  /** Forgets a drop whose pin was not saved: the person goes back to their place. */
  cancelDrop(): void {
    this.dropped = undefined;
    this.request(true, true);
  }

  // ---- Where to look ----

  fit(animate = true): void {
    if (!this.scene) return;
    this.userMoved = false;
    this.apply(this.fitTransform(this.scene), animate);
  }

  /** Fits the view to the scene unless the user zoomed or panned since the last fit (new data came). */
  fitIfUnmoved(): void {
    if (!this.userMoved) this.fit(false);
  }

  /** Puts a person in the middle, zoomed in at least to 1.2 (animated unless told otherwise). */
  centreOn(id: string, animate = true): void {
    const node = this.scene ? nodeIndex(this.scene).get(id) : undefined;
    if (!node) return;
    this.userMoved = true;
    const { width, height } = this.size;
    const k = Math.max(this.transform.k, 1.2);
    this.apply(
      zoomIdentity
        .translate(width / 2, height / 2)
        .scale(k)
        .translate(-node.x, -node.y),
      animate,
    );
  }

  /** Centres a person only when they are off screen (keyboard walking). */
  reveal(id: string): void {
    const p = this.screenPoint(id);
    if (p && (p.x < 0 || p.y < 0 || p.x > this.size.width || p.y > this.size.height)) this.centreOn(id);
  }

  zoomBy(factor: number): void {
    this.userMoved = true;
    this.selection.call(this.zoomBehaviour.scaleBy, factor);
  }

  setTransform(k: number, x: number, y: number): void {
    this.userMoved = true;
    this.apply(zoomIdentity.translate(x, y).scale(k), false);
  }

  /** Where a visible person is on the canvas (CSS pixels), if anywhere. */
  screenPoint(id: string): { x: number; y: number } | undefined {
    const node = this.scene ? nodeIndex(this.scene).get(id) : undefined;
    if (!node?.visible) return undefined;
    const offset =
      this.dragging?.id === id ? this.dragging : this.dropped?.id === id ? this.dropped : undefined;
    const [x, y] = this.transform.apply([node.x + (offset?.dx ?? 0), node.y + (offset?.dy ?? 0)]);
    return { x, y };
  }

  view(): CanvasView {
    return {
      k: this.transform.k,
      tx: this.transform.x,
      ty: this.transform.y,
      width: this.size.width,
      height: this.size.height,
      dpr: window.devicePixelRatio || 1,
    };
  }

  // ---- Drawing ----

  private fitTransform(scene: Scene): ZoomTransform {
    const { width, height } = this.size;
    const b = scene.bounds;
    const w = Math.max(1, b.maxX - b.minX);
    const h = Math.max(1, b.maxY - b.minY);
    const k = Math.min(
      MAX_FIT_ZOOM,
      Math.max(SCALE_EXTENT[0], Math.min((width - 2 * FIT_PADDING) / w, (height - 2 * FIT_PADDING) / h)),
    );
    return zoomIdentity
      .translate(width / 2, height / 2)
      .scale(k)
      .translate(-(b.minX + b.maxX) / 2, -(b.minY + b.maxY) / 2);
  }

  private apply(next: ZoomTransform, animate: boolean): void {
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    if (animate && !reduce)
      this.selection.transition().duration(ANIMATION_MS).call(this.zoomBehaviour.transform, next);
    else this.selection.call(this.zoomBehaviour.transform, next);
  }

  private resize(): void {
    const rect = this.overlayCanvas.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    this.size = { width: rect.width, height: rect.height };
    for (const canvas of [this.overlayCanvas, this.sceneCanvas]) {
      canvas.width = Math.max(1, Math.round(rect.width * dpr));
      canvas.height = Math.max(1, Math.round(rect.height * dpr));
    }
    // A map the user has not moved stays fitted when its room changes (the legend folded, the window
    // resized); one they zoomed or panned keeps their view.
    if (this.scene && rect.width > 0 && (this.fittedFor === undefined || !this.userMoved)) this.fit(false);
    this.request(true, true);
  }

  /** Asks for a frame: `scene` when the static layer must be drawn again, `overlay` for the overlay. */
  private request(scene: boolean, overlay: boolean): void {
    this.staticDirty ||= scene;
    this.overlayDirty ||= overlay;
    this.frame ??= requestAnimationFrame(() => {
      this.frame = undefined;
      this.drawNow();
    });
  }

  private drawNow(): void {
    if (this.frame !== undefined) {
      cancelAnimationFrame(this.frame);
      this.frame = undefined;
    }
    const scene = this.scene;
    if (!scene || this.size.width === 0) return;
    const view = this.view();
    if (this.staticDirty) this.drawStatic(scene, view);
    else if (this.viewDirty) {
      if (this.gesture && this.lastFull) this.moveStatic(scene, view);
      else this.drawStatic(scene, view);
    }
    this.viewDirty = false;
    if (this.overlayDirty) this.drawOverlayLayer(scene, view);
  }

  private drawStatic(scene: Scene, view: CanvasView): void {
    const ctx = this.sceneCanvas.getContext('2d', { alpha: false });
    if (!ctx) return;
    const started = performance.now();
    const moving = this.dragging ?? this.dropped;
    this.lastResult = drawScene(
      ctx,
      scene,
      view,
      { highlightIds: this.highlight, hiddenId: moving?.id },
      this.t,
      this.meLabel,
    );
    this.lastFull = { k: view.k, x: view.tx, y: view.ty };
    this.sceneCanvas.style.transform = '';
    this.staticDirty = false;
    this.report(scene, view, this.lastResult, performance.now() - started, 'full');
  }

  /** The last full frame, moved and scaled by the compositor: no drawing on the main thread at all. */
  private moveStatic(scene: Scene, view: CanvasView): void {
    const from = this.lastFull!;
    const started = performance.now();
    const s = view.k / from.k;
    const moved = `translate(${view.tx - from.x * s}px, ${view.ty - from.y * s}px) scale(${s})`;
    this.sceneCanvas.style.transform = moved;
    this.overlayCanvas.style.transform = moved;
    this.report(scene, view, { labels: [], drawnNodes: 0 }, performance.now() - started, 'moved');
  }

  private drawOverlayLayer(scene: Scene, view: CanvasView): void {
    const ctx = this.overlayCanvas.getContext('2d');
    if (!ctx) return;
    const started = performance.now();
    const labels = this.gesture ? [] : this.lastResult.labels;
    drawOverlay(ctx, scene, view, { ...this.overlay, drag: this.dragging ?? this.dropped }, labels);
    this.overlayCanvas.style.transform = '';
    this.overlayDirty = false;
    this.report(scene, view, this.lastResult, performance.now() - started, 'overlay');
  }

  private report(scene: Scene, view: CanvasView, result: DrawResult, ms: number, kind: DrawnFrame['kind']) {
    this.events.frame({
      scene,
      view,
      state: { ...this.overlay, drag: this.dragging ?? this.dropped, highlightIds: this.highlight },
      result,
      ms,
      kind,
    });
  }

  // ---- Pointer ----

  private nodeAt(event: { offsetX: number; offsetY: number }): SceneNode | undefined {
    if (!this.scene) return undefined;
    const [x, y] = this.transform.invert([event.offsetX, event.offsetY]);
    return hitTest(this.scene, x, y, this.transform.k);
  }

  private attachPointer(): void {
    const canvas = this.overlayCanvas;
    let moved = false;
    let hovering = false;
    const dragBehaviour = drag<HTMLCanvasElement, unknown, SceneNode>()
      .subject((event) => this.nodeAt(event.sourceEvent as MouseEvent) as SceneNode)
      .on('start', (event) => {
        moved = false;
        canvas.style.cursor = 'grabbing';
        this.dragging = { id: (event.subject as SceneNode).id, dx: 0, dy: 0 };
      })
      .on('drag', (event) => {
        const node = event.subject as SceneNode;
        const [x, y] = this.transform.invert([event.sourceEvent.offsetX, event.sourceEvent.offsetY]);
        // The scene is drawn once without the person, then only the overlay follows the pointer.
        if (!moved) this.request(true, false);
        moved = true;
        this.dragging = { id: node.id, dx: round(x) - node.x, dy: round(y) - node.y };
        this.request(false, true);
      })
      .on('end', (event) => {
        canvas.style.cursor = '';
        const node = event.subject as SceneNode;
        const offset = this.dragging;
        this.dragging = undefined;
        if (!moved || !offset) return;
        this.dropped = offset;
        this.request(true, true);
        this.events.drop(node.id, node.x + offset.dx, node.y + offset.dy);
      });
    this.selection.call(dragBehaviour);

    const onMove = (event: PointerEvent) => {
      if (this.dragging || this.gesture) return;
      const node = this.nodeAt(event);
      canvas.style.cursor = node ? 'pointer' : '';
      // Moving over empty space again and again says "no one" once, not at every move.
      if (!node && !hovering) return;
      hovering = node !== undefined;
      this.hover(node, node ? { x: event.offsetX, y: event.offsetY } : undefined);
    };
    const onLeave = () => {
      hovering = false;
      this.hover(undefined, undefined);
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented) return;
      this.events.select(this.nodeAt(event)?.id);
    };
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerleave', onLeave);
    canvas.addEventListener('click', onClick);
    this.cleanup.push(() => {
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerleave', onLeave);
      canvas.removeEventListener('click', onClick);
    });
  }
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

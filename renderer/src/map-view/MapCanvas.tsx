/**
 * The interactive map: a canvas drawn by the scene's canvas renderer, with d3-zoom (wheel, drag on
 * empty space, pinch), d3-drag on people (dragging pins them), hover and click via the quadtree hit
 * test. React owns the props; D3 owns the zoom transform (kept in a ref, so zooming never re-renders).
 */
import { drag, select, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import { type CanvasView, drawScene, type InteractionState, nodeIndex } from '../scene/canvas';
import { hitTest, invalidateHitTest } from '../scene/hit-test';
import type { Translate } from '../scene/text';
import type { Scene, SceneNode } from '../scene/types';
import { publishFrame, publishTimings, registerControl } from './test-hook';

export interface MapCanvasHandle {
  fit(animate?: boolean): void;
  centreOn(id: string): void;
  zoomBy(factor: number): void;
  /** The person's position on screen (CSS px relative to the canvas), if on the map. */
  screenPoint(id: string): { x: number; y: number } | undefined;
  /**
   * Draws a scene that has just arrived, before React renders it (the time slider's next frame does
   * not wait for the rest of the view). Only when nothing but the scene changes: same view, no gesture.
   */
  drawArrived(scene: Scene): void;
}

interface Props {
  scene: Scene | undefined;
  state: InteractionState;
  t: Translate;
  meLabel: string;
  /** Changes when the picture should be fitted anew (a new layout), not on every scene. */
  fitKey: string;
  label: string;
  /** The data revision and when it arrived (for the test hook's "data to first frame"). */
  data: { revision: number; dataAt: number };
  onHover: (node: SceneNode | undefined, at: { x: number; y: number } | undefined) => void;
  onSelect: (id: string | undefined) => void;
  onDragEnd: (id: string, x: number, y: number) => void;
  onKeyDown: (event: React.KeyboardEvent<HTMLCanvasElement>) => void;
}

const SCALE_EXTENT: [number, number] = [0.02, 12];
const FIT_PADDING = 24;

export const MapCanvas = forwardRef<MapCanvasHandle, Props>(function MapCanvas(props, ref) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const transform = useRef<ZoomTransform>(zoomIdentity);
  const zoomRef = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | undefined>(undefined);
  const size = useRef({ width: 0, height: 0 });
  const frame = useRef<number | undefined>(undefined);
  const latest = useRef(props);
  latest.current = props;
  const fittedFor = useRef<string | undefined>(undefined);
  /** The inputs of the last full frame (scene, interaction state, texts): redraw only when one changes. */
  const drawn = useRef<unknown[]>([]);
  const dragging = useRef(false);

  // While the user zooms or pans, the last full frame is only moved and scaled (a CSS transform of the
  // canvas, done by the compositor) instead of drawing thousands of lines per frame; the full frame is
  // drawn again when the gesture ends.
  const lastFull = useRef<{ k: number; x: number; y: number } | undefined>(undefined);
  const gesture = useRef(false);
  const pendingFull = useRef(true);

  const drawFull = useCallback((canvas: HTMLCanvasElement, scene: Scene) => {
    const { state, t, meLabel } = latest.current;
    const ctx = canvas.getContext('2d', { alpha: false });
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const { width, height } = size.current;
    const view: CanvasView = {
      k: transform.current.k,
      tx: transform.current.x,
      ty: transform.current.y,
      width,
      height,
      dpr,
    };
    const started = performance.now();
    publishTimings({ drawStartAt: started });
    const result = drawScene(ctx, scene, view, state, t, meLabel);
    lastFull.current = { k: view.k, x: view.tx, y: view.ty };
    canvas.style.transform = '';
    pendingFull.current = false;
    publishFrame(scene, view, state, result, performance.now() - started, latest.current.data, 'full');
  }, []);

  const drawMoved = useCallback((canvas: HTMLCanvasElement, scene: Scene) => {
    const from = lastFull.current;
    if (!from) return;
    const started = performance.now();
    // The last full frame, moved and scaled by the compositor: no drawing on the main thread at all.
    const s = transform.current.k / from.k;
    canvas.style.transform = `translate(${transform.current.x - from.x * s}px, ${transform.current.y - from.y * s}px) scale(${s})`;
    const { width, height } = size.current;
    const view: CanvasView = {
      k: transform.current.k,
      tx: transform.current.x,
      ty: transform.current.y,
      width,
      height,
      dpr: window.devicePixelRatio || 1,
    };
    publishFrame(
      scene,
      view,
      latest.current.state,
      { labels: [], drawnNodes: 0 },
      performance.now() - started,
      latest.current.data,
      'moved',
    );
  }, []);

  const draw = useCallback(() => {
    frame.current = undefined;
    const canvas = canvasRef.current;
    const scene = latest.current.scene;
    if (!canvas || !scene) return;
    if (gesture.current && !pendingFull.current && lastFull.current) drawMoved(canvas, scene);
    else drawFull(canvas, scene);
  }, [drawFull, drawMoved]);

  /** Asks for a frame; `full` when what is drawn changed (not just where). */
  const requestDraw = useCallback(
    (full = true) => {
      if (full) pendingFull.current = true;
      frame.current ??= requestAnimationFrame(draw);
    },
    [draw],
  );

  const fitTransform = useCallback((scene: Scene): ZoomTransform => {
    const { width, height } = size.current;
    const b = scene.bounds;
    const w = Math.max(1, b.maxX - b.minX);
    const h = Math.max(1, b.maxY - b.minY);
    const k = Math.min(
      4,
      Math.max(SCALE_EXTENT[0], Math.min((width - 2 * FIT_PADDING) / w, (height - 2 * FIT_PADDING) / h)),
    );
    return zoomIdentity
      .translate(width / 2, height / 2)
      .scale(k)
      .translate(-(b.minX + b.maxX) / 2, -(b.minY + b.maxY) / 2);
  }, []);

  const applyTransform = useCallback((next: ZoomTransform, animate: boolean) => {
    const canvas = canvasRef.current;
    const z = zoomRef.current;
    if (!canvas || !z) return;
    const selection = select(canvas);
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    if (animate && !reduce) selection.transition().duration(350).call(z.transform, next);
    else selection.call(z.transform, next);
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      fit(animate = true) {
        const scene = latest.current.scene;
        if (scene) applyTransform(fitTransform(scene), animate);
      },
      centreOn(id) {
        const scene = latest.current.scene;
        const node = scene ? nodeIndex(scene).get(id) : undefined;
        if (!node) return;
        const { width, height } = size.current;
        const k = Math.max(transform.current.k, 1.2);
        applyTransform(
          zoomIdentity
            .translate(width / 2, height / 2)
            .scale(k)
            .translate(-node.x, -node.y),
          true,
        );
      },
      zoomBy(factor) {
        const canvas = canvasRef.current;
        const z = zoomRef.current;
        if (canvas && z) select(canvas).call(z.scaleBy, factor);
      },
      screenPoint(id) {
        const scene = latest.current.scene;
        const node = scene ? nodeIndex(scene).get(id) : undefined;
        if (!node?.visible) return undefined;
        const [x, y] = transform.current.apply([node.x, node.y]);
        return { x, y };
      },
      drawArrived(scene) {
        const canvas = canvasRef.current;
        const current = latest.current.scene;
        // A new layout is fitted first (the layout effect does that); a gesture keeps its own frames.
        if (!canvas || !current || gesture.current || size.current.width === 0) return;
        if (current.layout !== scene.layout || fittedFor.current !== latest.current.fitKey) return;
        if (frame.current !== undefined) {
          cancelAnimationFrame(frame.current);
          frame.current = undefined;
        }
        drawFull(canvas, scene);
        // What the layout effect compares with: when React commits this scene, it is already drawn.
        const { state, meLabel, t } = latest.current;
        drawn.current = [
          scene,
          state.hoverId,
          state.selectedId,
          state.focusId,
          state.highlightIds,
          meLabel,
          t,
        ];
      },
    }),
    [applyTransform, fitTransform, drawFull],
  );

  useEffect(() => {
    registerControl({
      setTransform: (k, x, y) => applyTransform(zoomIdentity.translate(x, y).scale(k), false),
      centreOn: (id) => {
        const scene = latest.current.scene;
        const node = scene ? nodeIndex(scene).get(id) : undefined;
        if (!node) return;
        const { width, height } = size.current;
        const k = transform.current.k;
        applyTransform(
          zoomIdentity.translate(width / 2 - node.x * k, height / 2 - node.y * k).scale(k),
          false,
        );
      },
      fit: () => {
        const scene = latest.current.scene;
        if (scene) applyTransform(fitTransform(scene), false);
      },
      screenPoint: (id) => {
        const scene = latest.current.scene;
        const node = scene ? nodeIndex(scene).get(id) : undefined;
        if (!node?.visible) return undefined;
        const [x, y] = transform.current.apply([node.x, node.y]);
        return { x, y };
      },
    });
  }, [applyTransform, fitTransform]);

  // Size: follow the element, draw sharp on high-DPI screens.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const resize = () => {
      const rect = canvas.getBoundingClientRect();
      const dpr = window.devicePixelRatio || 1;
      size.current = { width: rect.width, height: rect.height };
      canvas.width = Math.max(1, Math.round(rect.width * dpr));
      canvas.height = Math.max(1, Math.round(rect.height * dpr));
      const scene = latest.current.scene;
      if (scene && fittedFor.current === undefined) {
        fittedFor.current = latest.current.fitKey;
        applyTransform(fitTransform(scene), false);
      }
      requestDraw();
    };
    const observer = new ResizeObserver(resize);
    observer.observe(canvas);
    resize();
    return () => observer.disconnect();
  }, [applyTransform, fitTransform, requestDraw]);

  // Zoom, pan, drag, hover, click.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const selection = select(canvas);
    const toWorld = (event: { offsetX: number; offsetY: number }) =>
      transform.current.invert([event.offsetX, event.offsetY]);
    const nodeAt = (event: { offsetX: number; offsetY: number }) => {
      const scene = latest.current.scene;
      if (!scene) return undefined;
      const [x, y] = toWorld(event);
      return hitTest(scene, x, y, transform.current.k);
    };

    let moved = false;
    let hovering = false;
    const dragBehaviour = drag<HTMLCanvasElement, unknown, SceneNode>()
      .subject((event) => {
        const node = nodeAt(event.sourceEvent as MouseEvent);
        return node as SceneNode;
      })
      .on('start', () => {
        dragging.current = true;
        moved = false;
        canvas.style.cursor = 'grabbing';
      })
      .on('drag', (event) => {
        const node = event.subject as SceneNode;
        const [x, y] = transform.current.invert([event.sourceEvent.offsetX, event.sourceEvent.offsetY]);
        moved = true;
        moveNode(latest.current.scene, node, x, y);
        requestDraw();
      })
      .on('end', (event) => {
        dragging.current = false;
        canvas.style.cursor = '';
        const node = event.subject as SceneNode;
        if (!moved) return;
        const scene = latest.current.scene;
        if (scene) invalidateHitTest(scene);
        latest.current.onDragEnd(node.id, node.x, node.y);
      });

    const zoomBehaviour = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      .on('start', (event: { sourceEvent: Event | null }) => {
        // Only the user's own gestures move the cached frame; fit and centring draw in full.
        gesture.current = event.sourceEvent !== null;
      })
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        transform.current = event.transform;
        if (hovering) {
          hovering = false;
          latest.current.onHover(undefined, undefined);
        }
        requestDraw(event.sourceEvent === null);
      })
      .on('end', () => {
        gesture.current = false;
        requestDraw(true);
      });
    zoomRef.current = zoomBehaviour;
    // Drag first: when it finds a person under the pointer it stops the event, so zoom does not pan.
    selection.call(dragBehaviour).call(zoomBehaviour).on('dblclick.zoom', null);

    const onMove = (event: PointerEvent) => {
      if (dragging.current || gesture.current) return;
      const node = nodeAt(event);
      canvas.style.cursor = node ? 'pointer' : '';
      // Moving over empty space again and again says "no one" once, not at every move.
      if (!node && !hovering) return;
      hovering = node !== undefined;
      latest.current.onHover(node, node ? { x: event.offsetX, y: event.offsetY } : undefined);
    };
    const onLeave = () => {
      hovering = false;
      latest.current.onHover(undefined, undefined);
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented) return;
      latest.current.onSelect(nodeAt(event)?.id);
    };
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerleave', onLeave);
    canvas.addEventListener('click', onClick);
    return () => {
      selection.on('.zoom', null).on('.drag', null);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerleave', onLeave);
      canvas.removeEventListener('click', onClick);
    };
  }, [requestDraw]);

  // Fit when a new layout arrives; otherwise keep the user's view and redraw only when what is drawn
  // changed (a parent re-render alone draws nothing).
  // A layout effect: the frame is asked for in the same task as the commit, not after the next paint
  // (a new scene of the time slider would otherwise wait one frame longer to be drawn).
  useLayoutEffect(() => {
    const { scene, state, meLabel, t, fitKey } = latest.current;
    if (scene && size.current.width > 0 && fittedFor.current !== fitKey) {
      fittedFor.current = fitKey;
      applyTransform(fitTransform(scene), false);
    }
    const inputs = [scene, state.hoverId, state.selectedId, state.focusId, state.highlightIds, meLabel, t];
    if (inputs.some((v, i) => v !== drawn.current[i])) requestDraw();
    drawn.current = inputs;
  });

  useEffect(
    () => () => {
      if (frame.current !== undefined) cancelAnimationFrame(frame.current);
    },
    [],
  );

  return (
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: the canvas is the map's keyboard target; "application" lets arrow keys reach it
    <canvas
      ref={canvasRef}
      className="map-canvas"
      tabIndex={0}
      // Screen readers pass arrow keys through to an application, so they can walk the map.
      role="application"
      aria-label={props.label}
      aria-describedby="map-keyboard-help"
      data-visible={props.scene?.stats.visible ?? 0}
      data-total={props.scene?.stats.total ?? 0}
      data-layout={props.scene?.layout}
      data-as-of={props.scene?.asOf}
      onKeyDown={props.onKeyDown}
    />
  );
});

/** Moves a node while it is dragged: its line from me and its ties follow (the scene is the view's own copy). */
function moveNode(scene: Scene | undefined, node: SceneNode, x: number, y: number) {
  if (!scene) return;
  node.x = Math.round(x * 100) / 100;
  node.y = Math.round(y * 100) / 100;
  for (const l of scene.egoLines) {
    if (l.personId === node.id) {
      l.x2 = node.x;
      l.y2 = node.y;
    }
  }
  for (const t of scene.ties) {
    if (t.a === node.id) {
      t.x1 = node.x;
      t.y1 = node.y;
    } else if (t.b === node.id) {
      t.x2 = node.x;
      t.y2 = node.y;
    }
  }
  for (const g of scene.gaps) if (g.personId === node.id) g.from = { x: node.x, y: node.y };
}

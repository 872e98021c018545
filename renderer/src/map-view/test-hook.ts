/**
 * A window into what the map drew, for the browser tests and the benchmark: the scene model, the
 * view, the labels placed and frame times. Off unless the page sets `window.__tiefgangTestHooks = true`
 * before the app starts (an init script in the test harness); the app never reads it back.
 */
import type { CanvasView, DrawResult, InteractionState } from '../scene/canvas';
import type { Scene } from '../scene/types';

export interface MapTestHook {
  scene: Scene | undefined;
  view: CanvasView | undefined;
  /** The interaction state of the last frame (highlighted ids as a list, so it survives serialisation). */
  state: HookState | undefined;
  labels: DrawResult['labels'];
  drawnNodes: number;
  frames: number;
  /** Milliseconds spent in each draw call (the last 600), and whether it was a full frame or a moved one. */
  drawMs: number[];
  drawKinds: ('full' | 'moved')[];
  /** When the current data revision arrived and when its first full frame was drawn (performance.now()). */
  dataAt: number;
  firstFrameAt: number;
  revision: number;
  /** Where the time to the first frame went: see LayoutTimings, plus `sourceMs` (shaping the snapshot). */
  timings: Record<string, number>;
  /** Drives the map like a user would, without the pointer (tests and the benchmark). */
  control: Partial<MapTestControl>;
}

export interface HookState {
  hoverId?: string | undefined;
  selectedId?: string | undefined;
  focusId?: string | undefined;
  highlightIds: string[];
}

export interface MapTestControl {
  setTransform(k: number, x: number, y: number): void;
  /** Puts the person in the middle of the canvas at once (no animation). */
  centreOn(id: string): void;
  fit(): void;
  screenPoint(id: string): { x: number; y: number } | undefined;
  setAsOf(date: string): void;
}

interface HookWindow {
  __tiefgangTestHooks?: boolean;
  __tiefgangMap?: MapTestHook;
}

function hook(): MapTestHook | undefined {
  const w = window as unknown as HookWindow;
  if (w.__tiefgangTestHooks !== true) return undefined;
  w.__tiefgangMap ??= {
    scene: undefined,
    view: undefined,
    state: undefined,
    labels: [],
    drawnNodes: 0,
    frames: 0,
    drawMs: [],
    drawKinds: [],
    dataAt: 0,
    firstFrameAt: 0,
    revision: -1,
    timings: {},
    control: {},
  };
  return w.__tiefgangMap;
}

export function publishTimings(timings: Record<string, number>): void {
  const h = hook();
  if (h) Object.assign(h.timings, timings);
}

/** Offers part of the control (each component its own); a no-op unless the hook is on. */
export function registerControl(part: Partial<MapTestControl>): void {
  const h = hook();
  if (h) Object.assign(h.control, part);
}

export function publishFrame(
  scene: Scene,
  view: CanvasView,
  state: InteractionState,
  result: DrawResult,
  ms: number,
  data: { revision: number; dataAt: number },
  kind: 'full' | 'moved' = 'full',
): void {
  const h = hook();
  if (!h) return;
  if (h.revision !== data.revision) {
    h.revision = data.revision;
    h.dataAt = data.dataAt;
    h.firstFrameAt = 0;
  }
  h.scene = scene;
  h.view = view;
  h.state = { ...state, highlightIds: [...(state.highlightIds ?? [])] };
  h.frames++;
  h.drawMs.push(ms);
  h.drawKinds.push(kind);
  if (h.drawMs.length > 600) {
    h.drawMs.shift();
    h.drawKinds.shift();
  }
  if (kind === 'moved') return;
  h.labels = result.labels;
  h.drawnNodes = result.drawnNodes;
  if (h.firstFrameAt === 0) h.firstFrameAt = performance.now();
}

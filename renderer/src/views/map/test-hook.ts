/**
 * A window into what the map drew, for the browser tests and the benchmark: the scene model, the
 * view, the labels placed and frame times. Off unless the page sets `window.__tiefgangTestHooks = true`
 * before the app starts (an init script in the test harness); the app never reads it back.
 */
import type { CanvasView, DrawResult } from '../../scene/canvas';
import type { Scene } from '../../scene/types';
import type { AppStore } from '../../store/app-store';
import type { DrawnFrame } from './map-controller';

export type FrameKind = DrawnFrame['kind'];

export interface MapTestHook {
  scene: Scene | undefined;
  view: CanvasView | undefined;
  /** The interaction state of the last frame (highlighted ids as a list, so it survives serialisation). */
  state: HookState | undefined;
  labels: DrawResult['labels'];
  drawnNodes: number;
  frames: number;
  /** Milliseconds spent in each draw call (the last 600), and its kind: full, moved, or overlay only. */
  drawMs: number[];
  drawKinds: FrameKind[];
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
  drag?: { id: string; dx: number; dy: number } | undefined;
  highlightIds: string[];
}

export interface MapTestControl {
  setTransform(k: number, x: number, y: number): void;
  /** Puts the person in the middle of the canvas at once (no animation). */
  centreOn(id: string): void;
  fit(): void;
  screenPoint(id: string): { x: number; y: number } | undefined;
  setAsOf(date: string): void;
  /** Hovers a person as the pointer would (undefined: no one). */
  hover(id: string | undefined): void;
  setView(view: string): void;
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

/** Offers part of the control (each owner its own); a no-op unless the hook is on. */
export function registerControl(part: Partial<MapTestControl>): void {
  const h = hook();
  if (h) Object.assign(h.control, part);
}

/** The store's part of the control: the date and the view, as the time slider and the menu set them. */
export function installTestHook(store: AppStore): void {
  registerControl({
    setAsOf: (date) => store.actions.map.setAsOf(date),
    setView: (view) => store.actions.command(`view.${view}` as Parameters<AppStore['actions']['command']>[0]),
  });
}

export function publishFrame(frame: DrawnFrame, data: { revision: number; dataAt: number }): void {
  const h = hook();
  if (!h) return;
  if (h.revision !== data.revision) {
    h.revision = data.revision;
    h.dataAt = data.dataAt;
    h.firstFrameAt = 0;
  }
  h.scene = frame.scene;
  h.view = frame.view;
  h.state = { ...frame.state, highlightIds: [...frame.state.highlightIds] };
  h.frames++;
  h.drawMs.push(frame.ms);
  h.drawKinds.push(frame.kind);
  if (h.drawMs.length > 600) {
    h.drawMs.shift();
    h.drawKinds.shift();
  }
  if (frame.kind !== 'full') return;
  h.labels = frame.result.labels;
  h.drawnNodes = frame.result.drawnNodes;
  if (h.firstFrameAt === 0) h.firstFrameAt = performance.now();
}

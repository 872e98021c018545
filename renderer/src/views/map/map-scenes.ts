/**
 * The map's scenes, derived from the app store in the layout worker: snapshot → (worker) prepared data
 * → scene for (date, options). It listens to the store itself, not to React: a new date from the time
 * slider (or a menu command, or the test hook) reaches the worker in the same task as the store
 * changes, before React renders anything. Latest wins; a scene of the data on screen is handed to the
 * canvas as soon as it arrives (`onArrived`), a scene of new data goes through React so the map and its
 * counts switch together. Works only while the map is the current view.
 */
import type { Snapshot } from '../../../../shared/ipc/contract';
import { createLayoutClient, type LayoutClient } from '../../scene/layout-client';
import { mapSourceFromSnapshot } from '../../scene/map-data';
import type { Scene, SceneOptions } from '../../scene/types';
import type { AppState, AppStore } from '../../store/app-store';
import { selectSnapshot } from '../../store/derived';
import { createStore, memoLast, type Store } from '../../store/store';
import { publishTimings } from './test-hook';

/** One fixed seed: the map looks the same every time it is opened. */
export const SEED = 1;

export interface MapScenesState {
  scene: Scene | undefined;
  /** The data revision the scene was built from (-1 before the first). */
  revision: number;
  /** First and last encounter day: the time slider's range. */
  range: { first: string; last: string } | undefined;
  error: string | undefined;
  /** performance.now() when the current revision's data arrived. */
  dataAt: number;
}

type Range = MapScenesState['range'];

/** The scene options of the map's state, the same object until one of them changes. */
export const selectSceneOptions = (() => {
  const make = memoLast(
    (
      layout: SceneOptions['layout'],
      colourBy: SceneOptions['colourBy'],
      showTies: boolean,
      drift: SceneOptions['drift'],
      filters: SceneOptions['filters'],
      pins: SceneOptions['pins'],
      ringCadenceDays: SceneOptions['ringCadenceDays'],
      folding: SceneOptions['folding'],
    ): SceneOptions => ({
      layout,
      colourBy,
      showTies,
      drift: layout === 'ego' ? drift : 0,
      seed: SEED,
      filters,
      pins,
      ringCadenceDays,
      folding,
    }),
  );
  return (state: AppState, snapshot: Snapshot): SceneOptions =>
    make(
      state.map.layout,
      state.map.colourBy,
      state.map.showTies,
      state.map.drift,
      state.map.filters,
      snapshot.mapPins ?? NO_PINS,
      snapshot.settings.model.ringCadenceDays,
      state.map.folding,
    );
})();
const NO_PINS = {};

export class MapScenes {
  readonly state: Store<MapScenesState> = createStore<MapScenesState>({
    scene: undefined,
    revision: -1,
    range: undefined,
    error: undefined,
    dataAt: 0,
  });
  /** The canvas's "draw this now" (set by the mounted map). */
  onArrived: ((scene: Scene) => void) | undefined;

  private posted: Snapshot | undefined;
  private loaded: { revision: number; range: Range; dataAt: number } | undefined;
  /**
   * The last scene asked for, and for which loaded data: the data, not its revision number — the same
   * revision can arrive twice (two reloads answered after the last change), and a request for the first
   * copy is dropped when the second is loaded, so it must be asked again.
   */
  private asked:
    | { asOf: string; options: SceneOptions; loaded: NonNullable<MapScenes['loaded']> }
    | undefined;

  constructor(
    private readonly app: AppStore,
    /** The layout worker's client (a test passes one with a fake worker). */
    private readonly layout: LayoutClient = createLayoutClient(),
  ) {
    app.subscribe(() => this.sync());
    this.sync();
  }

  private sync(): void {
    const s = this.app.get();
    if (s.view !== 'map') return;
    const snapshot = selectSnapshot(s);
    if (!snapshot) return;
    if (this.posted !== snapshot) this.load(snapshot);
    const loaded = this.loaded;
    if (!loaded || loaded.revision !== snapshot.revision) return;
    const asOf = s.map.asOf ?? s.today;
    const options = selectSceneOptions(s, snapshot);
    const a = this.asked;
    if (a && a.asOf === asOf && a.options === options && a.loaded === loaded) return;
    this.asked = { asOf, options, loaded };
    this.request(asOf, options, loaded);
  }

  private load(snapshot: Snapshot): void {
    this.posted = snapshot;
    const dataAt = performance.now();
    const source = mapSourceFromSnapshot(snapshot);
    publishTimings({ sourceMs: performance.now() - dataAt });
    this.layout.load(source).then(
      (range) => {
        if (this.posted !== snapshot) return;
        publishTimings({ readyMs: performance.now() - dataAt });
        this.loaded = { revision: snapshot.revision, range, dataAt };
        this.sync();
      },
      (error: Error) => this.state.set({ error: error.message }),
    );
  }

  private request(asOf: string, options: SceneOptions, loaded: NonNullable<MapScenes['loaded']>): void {
    this.layout.scene(asOf, options).then(
      (scene) => {
        if (!scene || this.loaded !== loaded) return;
        publishTimings({
          ...this.layout.timings(),
          sceneArrivedMs: performance.now() - loaded.dataAt,
          sceneResolvedAt: performance.now(),
        });
        const publish = () =>
          this.state.set({
            scene,
            revision: loaded.revision,
            range: loaded.range,
            error: undefined,
            dataAt: loaded.dataAt,
          });
        // Drawn at once only for the data already on screen (a new date or option), and the view's
        // counts and legend follow after that frame is painted: React renders a store change at once,
        // and would otherwise hold the frame back by its render. A new revision goes through React
        // first, so that the map and everything it reports switch to it together.
        if (this.state.get().revision === loaded.revision && this.onArrived) {
          this.onArrived(scene);
          afterPaint(publish);
        } else publish();
      },
      (error: Error) => this.state.set({ error: error.message }),
    );
  }
}

/** Runs `task` after the next frame is painted (an animation frame, then a task). */
function afterPaint(task: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => task();
    channel.port2.postMessage(undefined);
  });
}

const scenesOf = new WeakMap<AppStore, MapScenes>();

/** The map's scenes for this store: made the first time the map is shown, kept while the window lives. */
export function mapScenes(app: AppStore): MapScenes {
  let scenes = scenesOf.get(app);
  if (!scenes) {
    scenes = new MapScenes(app);
    scenesOf.set(app, scenes);
  }
  return scenes;
}

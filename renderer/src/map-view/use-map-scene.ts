/**
 * The map's data flow: snapshot → (worker) prepared data → scene for (date, options). A new snapshot
 * revision reloads the worker; a new date or option asks for a new scene; only the newest answer is
 * kept. Records when the data arrived and when its first scene was ready (the benchmark reads them).
 *
 * The data is posted to the worker while React is still rendering the rest of the window (not in an
 * effect after the commit), so the worker prepares it in parallel with the page's own work. Posting
 * twice (a discarded render) only costs a repeat: the newest load always wins.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Snapshot } from '../../../shared/ipc/contract';
import { createLayoutClient, type LayoutClient } from '../scene/layout-client';
import { mapSourceFromSnapshot } from '../scene/map-data';
import type { Scene, SceneOptions } from '../scene/types';
import { publishTimings } from './test-hook';

export interface MapSceneState {
  /**
   * Asks the worker for the scene of another date at once, before React renders the change (the
   * worker then works while the view re-renders); the render that follows reuses the request.
   */
  requestDate: (asOf: string) => void;
  scene: Scene | undefined;
  /** The data revision the scene was built from. */
  revision: number;
  range: { first: string; last: string } | undefined;
  busy: boolean;
  error: string | undefined;
  /** performance.now() when the current revision's data arrived. */
  dataAt: number;
}

type Range = { first: string; last: string } | undefined;

/**
 * `onArrived` sees each new scene as soon as it is unpacked, before React renders it: the canvas draws
 * it at once, so the frame of a time-slider step does not wait for the rest of the view.
 */
export function useMapScene(
  snapshot: Snapshot,
  asOf: string,
  options: SceneOptions,
  onArrived?: (scene: Scene) => void,
): MapSceneState {
  const [client] = useState<LayoutClient>(() => createLayoutClient());
  const arrived = useRef(onArrived);
  arrived.current = onArrived;
  /** The data revision of the last scene handed over. */
  const shownRevision = useRef(-1);
  const posted = useRef<{ snapshot: Snapshot; done: Promise<Range>; dataAt: number } | undefined>(undefined);
  const [loaded, setLoaded] = useState<{ revision: number; range: Range; dataAt: number }>();
  const [state, setState] = useState<Omit<MapSceneState, 'requestDate'>>({
    scene: undefined,
    revision: -1,
    range: undefined,
    busy: true,
    error: undefined,
    dataAt: 0,
  });

  if (posted.current?.snapshot !== snapshot) {
    const dataAt = performance.now();
    const source = mapSourceFromSnapshot(snapshot);
    publishTimings({ sourceMs: performance.now() - dataAt });
    posted.current = { snapshot, done: client.load(source), dataAt };
  }

  useEffect(() => () => client.dispose(), [client]);

  const latestOptions = useRef(options);
  latestOptions.current = options;
  const early = useRef<{ asOf: string; options: SceneOptions; scene: Promise<Scene | undefined> }>(undefined);
  const isLoaded = useRef(false);
  isLoaded.current = loaded !== undefined;
  const requestDate = useCallback(
    (date: string) => {
      if (!isLoaded.current) return;
      const opts = latestOptions.current;
      early.current = { asOf: date, options: opts, scene: client.scene(date, opts) };
    },
    [client],
  );

  useEffect(() => {
    const load = posted.current;
    if (!load || load.snapshot !== snapshot) return;
    let cancelled = false;
    load.done.then(
      (range) => {
        publishTimings({ readyMs: performance.now() - load.dataAt });
        if (!cancelled) setLoaded({ revision: snapshot.revision, range, dataAt: load.dataAt });
      },
      (error: Error) => !cancelled && setState((s) => ({ ...s, busy: false, error: error.message })),
    );
    return () => {
      cancelled = true;
    };
  }, [snapshot]);

  // A layout effect: the request reaches the worker in the same task as the commit of a new date or
  // option, not after the next paint.
  useLayoutEffect(() => {
    if (!loaded) return;
    let cancelled = false;
    setState((s) => ({ ...s, busy: true }));
    const asked = early.current;
    early.current = undefined;
    const request =
      asked && asked.asOf === asOf && asked.options === options ? asked.scene : client.scene(asOf, options);
    request.then(
      (scene) => {
        if (cancelled || !scene) return;
        // Drawn at once only for the data already on screen (a new date or option): a new revision
        // goes through React, so that the map and everything it reports switch to it together.
        if (shownRevision.current === loaded.revision) arrived.current?.(scene);
        shownRevision.current = loaded.revision;
        publishTimings({
          ...client.timings(),
          sceneArrivedMs: performance.now() - loaded.dataAt,
          sceneResolvedAt: performance.now(),
        });
        setState({
          scene,
          revision: loaded.revision,
          range: loaded.range,
          busy: false,
          error: undefined,
          dataAt: loaded.dataAt,
        });
      },
      (error: Error) => !cancelled && setState((s) => ({ ...s, busy: false, error: error.message })),
    );
    return () => {
      cancelled = true;
    };
  }, [client, loaded, asOf, options]);

  return { ...state, requestDate };
}

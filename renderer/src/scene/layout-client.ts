/**
 * The page's side of the layout worker. `load(source)` sends the data once per revision; `scene(asOf,
 * options)` asks for a scene. While one request runs, newer ones replace each other, so dragging the
 * time slider never queues up stale work: only the latest request is answered.
 *
 * Where no Worker can be made (a test page without module workers), the same functions run in the
 * page, after a macrotask, with the same latest-wins behaviour.
 */

import type { WorkerRequest, WorkerResponse } from './layout-protocol';
import { type MapSource, type PreparedMap, prepareMap, sceneAt } from './map-data';
import { unpackScene } from './scene-transfer';
import { packSource } from './source-transfer';
import type { Scene, SceneOptions } from './types';

export interface LayoutClient {
  load(source: MapSource): Promise<{ first: string; last: string } | undefined>;
  scene(asOf: string, options: SceneOptions): Promise<Scene | undefined>;
  /** Where the time of the last load and scene went (milliseconds), for the benchmark. */
  timings(): LayoutTimings;
  dispose(): void;
}

export interface LayoutTimings {
  /** Packing the data for the worker (page). */
  packMs: number;
  /** Unpacking and preparing the engine and indexes (worker). */
  prepareMs: number;
  /** Engine figures for the date and the scene (worker). */
  sceneMs: number;
  /** 1 when the last scene was built ahead of its request (see time-step-ahead.ts), else 0. */
  sceneAhead?: number;
  /** performance.now() when the last scene reached the page. */
  sceneReceivedAt?: number;
}

interface Pending {
  asOf: string;
  options: SceneOptions;
  resolve: (scene: Scene | undefined) => void;
  reject: (error: Error) => void;
}

export function createLayoutClient(makeWorker: (() => Worker) | undefined = defaultWorker): LayoutClient {
  let worker: Worker | undefined;
  try {
    worker = makeWorker?.();
  } catch {
    worker = undefined;
  }
  return worker ? workerClient(worker) : inPageClient();
}

function defaultWorker(): Worker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'tiefgang-layout',
  });
}

function workerClient(worker: Worker): LayoutClient {
  const timings: LayoutTimings = { packMs: 0, prepareMs: 0, sceneMs: 0 };
  let version = 0;
  let nextId = 1;
  let loading:
    | {
        version: number;
        resolve: (r: { first: string; last: string } | undefined) => void;
        reject: (e: Error) => void;
      }
    | undefined;
  let running: (Pending & { id: number }) | undefined;
  let queued: Pending | undefined;

  const send = (request: WorkerRequest) => worker.postMessage(request);
  const startNext = () => {
    if (running || !queued) return;
    const next = queued;
    queued = undefined;
    running = { ...next, id: nextId++ };
    send({ type: 'scene', id: running.id, version, asOf: next.asOf, options: next.options });
  };

  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const msg = event.data;
    if (msg.type === 'ready') {
      timings.prepareMs = msg.ms;
      // Only the latest data's answer settles the load: data sent twice in quick succession gets two
      // answers, and the first must not drop the wait for the second.
      if (loading && loading.version === msg.version) {
        loading.resolve(msg.range);
        loading = undefined;
      }
      startNext();
      return;
    }
    if (msg.type === 'error' && msg.id === undefined) {
      loading?.reject(new Error(msg.message));
      loading = undefined;
      return;
    }
    if (!running || msg.id !== running.id) return;
    const done = running;
    running = undefined;
    if (msg.type === 'scene') {
      // A scene for data that has since been replaced is not worth drawing.
      timings.sceneMs = msg.ms;
      timings.sceneAhead = msg.ahead ? 1 : 0;
      timings.sceneReceivedAt = performance.now();
      done.resolve(msg.version === version ? unpackScene(msg.scene) : undefined);
    } else {
      done.reject(new Error(msg.message));
    }
    startNext();
  };
  worker.onerror = (event) => {
    const error = new Error(event.message || 'the layout worker failed');
    loading?.reject(error);
    running?.reject(error);
    queued?.reject(error);
    loading = running = queued = undefined;
  };

  return {
    load(source) {
      version++;
      const started = performance.now();
      const { packed, transfer } = packSource(source);
      timings.packMs = performance.now() - started;
      worker.postMessage({ type: 'data', version, source: packed } satisfies WorkerRequest, transfer);
      return new Promise((resolve, reject) => {
        loading?.resolve(undefined);
        loading = { version, resolve, reject };
      });
    },
    scene(asOf, options) {
      return new Promise((resolve, reject) => {
        queued?.resolve(undefined);
        queued = { asOf, options, resolve, reject };
        if (!loading) startNext();
      });
    },
    timings: () => ({ ...timings }),
    dispose() {
      worker.terminate();
    },
  };
}

function inPageClient(): LayoutClient {
  let prepared: PreparedMap | undefined;
  let queued: Pending | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    const job = queued;
    queued = undefined;
    if (!job) return;
    if (!prepared) return job.resolve(undefined);
    try {
      job.resolve(sceneAt(prepared, job.asOf, job.options));
    } catch (error) {
      job.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  return {
    async load(source) {
      prepared = prepareMap(source);
      return prepared.range;
    },
    scene(asOf, options) {
      return new Promise((resolve, reject) => {
        queued?.resolve(undefined);
        queued = { asOf, options, resolve, reject };
        timer ??= setTimeout(run, 0);
      });
    },
    timings: () => ({ packMs: 0, prepareMs: 0, sceneMs: 0 }),
    dispose() {
      if (timer) clearTimeout(timer);
      prepared = undefined;
    },
  };
}

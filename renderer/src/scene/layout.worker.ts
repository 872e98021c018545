/// <reference lib="webworker" />
/**
 * The layout worker: holds the prepared data (engine index, contact index, cached layouts) and answers
 * scene requests, so the page never freezes while a layout or the engine runs.
 */

import { addMonths, dayOf, isoDate } from '../../../shared/engine/dates';
import type { WorkerRequest, WorkerResponse } from './layout-protocol';
import { type PreparedMap, prepareMap, sceneAt } from './map-data';
import { type PackedScene, packScene } from './scene-transfer';
import { unpackSource } from './source-transfer';
import type { SceneOptions } from './types';

declare const self: DedicatedWorkerGlobalScope;

let prepared: PreparedMap | undefined;
let version = -1;

/**
 * Warm-up, once per worker. A fresh worker builds its first scenes before the JavaScript engine has
 * optimised the code: in the benchmark the first ten steps of the time slider took 85 down to 30 ms in
 * the worker as the code warmed up. So after the first scene, while the user looks at the map, the
 * worker builds the scenes of the months before (what the slider's step-back button asks for next), one
 * per task, and stops as soon as a real request comes. The scene of one month earlier is kept as the
 * answer to exactly that request.
 */
const WARM_UP_SCENES = 6;
let warmUp: { asOf: string; options: SceneOptions; done: number } | 'done' | undefined;
let prefetched:
  | { version: number; asOf: string; key: string; scene: PackedScene; transfer: ArrayBuffer[] }
  | undefined;

function warmUpStep() {
  if (!prepared || warmUp === undefined || warmUp === 'done') return;
  const month = ++warmUp.done;
  const date = isoDate(addMonths(dayOf(warmUp.asOf), -month));
  try {
    const { packed, transfer } = packScene(sceneAt(prepared, date, warmUp.options));
    if (month === 1) {
      prefetched = { version, asOf: date, key: JSON.stringify(warmUp.options), scene: packed, transfer };
    }
  } catch {
    warmUp = 'done'; // a failed warm-up changes nothing: requests build their scenes as usual
    return;
  }
  if (month >= WARM_UP_SCENES) warmUp = 'done';
  else setTimeout(warmUpStep, 0);
}

function post(message: WorkerResponse) {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  const started = performance.now();
  try {
    if (msg.type === 'data') {
      prepared = prepareMap(unpackSource(msg.source));
      version = msg.version;
      prefetched = undefined;
      post({
        type: 'ready',
        version,
        ...(prepared.range ? { range: prepared.range } : {}),
        ms: performance.now() - started,
      });
      return;
    }
    if (!prepared || msg.version !== version) {
      post({ type: 'error', id: msg.id, version: msg.version, message: 'the map data is not loaded yet' });
      return;
    }
    const first = warmUp === undefined;
    if (!first) warmUp = 'done';
    const ready =
      prefetched?.version === version &&
      prefetched.asOf === msg.asOf &&
      prefetched.key === JSON.stringify(msg.options)
        ? prefetched
        : undefined;
    prefetched = undefined;
    const { packed, transfer } = ready
      ? { packed: ready.scene, transfer: ready.transfer }
      : packScene(sceneAt(prepared, msg.asOf, msg.options));
    self.postMessage(
      {
        type: 'scene',
        id: msg.id,
        version,
        scene: packed,
        ms: performance.now() - started,
      } satisfies WorkerResponse,
      transfer,
    );
    if (first) {
      warmUp = { asOf: msg.asOf, options: msg.options, done: 0 };
      setTimeout(warmUpStep, 0);
    }
  } catch (error) {
    post({
      type: 'error',
      ...(msg.type === 'scene' ? { id: msg.id } : {}),
      version: msg.version,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};

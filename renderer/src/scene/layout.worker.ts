/// <reference lib="webworker" />
/**
 * The layout worker: holds the prepared data (engine index, contact index, cached layouts) and answers
 * scene requests, so the page never freezes while a layout or the engine runs.
 */

import type { WorkerRequest, WorkerResponse } from './layout-protocol';
import { type PreparedMap, prepareMap, sceneAt } from './map-data';
import { packScene } from './scene-transfer';
import { unpackSource } from './source-transfer';
import { TimeStepAhead } from './time-step-ahead';
import type { SceneOptions } from './types';
import { WarmUp } from './warm-up';

declare const self: DedicatedWorkerGlobalScope;

let prepared: PreparedMap | undefined;
let version = -1;

function build(asOf: string, options: SceneOptions): ReturnType<typeof packScene> {
  if (!prepared) throw new Error('no data');
  return packScene(sceneAt(prepared, asOf, options));
}

/** Once per worker, scenes of the months before the first one (see warm-up.ts). */
const warmUp = new WarmUp(build, (task) => setTimeout(task, 0));

/** After two steps of the time slider, the scene of the step after them (see time-step-ahead.ts). */
const stepAhead = new TimeStepAhead(build, (task) => setTimeout(task, 0));

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
      warmUp.reset();
      stepAhead.reset();
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
    // Both are asked: any request stops the warm-up and cancels a guess not yet started.
    const warm = warmUp.take(version, msg.asOf, msg.options);
    const guessed = stepAhead.take(version, msg.asOf, msg.options);
    const { packed, transfer } = warm ?? guessed ?? build(msg.asOf, msg.options);
    self.postMessage(
      {
        type: 'scene',
        id: msg.id,
        version,
        scene: packed,
        ms: performance.now() - started,
        ahead: (warm ?? guessed) !== undefined,
      } satisfies WorkerResponse,
      transfer,
    );
    warmUp.answered(version, msg.asOf, msg.options);
    stepAhead.answered(version, msg.asOf, msg.options);
  } catch (error) {
    post({
      type: 'error',
      ...(msg.type === 'scene' ? { id: msg.id } : {}),
      version: msg.version,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};

/** Messages between the page and the layout worker. */

import type { PackedScene } from './scene-transfer';
import type { PackedSource } from './source-transfer';
import type { SceneOptions } from './types';

export type WorkerRequest =
  | { type: 'data'; version: number; source: PackedSource }
  | { type: 'scene'; id: number; version: number; asOf: string; options: SceneOptions };

export type WorkerResponse =
  | { type: 'ready'; version: number; range?: { first: string; last: string }; ms: number }
  | {
      type: 'scene';
      id: number;
      version: number;
      scene: PackedScene;
      ms: number;
      /** Built before it was asked for (the warm-up's or the guessed next step of the time slider). */
      ahead: boolean;
    }
  | { type: 'error'; id?: number; version: number; message: string };

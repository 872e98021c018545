/**
 * The map's scenes from the app store (views/map/map-scenes.ts), against a fake layout worker that
 * answers when told: the same data revision arriving twice (two reloads answered after the last change)
 * must not leave the map without a scene — the request for the first copy is dropped when the second is
 * loaded, so it is asked again.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../renderer/src/api/client';
import { createLayoutClient } from '../../../renderer/src/scene/layout-client';
import type { WorkerRequest, WorkerResponse } from '../../../renderer/src/scene/layout-protocol';
import { mapSourceFromSnapshot, prepareMap, sceneAt } from '../../../renderer/src/scene/map-data';
import { packScene } from '../../../renderer/src/scene/scene-transfer';
import { createAppStore } from '../../../renderer/src/store/app-store';
import { MapScenes } from '../../../renderer/src/views/map/map-scenes';
import { person, snapshotOf } from '../../harness/fixtures';

class FakeWorker {
  readonly received: WorkerRequest[] = [];
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(request: WorkerRequest) {
    this.received.push(request);
  }
  answer(response: WorkerResponse) {
    this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
  }
  terminate() {}
}

describe('the map scenes', () => {
  // The map's test hook reads `window` (off unless a test page turns it on).
  vi.stubGlobal('window', {});

  it('asks again for the scene when the same revision is loaded a second time', async () => {
    let snapshot = snapshotOf({ people: [person('anna')], revision: 5 });
    const client = {
      db: { snapshot: vi.fn(async () => snapshot) },
      history: { state: vi.fn(async () => ({ undoSteps: 0, redoSteps: 0 })) },
      on: { dbChanged: () => () => {}, menuCommand: () => () => {} },
    } as unknown as Client;
    const store = createAppStore(client, { today: () => '2026-03-05' });
    await store.actions.reload();
    const fake = new FakeWorker();
    const scenes = new MapScenes(
      store,
      createLayoutClient(() => fake as unknown as Worker),
    );
    const scenesAsked = () => fake.received.filter((r) => r.type === 'scene');

    // Answers the scene requests made so far, in order, with a real scene of the data.
    const answered = new Set<number>();
    const answerScenes = () => {
      for (const r of [...fake.received]) {
        if (r.type !== 'scene' || answered.has(r.id)) continue;
        answered.add(r.id);
        const scene = sceneAt(prepareMap(mapSourceFromSnapshot(snapshot)), r.asOf, r.options);
        fake.answer({
          type: 'scene',
          id: r.id,
          version: r.version,
          scene: packScene(scene).packed,
          ms: 1,
          ahead: false,
        });
      }
    };

    // First copy of revision 5: loaded, its scene asked for.
    fake.answer({ type: 'ready', version: 1, ms: 1 });
    await vi.waitFor(() => expect(scenesAsked()).toHaveLength(1));
    // A second copy of revision 5 arrives before the answer: it is loaded again (version 2), and the
    // scene is asked for meanwhile (the revision is the one loaded).
    snapshot = snapshotOf({ people: [person('anna')], revision: 5 });
    await store.actions.reload();
    // The worker answers what it was asked, then has the second copy ready.
    answerScenes();
    fake.answer({ type: 'ready', version: 2, ms: 1 });
    // Every scene asked for is answered; the one of the data loaded now is drawn.
    await vi.waitFor(() => {
      answerScenes();
      expect(scenes.state.get().scene).toBeDefined();
    });
    expect(scenes.state.get().revision).toBe(5);
  });
});

/**
 * The page's side of the layout worker, against a fake worker that answers when told: data sent again
 * before the first answer arrives must still be waited for (the map once stayed at "Laying out the map…"
 * for good when people and encounters were added in quick succession).
 */
import { describe, expect, it } from 'vitest';
import { createLayoutClient } from '../../../renderer/src/scene/layout-client';
import type { WorkerRequest, WorkerResponse } from '../../../renderer/src/scene/layout-protocol';
import type { MapSource } from '../../../renderer/src/scene/map-data';
import { defaultModelParams } from '../../../shared/domain/model-params';

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

const source = (n: number): MapSource => ({
  people: Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    displayName: `P${i}`,
    kind: 'other',
    tags: [],
    contexts: [],
  })),
  encounters: [],
  contexts: [],
  ties: [],
  coverage: [],
  settings: defaultModelParams,
});

describe('the layout client', () => {
  it('waits for the latest data when data is sent again before the first answer', async () => {
    const fake = new FakeWorker();
    const client = createLayoutClient(() => fake as unknown as Worker);
    const first = client.load(source(1));
    const second = client.load(source(2));
    await expect(first).resolves.toBeUndefined(); // replaced before it was ready
    const range = { first: '2026-01-01', last: '2026-06-30' };
    fake.answer({ type: 'ready', version: 1, ms: 1 });
    fake.answer({ type: 'ready', version: 2, ms: 1, range });
    await expect(second).resolves.toEqual(range);
  });
});

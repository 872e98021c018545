/**
 * The open core, replaceable while the app runs (moving the data file opens a new core). IPC and event
 * forwarding go through this switch, so after a replacement every request and event reaches the new
 * core. `hold` pauses new requests and waits for the ones already running, so nothing writes to the
 * old file while it is copied; paused requests then go to whichever core is current.
 */
import type { InvokeChannel } from '../../shared/ipc/channels';
import type { AppCore, EventListener } from '../core';
import type { Router } from '../ipc/router';

export interface CoreSwitch {
  current(): AppCore;
  /** A router that waits while the switch is held, then asks the current core's router. */
  readonly router: Router;
  /** Makes `next` the current core and moves the event listeners over to it. */
  replace(next: AppCore): void;
  /** Listens to the current core's events, across replacements. Returns an unsubscribe function. */
  onEvent(listener: EventListener): () => void;
  /**
   * Runs `work` while new requests wait and after the running ones (except `exempt`, the request that
   * asked for the work) have finished.
   */
  hold<T>(work: () => Promise<T>, exempt?: InvokeChannel): Promise<T>;
}

export function createCoreSwitch(first: AppCore): CoreSwitch {
  let core = first;
  let held: Promise<unknown> | undefined;
  const running = new Set<{ channel: unknown; done: Promise<unknown> }>();
  const listeners = new Set<EventListener>();
  const relay: EventListener = (channel, payload) => {
    for (const listener of listeners) listener(channel, payload);
  };
  let stopRelay = core.onEvent(relay);

  return {
    current: () => core,
    router: {
      async handle(channel, payload) {
        while (held) await held.catch(() => {});
        const call = { channel, done: core.router.handle(channel, payload) };
        running.add(call);
        try {
          return await call.done;
        } finally {
          running.delete(call);
        }
      },
    },
    replace(next) {
      stopRelay();
      core = next;
      stopRelay = core.onEvent(relay);
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async hold(work, exempt) {
      while (held) await held.catch(() => {});
      const others = [...running].filter((call) => call.channel !== exempt).map((call) => call.done);
      const task = (async () => {
        await Promise.allSettled(others);
        return work();
      })();
      held = task;
      try {
        return await task;
      } finally {
        held = undefined;
      }
    },
  };
}

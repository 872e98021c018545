/**
 * Runs INSIDE the test page, before any page script (bundled by app-harness.ts and added as an init
 * script). It builds `window.tiefgang` with the same `buildApi` and channel list as the Electron
 * preload; each call goes to the Node side through the exposed binding `__tiefgangInvoke`, where the
 * real router and store answer. Events from the Node side arrive through `__tiefgangEmit`.
 */
import { buildApi } from '../../shared/ipc/api';
import type { EventChannel, InvokeChannel } from '../../shared/ipc/channels';
import type { Result } from '../../shared/ipc/contract';

type Listener = (payload: unknown) => void;

interface BridgeWindow {
  __tiefgangInvoke(channel: InvokeChannel, request: unknown): Promise<Result<unknown>>;
  __tiefgangEmit?: (channel: EventChannel, payload: unknown) => void;
}

const bridge = window as unknown as BridgeWindow;
const listeners = new Map<EventChannel, Set<Listener>>();

const api = buildApi(
  // Looked up on every call: the binding is installed by Playwright, independently of this script.
  (channel, request) => bridge.__tiefgangInvoke(channel, request),
  (channel, listener) => {
    // Wrapped so that the same function subscribed twice gets two independent subscriptions, as with ipcRenderer.on.
    const entry: Listener = (payload) => listener(payload);
    const set = listeners.get(channel) ?? new Set<Listener>();
    set.add(entry);
    listeners.set(channel, set);
    return () => {
      set.delete(entry);
    };
  },
);

bridge.__tiefgangEmit = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) {
    // Like contextBridge: each listener gets its own copy, and one throwing listener stops no other.
    try {
      listener(structuredClone(payload));
    } catch (error) {
      console.error(error);
    }
  }
};

// contextBridge.exposeInMainWorld gives the page a frozen, read-only object; so does this.
Object.defineProperty(window, 'tiefgang', {
  value: deepFreeze(api),
  writable: false,
  configurable: false,
  enumerable: true,
});

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value))
    if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
  return Object.freeze(value);
}

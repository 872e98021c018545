/**
 * The preload: runs sandboxed in the renderer and exposes exactly `window.tiefgang`, one function per
 * contract channel, built by `buildApi`. No raw ipcRenderer and no generic invoke cross the bridge.
 * Imports only `electron` and the contract's channel names (no zod): the bundled file must need nothing
 * but `electron`, which is all a sandboxed preload may require.
 */
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/ipc/api';
import { EVENT_WIRE_PREFIX } from '../../shared/ipc/channels';
import type { Result } from '../../shared/ipc/contract';

const api = buildApi(
  (channel, request) => ipcRenderer.invoke(channel, request) as Promise<Result<unknown>>,
  (channel, listener) => {
    const wire = EVENT_WIRE_PREFIX + channel;
    // The Electron event is dropped: it carries `sender`, which must not reach the page.
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(wire, handler);
    return () => {
      ipcRenderer.removeListener(wire, handler);
    };
  },
);

contextBridge.exposeInMainWorld('tiefgang', api);

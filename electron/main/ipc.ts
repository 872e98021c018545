/**
 * Connects the router to Electron's IPC: one `ipcMain.handle` per contract channel (no generic
 * channel), each checking first that the sender is the app's own top-level page. Also forwards the
 * core's events to every window as `event:<channel>`.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { EVENT_WIRE_PREFIX, INVOKE_CHANNELS } from '../../shared/ipc/channels';
import type { Result } from '../../shared/ipc/contract';
import type { OriginPolicy } from '../app-page/origin';
import type { AppCore } from '../core';
import type { Router } from '../ipc/router';

export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;
export type SenderCheck = (event: SenderEvent) => boolean;

export const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'the request did not come from the app' },
};

/** A sender is trusted if its frame still exists, is a top-level frame and shows a trusted origin. */
export function createSenderCheck(policy: Pick<OriginPolicy, 'isTrustedUrl'>): SenderCheck {
  return (event) => {
    try {
      const frame = event.senderFrame;
      if (!frame || frame.parent) return false;
      return policy.isTrustedUrl(frame.url);
    } catch {
      // Accessing a frame that navigated away or was destroyed throws: not trusted.
      return false;
    }
  };
}

/** Registers every channel; returns a function that removes them again. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  router: Router,
  isTrustedSender: SenderCheck,
): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      isTrustedSender(event) ? router.handle(channel, payload) : Promise.resolve(FORBIDDEN),
    );
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** Sends each core event to every live window; returns the unsubscribe function. */
export function forwardEvents(
  core: Pick<AppCore, 'onEvent'>,
  targets: () => ReadonlyArray<Pick<WebContents, 'send' | 'isDestroyed'>>,
): () => void {
  return core.onEvent((channel, payload) => {
    for (const contents of targets()) {
      if (!contents.isDestroyed()) contents.send(`${EVENT_WIRE_PREFIX}${channel}`, payload);
    }
  });
}

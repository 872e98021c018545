// IPC registration: one handler per contract channel, each checking the sender frame first; events
// forwarded to every live window.
import { describe, expect, it, vi } from 'vitest';
import { createOriginPolicy } from '../../electron/app-page/origin';
import type { Router } from '../../electron/ipc/router';
import {
  createSenderCheck,
  FORBIDDEN,
  forwardEvents,
  registerIpc,
  type SenderEvent,
} from '../../electron/main/ipc';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../shared/ipc/channels';

const prod = createOriginPolicy({ isPackaged: true });
const dev = createOriginPolicy({ isPackaged: false, devUrl: 'http://localhost:5173' });

function frame(url: string, parent: unknown = null): SenderEvent {
  return { senderFrame: { url, parent } } as unknown as SenderEvent;
}

function fakeIpcMain() {
  const handlers = new Map<string, (event: SenderEvent, payload: unknown) => Promise<unknown>>();
  return {
    handlers,
    handle: vi.fn((channel: string, handler: (event: SenderEvent, payload: unknown) => Promise<unknown>) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
}

describe('sender check', () => {
  const check = createSenderCheck(prod);

  it('trusts the app page in its top-level frame', () => {
    expect(check(frame('app://tiefgang/index.html'))).toBe(true);
  });

  it.each([
    ['a foreign https origin', frame('https://evil.example/')],
    ['a file:// page', frame('file:///home/ada/evil.html')],
    ['a look-alike host', frame('app://tiefgang.evil.example/')],
    ['another app:// host', frame('app://other/index.html')],
    ['the dev server in a packaged app', frame('http://localhost:5173/')],
    ['a sub-frame, even of the app origin', frame('app://tiefgang/index.html', { url: 'app://tiefgang/' })],
    ['a missing frame', { senderFrame: null } as SenderEvent],
    ['an empty url', frame('')],
  ])('rejects %s', (_label, event) => {
    expect(check(event)).toBe(false);
  });

  it('rejects a frame that throws when read (disposed)', () => {
    const disposed = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(check(disposed as SenderEvent)).toBe(false);
  });

  it('trusts the dev server only in development', () => {
    expect(createSenderCheck(dev)(frame('http://localhost:5173/'))).toBe(true);
  });
});

describe('registerIpc', () => {
  it('registers exactly the contract channels, routes trusted calls and refuses foreign ones', async () => {
    const ipcMain = fakeIpcMain();
    const router: Router = { handle: vi.fn(async (channel) => ({ ok: true as const, data: channel })) };
    const unregister = registerIpc(ipcMain, router, createSenderCheck(prod));
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());

    const create = ipcMain.handlers.get('people.create')!;
    expect(await create(frame('app://tiefgang/index.html'), { displayName: 'Ada' })).toEqual({
      ok: true,
      data: 'people.create',
    });
    expect(router.handle).toHaveBeenCalledWith('people.create', { displayName: 'Ada' });

    expect(await create(frame('https://evil.example/'), { displayName: 'Mallory' })).toEqual(FORBIDDEN);
    expect(FORBIDDEN).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(router.handle).toHaveBeenCalledTimes(1);

    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('forwardEvents', () => {
  it('sends each core event as event:<channel> to every window that is still alive', () => {
    let emit: ((channel: 'db.changed', payload: { revision: number }) => void) | undefined;
    const unsubscribe = vi.fn();
    const core = {
      onEvent: vi.fn((listener) => {
        emit = listener;
        return unsubscribe;
      }),
    };
    const alive = { send: vi.fn(), isDestroyed: () => false };
    const gone = { send: vi.fn(), isDestroyed: () => true };
    const stop = forwardEvents(core, () => [alive, gone]);
    expect(EVENT_CHANNELS).toContain('db.changed');
    emit!('db.changed', { revision: 3 });
    expect(alive.send).toHaveBeenCalledWith('event:db.changed', { revision: 3 });
    expect(gone.send).not.toHaveBeenCalled();
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });
});

// electron/main/index.ts with the `electron` module mocked: it hands the real module's parts to
// startApp, registers the scheme at load time, and a second instance quits at once.
import { afterAll, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const record =
    (name: string, result?: unknown) =>
    (..._args: unknown[]) => {
      calls.push(name);
      return result;
    };
  const app = {
    isPackaged: true,
    getPath: (name: string) => `/nonexistent/tiefgang-index-test/${name}`,
    requestSingleInstanceLock: record('requestSingleInstanceLock', false),
    quit: record('quit'),
    whenReady: record('whenReady', new Promise(() => {})),
    on: record('app.on'),
  };
  const schemes: unknown[] = [];
  const protocol = {
    registerSchemesAsPrivileged: (list: unknown) => {
      calls.push('registerSchemesAsPrivileged');
      schemes.push(list);
    },
    handle: record('protocol.handle'),
  };
  return {
    calls,
    schemes,
    electron: {
      app,
      protocol,
      BrowserWindow: class {},
      dialog: { showMessageBox: record('showMessageBox'), showErrorBox: record('showErrorBox') },
      ipcMain: { handle: record('ipcMain.handle'), removeHandler: record('ipcMain.removeHandler') },
      screen: { getAllDisplays: () => [] },
      session: { defaultSession: {} },
      shell: { openExternal: record('openExternal') },
      safeStorage: { isAsyncEncryptionAvailable: async () => false },
      Notification: { isSupported: (): boolean => false },
      Menu: {
        buildFromTemplate: record('Menu.buildFromTemplate'),
        setApplicationMenu: record('setApplicationMenu'),
      },
    },
  };
});
vi.mock('electron', () => fake.electron);

// The entry installs crash handlers on the real process: record them instead of installing them into
// the test runner.
const processOn = vi.spyOn(process, 'on');
processOn.mockImplementation(function (this: NodeJS.Process) {
  return this;
} as never);
afterAll(() => processOn.mockRestore());

describe('main entry (index.ts)', () => {
  it('registers app:// as privileged while loading, and quits as a second instance', async () => {
    const { started } = await import('../../electron/main/index');
    expect(await started).toBeUndefined();
    expect(fake.schemes).toEqual([
      [
        expect.objectContaining({
          scheme: 'app',
          privileges: expect.objectContaining({ standard: true, secure: true }),
        }),
      ],
    ]);
    // The scheme comes first, then the lock; a second instance quits before waiting for `ready`.
    expect(fake.calls).toEqual(['registerSchemesAsPrivileged', 'requestSingleInstanceLock', 'quit']);
    expect(processOn.mock.calls.map(([event]) => event)).toEqual(
      expect.arrayContaining(['uncaughtException', 'unhandledRejection']),
    );
  });
});

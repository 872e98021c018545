// The whole main process (startApp) with Electron's modules faked and everything else real: the store
// on disk, the router, the protocol handler serving real files.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CSP } from '../../electron/app-page/csp';
import { type ElectronModules, type RunningApp, startApp } from '../../electron/main/app';
import { secureWebPreferences } from '../../electron/main/window';
import { openStore, restoreBackup } from '../../electron/store/index';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { type FakeOptions, fakeElectron, senderAt } from './shell-fakes';

function personStub(id: string) {
  const at = '2026-02-27T12:00:00.000Z';
  return {
    id,
    displayName: id,
    emails: [],
    phones: [],
    urls: [],
    tags: [],
    contexts: [],
    kind: 'other' as const,
    notes: '',
    createdAt: at,
    updatedAt: at,
    archived: false,
  };
}

let dir: string;
let outDir: string;
let dataFile: string;
const running: RunningApp[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-app-'));
  outDir = join(dir, 'out');
  await mkdir(join(outDir, 'renderer'), { recursive: true });
  await writeFile(join(outDir, 'renderer', 'index.html'), '<!doctype html><title>Tiefgang</title>');
  dataFile = join(dir, 'data', 'tiefgang.json');
});
afterEach(async () => {
  for (const app of running.splice(0)) await app.core.close();
  await rm(dir, { recursive: true, force: true });
});

function start(
  options: Partial<FakeOptions> = {},
  env: Record<string, string> = {},
  argv = ['--db', dataFile],
  restore: (file: string, backup: { path: string }) => Promise<unknown> = async () => {},
) {
  const fake = fakeElectron({ userData: join(dir, 'userData'), ...options });
  const proc = { argv: ['/opt/Tiefgang/tiefgang', ...argv], env, cwd: () => dir, on: vi.fn() };
  const restoreBackup = vi.fn(async (file: string, backup: { path: string }) => {
    await restore(file, backup);
  });
  const started = startApp(fake.electron as unknown as ElectronModules, { outDir, proc, restoreBackup }).then(
    (app) => {
      if (app) running.push(app);
      return app;
    },
  );
  return { ...fake, proc, started, restoreBackup };
}

describe('startApp', () => {
  it('registers the app:// scheme before the app is ready, and nothing else', async () => {
    const s = start();
    expect(s.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(s.electron.protocol.handle).not.toHaveBeenCalled();
    expect(s.FakeBrowserWindow.windows).toHaveLength(0);
    expect(s.proc.on).toHaveBeenCalledWith('uncaughtException', expect.any(Function));
    expect(s.proc.on).toHaveBeenCalledWith('unhandledRejection', expect.any(Function));
    s.ready.resolve();
    expect(await s.started).toBeDefined();
  });

  it('opens one secure window on app://tiefgang, even with a dev URL set in a packaged app', async () => {
    const s = start({ isPackaged: true }, { TIEFGANG_DEV_URL: 'http://localhost:5173' });
    s.ready.resolve();
    const app = await s.started;
    expect(s.FakeBrowserWindow.windows).toHaveLength(1);
    const window = s.FakeBrowserWindow.windows[0]!;
    expect(window.options.webPreferences).toEqual(secureWebPreferences(join(outDir, 'preload', 'index.cjs')));
    expect(window.url).toBe('app://tiefgang/index.html');
    expect(app?.core.dataFile).toBe(dataFile);
  });

  it('loads the dev server when developing', async () => {
    const s = start({ isPackaged: false }, { TIEFGANG_DEV_URL: 'http://localhost:5173' });
    s.ready.resolve();
    await s.started;
    expect(s.FakeBrowserWindow.windows[0]?.url).toBe('http://localhost:5173/');
  });

  it('installs the session lock-down and guards every web contents', async () => {
    const s = start();
    s.ready.resolve();
    await s.started;
    const session = s.electron.session.defaultSession;
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.setPermissionCheckHandler).toHaveBeenCalled();
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalled();
    const contents = s.FakeBrowserWindow.windows[0]!.webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() =>
      expect(s.electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/'),
    );
    const navigation = { preventDefault: vi.fn() };
    contents.emit('will-navigate', navigation, 'https://evil.example/');
    expect(navigation.preventDefault).toHaveBeenCalled();
  });

  it('serves the built renderer over app:// with the CSP header', async () => {
    const s = start();
    s.ready.resolve();
    await s.started;
    const handler = s.protocolHandlers.get('app')!;
    const response = await handler(new Request('app://tiefgang/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(await response.text()).toContain('<title>Tiefgang</title>');
  });

  it('routes IPC from the app page to the store, refuses foreign senders, and tells windows about changes', async () => {
    const s = start();
    s.ready.resolve();
    await s.started;
    expect([...s.ipcHandlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    const create = s.ipcHandlers.get('people.create')!;

    const refused = await create(senderAt('https://evil.example/'), { displayName: 'Mallory' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const created = await create(senderAt('app://tiefgang/index.html'), { displayName: 'Ada' });
    expect(created).toMatchObject({ ok: true, data: { displayName: 'Ada' } });
    const disk = JSON.parse(await readFile(dataFile, 'utf8'));
    expect(disk.people.map((p: { displayName: string }) => p.displayName)).toEqual(['Ada']);
    expect(s.FakeBrowserWindow.windows[0]!.webContents.send).toHaveBeenCalledWith('event:db.changed', {
      revision: 1,
    });

    const info = await s.ipcHandlers.get('app.info')!(senderAt('app://tiefgang/index.html'), {});
    expect(info).toEqual({ ok: true, data: { version: '0.1.0', dataFile, systemLocale: 'de-AT' } });
  });

  it('focuses the existing window when a second instance starts', async () => {
    const s = start();
    s.ready.resolve();
    await s.started;
    const window = s.FakeBrowserWindow.windows[0]!;
    s.electron.app.emit('second-instance', {}, [], dir);
    expect(window.minimized).toBe(false);
    expect(window.visible).toBe(true);
    expect(window.focused).toBe(true);
  });

  it('reopens the window on a second launch after it was closed (macOS keeps the app running)', async () => {
    const s = start();
    s.ready.resolve();
    await s.started;
    s.FakeBrowserWindow.windows[0]!.closed = true;
    s.electron.app.emit('second-instance', {}, [], dir);
    expect(s.FakeBrowserWindow.getAllWindows()).toHaveLength(1);
    expect(s.FakeBrowserWindow.windows).toHaveLength(2);
  });

  it('speaks the language chosen in the app in its dialogs, and follows a change', async () => {
    const s = start({ languages: ['en-US'] });
    s.ready.resolve();
    await s.started;
    const contents = s.FakeBrowserWindow.windows[0]!.webContents;
    const crash = () =>
      s.electron.app.emit('render-process-gone', {}, contents, { reason: 'oom', exitCode: 1 });
    crash();
    await vi.waitFor(() => expect(s.electron.dialog.showMessageBox).toHaveBeenCalledTimes(1));
    expect(s.electron.dialog.showMessageBox.mock.calls[0]?.[0]).toMatchObject({
      title: 'The Tiefgang window stopped',
    });
    const update = s.ipcHandlers.get('settings.update')!;
    expect(await update(senderAt('app://tiefgang/index.html'), { language: 'de' })).toMatchObject({
      ok: true,
    });
    await vi.waitFor(() => {
      crash();
      expect(s.electron.dialog.showMessageBox.mock.calls.at(-1)?.[0]).toMatchObject({
        title: 'Das Tiefgang-Fenster wurde beendet',
      });
    });
    expect(contents.reload).toHaveBeenCalled(); // the answer was button 0: reload
  });

  it('a second instance quits without opening the store or a window', async () => {
    const s = start({ gotLock: false });
    expect(await s.started).toBeUndefined();
    expect(s.electron.app.quit).toHaveBeenCalled();
    expect(s.electron.app.whenReady).not.toHaveBeenCalled();
    expect(s.FakeBrowserWindow.windows).toHaveLength(0);
  });

  it('releases the data file on quit', async () => {
    const s = start();
    s.ready.resolve();
    const app = (await s.started)!;
    running.splice(running.indexOf(app), 1);
    const quitting = { preventDefault: vi.fn() };
    s.electron.app.emit('will-quit', quitting);
    expect(quitting.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(s.electron.app.quit).toHaveBeenCalled());
    // The lock is gone: another process may open the file now.
    const store = await openStore({ path: dataFile });
    await store.close();
    // The second will-quit (from app.quit) goes through.
    const again = { preventDefault: vi.fn() };
    s.electron.app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('explains a locked data file and quits when the user says so', async () => {
    const holder = await openStore({ path: dataFile });
    try {
      const s = start({ answers: [1] }); // "Quit"
      s.ready.resolve();
      expect(await s.started).toBeUndefined();
      const box = s.electron.dialog.showMessageBox.mock.calls[0]?.[0];
      expect(box).toMatchObject({ type: 'warning', buttons: ['Erneut versuchen', 'Beenden'] });
      expect(box?.message).toContain(`Prozess ${process.pid}`);
      expect(box).not.toHaveProperty('choices');
      expect(s.electron.app.quit).toHaveBeenCalled();
      expect(s.FakeBrowserWindow.windows).toHaveLength(0);
    } finally {
      await holder.close();
    }
  });

  it('sets a corrupt file aside, offers the newest backup and restores it when asked', async () => {
    await mkdir(join(dir, 'data'), { recursive: true });
    await writeFile(dataFile, '{"schemaVersion": 1, "people": [');
    const s = start({ answers: [0], languages: ['en-GB'] });
    s.ready.resolve();
    const app = await s.started;
    const box = s.electron.dialog.showMessageBox.mock.calls[0]?.[0] as {
      message: string;
      buttons: string[];
      detail: string;
    };
    expect(box.message).toContain('could not be read');
    expect(box.detail).toMatch(/moved aside, unchanged, to .*corrupt/);
    // No backup exists yet, so the choices are to start empty or quit; the first starts empty.
    expect(box.buttons).toEqual(['Start with an empty data file', 'Quit']);
    expect(s.restoreBackup).not.toHaveBeenCalled();
    expect(app?.core.store.read().people).toEqual([]);
  });

  it('restores the newest backup (really) when the user picks it', async () => {
    // Day 1: Ada is written. Day 2: the first write of the day backs up the file (with Ada), adds Grace.
    const day = (d: string) => () => new Date(`${d}T12:00:00`);
    let store = await openStore({ path: dataFile, now: day('2026-02-27') });
    await store.update((db) => {
      db.people.push({ ...personStub('ada'), displayName: 'Ada' });
    });
    await store.close();
    store = await openStore({ path: dataFile, now: day('2026-02-28') });
    await store.update((db) => {
      db.people.push({ ...personStub('grace'), displayName: 'Grace' });
    });
    await store.close();
    await writeFile(dataFile, 'this is not JSON');

    const s = start({ answers: [0], languages: ['en'] }, {}, ['--db', dataFile], (file, backup) =>
      restoreBackup(file, backup.path),
    );
    s.ready.resolve();
    const app = await s.started;
    const box = s.electron.dialog.showMessageBox.mock.calls[0]?.[0] as { buttons: string[] };
    expect(box.buttons[0]).toBe('Restore the backup from 2026-02-28');
    expect(s.restoreBackup).toHaveBeenCalledTimes(1);
    expect(app?.core.store.read().people.map((p) => p.displayName)).toEqual(['Ada']);
  });

  it('shows a dialog for --db without a file and quits', async () => {
    const s = start({ languages: ['en-US'] }, {}, ['--db']);
    s.ready.resolve();
    expect(await s.started).toBeUndefined();
    expect(s.electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: '“--db” needs the path of a data file, e.g. --db ~/tiefgang.json' }),
    );
    expect(s.electron.app.quit).toHaveBeenCalled();
  });
});

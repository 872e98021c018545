// Settings → Data file → Move… in the desktop shell: the whole main process (startApp) with Electron's
// modules faked and everything else real — the store on disk, its lock, location.json, the IPC router.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../electron/cli/run';
import { cliDataFile } from '../../electron/data-location';
import { type ElectronModules, type RunningApp, startApp } from '../../electron/main/app';
import { createCoreSwitch } from '../../electron/main/core-switch';
import { resolveDataFile } from '../../electron/main/data-file';
import { keptNameFor } from '../../electron/main/data-move';
import { userDataDir } from '../../electron/paths';
import { lockPathFor } from '../../electron/store/index';
import { type FakeOptions, fakeElectron, senderAt } from './shell-fakes';

const APP_PAGE = senderAt('app://tiefgang/index.html');

let dir: string;
let userData: string;
let outDir: string;
const running: RunningApp[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-move-'));
  userData = join(dir, 'userData');
  outDir = join(dir, 'out');
  await mkdir(join(outDir, 'renderer'), { recursive: true });
  await writeFile(join(outDir, 'renderer', 'index.html'), '<!doctype html><title>Tiefgang</title>');
});
afterEach(async () => {
  for (const app of running.splice(0)) await app.currentCore().close();
  await rm(dir, { recursive: true, force: true });
});

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Starts the shell with no --db and no TIEFGANG_DB, so the data file comes from userData. */
async function start(saveAnswer?: string, options: Partial<FakeOptions> = {}) {
  const fake = fakeElectron({ userData, languages: ['en-GB'], ...options });
  const showSaveDialog = vi.fn(async (..._args: unknown[]) =>
    saveAnswer === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath: saveAnswer },
  );
  const electron = { ...fake.electron, dialog: { ...fake.electron.dialog, showSaveDialog } };
  const proc = { argv: ['/opt/Tiefgang/tiefgang'], env: {}, cwd: () => dir, on: vi.fn() };
  fake.ready.resolve();
  const app = await startApp(electron as unknown as ElectronModules, {
    outDir,
    proc,
    restoreBackup: async () => {},
  });
  if (!app) throw new Error('the app did not start');
  running.push(app);
  const call = (channel: string, payload: unknown = {}) => fake.ipcHandlers.get(channel)!(APP_PAGE, payload);
  return { ...fake, app, call, showSaveDialog };
}

describe('moving the data file', () => {
  it('copies the file, opens it with its own lock, keeps the old one renamed and remembers the place', async () => {
    const target = join(dir, 'elsewhere', 'mine.json');
    await mkdir(join(dir, 'elsewhere'));
    // Unpackaged: the router checks every response against the contract, the move's included.
    const s = await start(target, { isPackaged: false });
    const oldFile = join(userData, 'tiefgang.json');
    expect(s.app.core.dataFile).toBe(oldFile);
    expect(await s.call('data.location')).toMatchObject({ ok: true, data: { path: oldFile, canMove: true } });
    expect(await s.call('people.create', { displayName: 'Ada' })).toMatchObject({ ok: true });
    const before = await readFile(oldFile);

    const moved = (await s.call('data.move')) as {
      ok: true;
      data: { moved: boolean; path: string; keptAs: string };
    };
    expect(moved).toMatchObject({ ok: true, data: { moved: true, path: target } });
    expect(s.showSaveDialog.mock.calls[0]?.at(-1)).toMatchObject({
      defaultPath: join(userData, 'documents', 'tiefgang.json'),
      filters: [{ extensions: ['json'] }],
    });

    // The new file holds exactly the old bytes, and the lock moved with it.
    expect(await readFile(target)).toEqual(before);
    expect(await exists(lockPathFor(target))).toBe(true);
    expect(await exists(lockPathFor(oldFile))).toBe(false);
    // The old file is kept, renamed beside its old place; nothing was deleted.
    const keptAs = moved.data.keptAs;
    expect(keptAs).toMatch(/[/\\]tiefgang\.moved-\d{4}-\d\d-\d\dT[\d-]+Z\.json$/);
    expect(await exists(oldFile)).toBe(false);
    expect(await readFile(keptAs)).toEqual(before);
    // The next start is told where it is.
    expect(JSON.parse(await readFile(join(userData, 'location.json'), 'utf8'))).toEqual({ dataFile: target });

    // IPC and events now reach the new file.
    expect(s.app.currentCore().dataFile).toBe(target);
    expect(await s.call('data.location')).toMatchObject({ ok: true, data: { path: target } });
    expect(await s.call('people.create', { displayName: 'Grace' })).toMatchObject({ ok: true });
    const disk = JSON.parse(await readFile(target, 'utf8'));
    expect(disk.people.map((p: { displayName: string }) => p.displayName)).toEqual(['Ada', 'Grace']);
    expect(s.FakeBrowserWindow.windows[0]!.webContents.send).toHaveBeenLastCalledWith('event:db.changed', {
      revision: 1,
    });
    expect(await readFile(keptAs)).toEqual(before);

    // Quitting releases the new lock; the next start opens the moved file.
    await s.app.currentCore().close();
    running.splice(0);
    const again = await start();
    expect(again.app.core.dataFile).toBe(target);
    expect(await again.call('data.location')).toMatchObject({ ok: true, data: { path: target } });
  });

  it('refuses the place the file already is, and changes nothing', async () => {
    const oldFile = join(userData, 'tiefgang.json');
    const s = await start(oldFile);
    await s.call('people.create', { displayName: 'Ada' });
    const before = await readFile(oldFile);

    expect(await s.call('data.move')).toEqual({ ok: true, data: { moved: false, path: oldFile } });
    expect(s.electron.dialog.showMessageBox).toHaveBeenLastCalledWith(
      expect.objectContaining({
        type: 'error',
        title: 'The data file was not moved',
        message: `The data file is already at ${oldFile}. Choose another place or name.`,
      }),
    );
    expect(await readFile(oldFile)).toEqual(before);
    expect(await exists(join(userData, 'location.json'))).toBe(false);
    expect((await readdir(userData)).filter((name) => name.includes('.moved-'))).toEqual([]);
    expect(s.app.currentCore()).toBe(s.app.core);
  });

  it('a cancelled dialog moves nothing and shows no error', async () => {
    const s = await start(undefined);
    expect(await s.call('data.move')).toMatchObject({ ok: true, data: { moved: false } });
    expect(s.electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('never overwrites an existing file at the chosen place', async () => {
    const target = join(dir, 'other.json');
    await writeFile(target, 'somebody else’s file');
    const s = await start(target);
    expect(await s.call('data.move')).toMatchObject({ ok: true, data: { moved: false } });
    expect(await readFile(target, 'utf8')).toBe('somebody else’s file');
    expect(s.electron.dialog.showMessageBox.mock.calls.at(-1)?.[0]).toMatchObject({
      message: expect.stringContaining('Tiefgang never overwrites an existing file'),
    });
  });

  it('when the copy cannot be opened, the old file and core stay in use, untouched', async () => {
    const target = join(dir, 'locked', 'tiefgang.json');
    await mkdir(join(dir, 'locked'));
    // Another live Tiefgang (this very process, so it counts as alive) holds the lock at the new place.
    const foreignLock = `${JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() })}\n`;
    await writeFile(lockPathFor(target), foreignLock);
    const s = await start(target, { languages: ['de-AT'] });
    const oldFile = join(userData, 'tiefgang.json');
    await s.call('people.create', { displayName: 'Ada' });
    const before = await readFile(oldFile);

    expect(await s.call('data.move')).toEqual({ ok: true, data: { moved: false, path: oldFile } });
    const box = s.electron.dialog.showMessageBox.mock.calls.at(-1)?.[0] as Record<string, string>;
    expect(box.title).toBe('Die Datendatei wurde nicht verschoben');
    expect(box.message).toContain(`Die Kopie unter ${target} konnte nicht geöffnet werden`);
    expect(box.detail).toBe(
      `Tiefgang verwendet weiterhin ${oldFile}; die Datei ist unverändert. Es ging nichts verloren.`,
    );

    // The copy is gone, the other process's lock untouched, the old file the same and still locked by us.
    expect(await exists(target)).toBe(false);
    expect(await readFile(lockPathFor(target), 'utf8')).toBe(foreignLock);
    expect(await readFile(oldFile)).toEqual(before);
    expect(await exists(lockPathFor(oldFile))).toBe(true);
    expect(await exists(join(userData, 'location.json'))).toBe(false);
    // …and it still takes writes.
    expect(s.app.currentCore()).toBe(s.app.core);
    expect(await s.call('people.create', { displayName: 'Grace' })).toMatchObject({ ok: true });
    const disk = JSON.parse(await readFile(oldFile, 'utf8'));
    expect(disk.people.map((p: { displayName: string }) => p.displayName)).toEqual(['Ada', 'Grace']);
  });
});

describe('the remembered location', () => {
  const base = { argv: [] as string[], env: {}, cwd: '/work' };

  it('comes after --db and TIEFGANG_DB, before the default', async () => {
    await mkdir(userData, { recursive: true });
    await writeFile(join(userData, 'location.json'), JSON.stringify({ dataFile: '/data/moved.json' }));
    const userDataDir = userData;
    expect(resolveDataFile({ ...base, userDataDir })).toEqual({
      ok: true,
      path: '/data/moved.json',
      source: 'saved',
    });
    expect(resolveDataFile({ ...base, userDataDir, env: { TIEFGANG_DB: '/env.json' } })).toMatchObject({
      path: '/env.json',
      source: 'environment',
    });
    expect(resolveDataFile({ ...base, userDataDir, argv: ['--db', '/arg.json'] })).toMatchObject({
      path: '/arg.json',
      source: 'argument',
    });
  });

  it('is ignored when unreadable or not an absolute path', async () => {
    await mkdir(userData, { recursive: true });
    for (const content of ['{broken', JSON.stringify({ dataFile: 'relative.json' }), '[]', 'null']) {
      await writeFile(join(userData, 'location.json'), content);
      expect(resolveDataFile({ ...base, userDataDir: userData })).toEqual({
        ok: true,
        path: join(userData, 'tiefgang.json'),
        source: 'default',
      });
    }
  });
});

describe('the command line after a move', () => {
  it('opens the moved file too, unless --db or TIEFGANG_DB say otherwise', async () => {
    // The app's userData folder as Electron computes it on this platform, where the app left location.json.
    const config = join(dir, 'config');
    const home = join(dir, 'home');
    const env = { XDG_CONFIG_HOME: config, APPDATA: config, LANG: 'en_GB.UTF-8' };
    const appFolder = userDataDir(env, process.platform, home);
    const moved = join(dir, 'moved', 'tiefgang.json');
    await mkdir(appFolder, { recursive: true });
    await writeFile(join(appFolder, 'location.json'), JSON.stringify({ dataFile: moved }));
    expect(cliDataFile(env, process.platform, home)).toBe(moved);
    expect(cliDataFile({ ...env, TIEFGANG_DB: '/x.json' }, process.platform, home)).toBe('/x.json');

    let stderr = '';
    const code = await run(['people', 'add', '--name', 'Ada'], {
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text) },
      env,
      cwd: dir,
      homedir: home,
    } as never);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const disk = JSON.parse(await readFile(moved, 'utf8'));
    expect(disk.people.map((p: { displayName: string }) => p.displayName)).toEqual(['Ada']);
    expect(await exists(join(appFolder, 'tiefgang.json'))).toBe(false);
  });
});

describe('keptNameFor', () => {
  it('puts a file-name-safe timestamp before the extension, beside the old file', () => {
    expect(keptNameFor('/d/tiefgang.json', new Date('2026-11-27T12:30:05.123Z'))).toBe(
      join('/d', 'tiefgang.moved-2026-11-27T12-30-05-123Z.json'),
    );
  });
});

describe('the core switch', () => {
  it('holds new requests while a move runs, and waits for the running ones first', async () => {
    const order: string[] = [];
    let finishSlow = () => {};
    const fakeCore = (name: string) =>
      ({
        dataFile: name,
        onEvent: () => () => {},
        router: {
          handle: async (channel: unknown) => {
            order.push(`${name}:${String(channel)}`);
            if (channel === 'people.update') await new Promise<void>((r) => (finishSlow = r));
            return { ok: true, data: name };
          },
        },
      }) as never;
    const cores = createCoreSwitch(fakeCore('old'));
    const slow = cores.router.handle('people.update', {});
    const moving = cores.hold(async () => {
      order.push('move');
      cores.replace(fakeCore('new'));
    }, 'data.move');
    const later = cores.router.handle('people.create', {});
    await Promise.resolve();
    expect(order).toEqual(['old:people.update']);
    finishSlow();
    await moving;
    expect(await slow).toEqual({ ok: true, data: 'old' });
    expect(await later).toEqual({ ok: true, data: 'new' });
    expect(order).toEqual(['old:people.update', 'move', 'new:people.create']);
  });
});

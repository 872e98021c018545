// The menu in the running shell (startApp with Electron faked, everything else real): it is installed
// at start in the system's language and rebuilt when the app's language changes, and its own actions
// (export, data folder, user guide, about, commands to the window) work on real files.
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ElectronModules, type RunningApp, startApp } from '../../electron/main/app';
import { createShellI18n } from '../../electron/main/i18n';
import { exportDialogOptions, findUserGuide, userGuideDirs } from '../../electron/main/menu-actions';
import { readDataFile } from '../../electron/store/index';
import { type FakeOptions, fakeElectron, senderAt } from './shell-fakes';

type Item = MenuItemConstructorOptions;

let dir: string;
let dataFile: string;
const running: RunningApp[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-menu-'));
  await mkdir(join(dir, 'out', 'renderer'), { recursive: true });
  dataFile = join(dir, 'data', 'tiefgang.json');
});
afterEach(async () => {
  for (const app of running.splice(0)) await app.core.close();
  await rm(dir, { recursive: true, force: true });
});

async function start(options: Partial<FakeOptions> = {}) {
  const fake = fakeElectron({ userData: join(dir, 'userData'), languages: ['en-GB'], ...options });
  const saveAs = { path: undefined as string | undefined };
  const showSaveDialog = vi.fn(async (..._args: unknown[]) =>
    saveAs.path ? { canceled: false, filePath: saveAs.path } : { canceled: true, filePath: '' },
  );
  const electron = { ...fake.electron, dialog: { ...fake.electron.dialog, showSaveDialog } };
  const proc = { argv: ['/opt/Tiefgang/tiefgang', '--db', dataFile], env: {}, cwd: () => dir, on: vi.fn() };
  const started = startApp(electron as unknown as ElectronModules, {
    outDir: join(dir, 'out'),
    proc,
    restoreBackup: async () => {},
  });
  fake.ready.resolve();
  const app = await started;
  if (!app) throw new Error('the app did not start');
  running.push(app);
  const menus = () =>
    fake.electron.Menu.setApplicationMenu.mock.calls.map(([menu]) => menu as { template: Item[] });
  const menu = () => menus().at(-1)!.template;
  const item = (id: string): Item => {
    const stack = [...menu()];
    while (stack.length) {
      const next = stack.shift()!;
      if (next.id === id) return next;
      if (Array.isArray(next.submenu)) stack.push(...(next.submenu as Item[]));
    }
    throw new Error(`no menu item ${id}`);
  };
  const click = (id: string) => (item(id).click as (...a: unknown[]) => void)({}, undefined, {});
  /** The options of the newest message box (with a window, Electron takes it as the first argument). */
  const lastBox = () =>
    fake.electron.dialog.showMessageBox.mock.calls.at(-1)?.at(-1) as Record<string, unknown>;
  return { ...fake, app, menus, menu, item, click, lastBox, saveAs, showSaveDialog };
}

async function addPeople(s: Awaited<ReturnType<typeof start>>, ...names: string[]) {
  const create = s.ipcHandlers.get('people.create')!;
  for (const displayName of names) {
    expect(await create(senderAt('app://tiefgang/index.html'), { displayName })).toMatchObject({ ok: true });
  }
}

describe('the menu in the running app', () => {
  it('is the application menu from the start, in the system language, and follows the app language', async () => {
    const s = await start();
    expect(s.menus()).toHaveLength(1);
    expect(s.menu().map((m) => m.label)).toEqual(
      process.platform === 'darwin'
        ? ['Tiefgang', 'File', 'Edit', 'View', 'Window', 'Help']
        : ['&File', '&Edit', '&View', '&Help'],
    );
    const update = s.ipcHandlers.get('settings.update')!;
    expect(await update(senderAt('app://tiefgang/index.html'), { language: 'de' })).toMatchObject({
      ok: true,
    });
    await vi.waitFor(() => expect(s.menus()).toHaveLength(2));
    expect(s.item('print').label).toBe('Drucken …');
    // A write that does not change the language does not rebuild the menu.
    await addPeople(s, 'Ada');
    await new Promise((r) => setTimeout(r, 20));
    expect(s.menus()).toHaveLength(2);
  });

  it('opens no development tools in an installed app, but does in development', async () => {
    const roles = (template: Item[]): unknown[] =>
      template.flatMap((i) => [i.role, ...(Array.isArray(i.submenu) ? roles(i.submenu as Item[]) : [])]);
    const installed = await start({ isPackaged: true });
    expect(roles(installed.menu())).not.toContain('toggleDevTools');
    // One app at a time holds the data file.
    await running.splice(running.indexOf(installed.app), 1)[0]?.core.close();
    expect(roles((await start({ isPackaged: false })).menu())).toContain('toggleDevTools');
  });

  it('sends window commands to the main window as menu.command events', async () => {
    const s = await start();
    const contents = s.FakeBrowserWindow.windows[0]!.webContents;
    s.click('quickLog');
    s.click('layout.force');
    expect(contents.send.mock.calls.filter(([channel]) => channel === 'event:menu.command')).toEqual([
      ['event:menu.command', { command: 'quickLog' }],
      ['event:menu.command', { command: 'layout.force' }],
    ]);
    // A closed window gets nothing (and nothing throws).
    s.FakeBrowserWindow.windows[0]!.closed = true;
    contents.send.mockClear();
    s.click('undo');
    expect(contents.send).not.toHaveBeenCalled();
  });

  it('exports every format to the chosen file, in the dated file the save dialog proposes', async () => {
    const s = await start();
    await addPeople(s, 'Ada Lovelace', 'Grace Hopper');
    const outputs: Record<string, string> = {};
    for (const [format, name] of [
      ['json', 'backup.json'],
      ['people-csv', 'people.csv'],
      ['encounters-csv', 'encounters.csv'],
      ['vcard', 'contacts.vcf'],
    ] as const) {
      s.saveAs.path = join(dir, 'exports', name);
      await mkdir(dirname(s.saveAs.path), { recursive: true });
      s.click(`export.${format}`);
      await vi.waitFor(async () => {
        outputs[format] = await readFile(s.saveAs.path!, 'utf8');
      });
    }
    const [window, options] = s.showSaveDialog.mock.calls[0]!;
    expect(window).toBe(s.FakeBrowserWindow.windows[0]);
    expect(options).toMatchObject({
      defaultPath: expect.stringMatching(/[/\\]documents[/\\]tiefgang-backup-\d{4}-\d{2}-\d{2}\.json$/),
      filters: [{ name: 'Tiefgang backup', extensions: ['json'] }],
    });
    // The JSON export is a full backup that the store reads back.
    const backup = await readDataFile(join(dir, 'exports', 'backup.json'));
    expect(backup.people.map((p) => p.displayName).sort()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(outputs['people-csv']).toContain('Grace Hopper');
    expect(outputs['encounters-csv']?.split('\n')[0]).toMatch(/date/i);
    expect(outputs.vcard?.match(/BEGIN:VCARD/g)).toHaveLength(2);
    // Personal data: the exported files are readable by their owner only.
    if (process.platform !== 'win32')
      expect((await stat(join(dir, 'exports', 'people.csv'))).mode & 0o077).toBe(0);
  });

  it('refuses to export over the data file, and explains a folder it cannot write to', async () => {
    const s = await start();
    await addPeople(s, 'Ada');
    const before = await readFile(dataFile, 'utf8');
    s.saveAs.path = dataFile;
    s.click('export.people-csv');
    await vi.waitFor(() => expect(s.lastBox()?.message).toContain('is the data file itself'));
    expect(await readFile(dataFile, 'utf8')).toBe(before);

    s.saveAs.path = join(dir, 'no-such-folder', 'people.csv');
    s.click('export.people-csv');
    await vi.waitFor(() =>
      expect(s.lastBox()).toMatchObject({
        type: 'error',
        message: `The export to ${s.saveAs.path} failed: ENOENT`,
        detail: expect.stringContaining('data file was not changed'),
      }),
    );
    expect(await readFile(dataFile, 'utf8')).toBe(before);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const s = await start();
    s.saveAs.path = undefined;
    s.click('export.json');
    await vi.waitFor(() => expect(s.showSaveDialog).toHaveBeenCalled());
    expect(s.electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('shows the data file in the file manager', async () => {
    const s = await start();
    s.click('openDataFolder');
    expect(s.electron.shell.showItemInFolder).toHaveBeenCalledWith(dataFile);
  });

  it('opens the local user guide in the UI language, and says where it should be when it is missing', async () => {
    const s = await start({ isPackaged: false });
    s.click('userGuide');
    const guideDir = join(dir, 'userData', 'docs'); // the fake's getAppPath() is userData
    await vi.waitFor(() =>
      expect(s.lastBox()).toMatchObject({
        type: 'error',
        message: `The user guide is not installed: ${join(guideDir, 'user-guide.en.html')} was not found.`,
      }),
    );
    expect(s.electron.shell.openPath).not.toHaveBeenCalled();

    await mkdir(guideDir, { recursive: true });
    await writeFile(join(guideDir, 'user-guide.en.md'), '# Tiefgang\n');
    await writeFile(join(guideDir, 'user-guide.de.md'), '# Tiefgang\n');
    s.click('userGuide');
    await vi.waitFor(() =>
      expect(s.electron.shell.openPath).toHaveBeenCalledWith(join(guideDir, 'user-guide.en.md')),
    );
    expect(s.electron.shell.openExternal).not.toHaveBeenCalled();

    const update = s.ipcHandlers.get('settings.update')!;
    await update(senderAt('app://tiefgang/index.html'), { language: 'de' });
    await vi.waitFor(() => expect(s.item('userGuide').label).toBe('Benutzerhandbuch'));
    s.click('userGuide');
    await vi.waitFor(() =>
      expect(s.electron.shell.openPath).toHaveBeenLastCalledWith(join(guideDir, 'user-guide.de.md')),
    );
  });

  it('reports a guide the system cannot open', async () => {
    const s = await start({ isPackaged: false });
    const guideDir = join(dir, 'userData', 'docs');
    await mkdir(guideDir, { recursive: true });
    await writeFile(join(guideDir, 'user-guide.en.html'), '<!doctype html><title>Guide</title>');
    s.electron.shell.openPath.mockResolvedValueOnce('No application is associated with this file');
    s.click('userGuide');
    await vi.waitFor(() =>
      expect(s.lastBox()?.message).toBe(
        `The user guide ${join(guideDir, 'user-guide.en.html')} could not be opened: No application is associated with this file`,
      ),
    );
  });

  it('shows the version and the data file in the about dialog', async () => {
    const s = await start();
    s.click('about');
    await vi.waitFor(() =>
      expect(s.lastBox()).toMatchObject({
        type: 'info',
        title: 'About Tiefgang',
        message: 'Tiefgang 0.1.0',
        detail: expect.stringContaining(`Data file: ${dataFile}`),
      }),
    );
    expect(String(s.lastBox()?.detail)).toMatch(/Node\.js \d+\.\d+/);
  });
});

describe('menu action helpers', () => {
  it('finds the guide in the UI language, HTML first, then English', () => {
    const files = new Set([
      '/r/docs/user-guide.en.html',
      '/r/docs/user-guide.de.md',
      '/src/docs/user-guide.en.md',
    ]);
    const exists = (path: string) => files.has(path);
    expect(findUserGuide(['/r/docs'], 'de', exists)).toEqual({
      found: true,
      path: '/r/docs/user-guide.de.md',
    });
    expect(findUserGuide(['/r/docs'], 'en', exists)).toEqual({
      found: true,
      path: '/r/docs/user-guide.en.html',
    });
    expect(findUserGuide(['/x', '/src/docs'], 'de', exists)).toEqual({
      found: true,
      path: '/src/docs/user-guide.en.md',
    });
    expect(findUserGuide(['/x'], 'de', exists)).toEqual({ found: false, expected: '/x/user-guide.de.html' });
  });

  it('looks for the guide beside app.asar when installed, in docs/ when run from the sources', () => {
    expect(userGuideDirs({ isPackaged: true, appPath: '/opt/Tiefgang/resources/app.asar' })).toEqual([
      '/opt/Tiefgang/resources/docs',
    ]);
    expect(userGuideDirs({ isPackaged: false, appPath: '/home/ada/tiefgang' })).toEqual([
      '/home/ada/tiefgang/docs',
    ]);
  });

  it('proposes a dated file with the right extension and a translated filter', () => {
    const t = createShellI18n('de').t;
    expect(exportDialogOptions('vcard', t, '/home/ada/Dokumente', '2026-03-05')).toEqual({
      title: 'Exportieren',
      defaultPath: '/home/ada/Dokumente/tiefgang-contacts-2026-03-05.vcf',
      filters: [{ name: 'vCard-Kontakte', extensions: ['vcf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    expect(exportDialogOptions('encounters-csv', t, '/d', '2026-03-05').defaultPath).toBe(
      '/d/tiefgang-encounters-2026-03-05.csv',
    );
  });
});

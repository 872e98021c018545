// The main window: secure web preferences, remembered bounds (restored only on a visible display),
// shown once ready.
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, focusWindow, secureWebPreferences } from '../../electron/main/window';
import {
  boundsToRestore,
  DEFAULT_SIZE,
  readWindowState,
  writeWindowState,
} from '../../electron/main/window-state';

class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = [];
  bounds = { x: 0, y: 0, width: 0, height: 0 };
  maximized = false;
  shown = false;
  loaded: string | undefined;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeWindow.created.push(this);
  }
  loadURL(url: string) {
    this.loaded = url;
    return Promise.resolve();
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  show() {
    this.shown = true;
  }
  getNormalBounds() {
    return this.bounds;
  }
}

const display = (x: number, y: number, width: number, height: number) => ({
  workArea: { x, y, width, height },
});
let dir: string;
let stateFile: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-window-'));
  stateFile = join(dir, 'window-state.json');
  FakeWindow.created = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function open(displays = [display(0, 0, 1920, 1080)], log = vi.fn()) {
  return createMainWindow({
    BrowserWindow: FakeWindow as never,
    screen: { getAllDisplays: () => displays as never },
    preloadPath: '/app/out/preload/index.cjs',
    stateFile,
    url: 'app://tiefgang/index.html',
    title: 'Tiefgang',
    log,
  }) as unknown as FakeWindow;
}

describe('secure web preferences', () => {
  it('isolate, sandbox and keep Node out of every window', () => {
    const window = open();
    expect(FakeWindow.created).toHaveLength(1);
    const prefs = window.options.webPreferences;
    expect(prefs).toEqual(secureWebPreferences('/app/out/preload/index.cjs'));
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('loads the app URL and shows the window only when it is ready', () => {
    const window = open();
    expect(window.loaded).toBe('app://tiefgang/index.html');
    expect(window.options.show).toBe(false);
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });
});

describe('window state', () => {
  it('opens with the default size the first time', () => {
    const window = open();
    expect(window.options).toMatchObject(DEFAULT_SIZE);
    expect(window.options.x).toBeUndefined();
  });

  it('saves position, size and maximised state on close and restores them next time', async () => {
    const first = open();
    first.bounds = { x: 100, y: 80, width: 1000, height: 700 };
    first.maximized = true;
    first.emit('close');
    expect(JSON.parse(await readFile(stateFile, 'utf8'))).toEqual({
      x: 100,
      y: 80,
      width: 1000,
      height: 700,
      maximized: true,
    });
    const second = open();
    expect(second.options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 });
    second.emit('ready-to-show');
    expect(second.maximized).toBe(true);
  });

  it('does not restore a position on a display that is gone', async () => {
    writeWindowState(stateFile, { x: 2500, y: 100, width: 1000, height: 700, maximized: false });
    const window = open([display(0, 0, 1920, 1080)]);
    expect(window.options.x).toBeUndefined();
    expect(window.options).toMatchObject(DEFAULT_SIZE);
    // …but does on the second monitor while it is connected.
    const docked = open([display(0, 0, 1920, 1080), display(1920, 0, 2560, 1440)]);
    expect(docked.options).toMatchObject({ x: 2500, y: 100 });
  });

  it('ignores a damaged state file and logs a state that cannot be saved', async () => {
    await writeFile(stateFile, '{"x": "left"');
    expect(readWindowState(stateFile)).toBeUndefined();
    expect(open().options).toMatchObject(DEFAULT_SIZE);
    await writeFile(stateFile, JSON.stringify({ x: 1, y: 2, width: -5, height: 3 }));
    expect(readWindowState(stateFile)).toBeUndefined();

    const log = vi.fn();
    const blocked = join(dir, 'file-not-folder');
    await writeFile(blocked, 'x');
    const window = createMainWindow({
      BrowserWindow: FakeWindow as never,
      screen: { getAllDisplays: () => [] },
      preloadPath: '/p.cjs',
      stateFile: join(blocked, 'window-state.json'),
      url: 'app://tiefgang/index.html',
      title: 'Tiefgang',
      log,
    }) as unknown as FakeWindow;
    window.emit('close');
    expect(log).toHaveBeenCalledWith('could not save the window position', expect.any(Error));
  });

  it('boundsToRestore clamps a window larger than its display and needs a visible title area', () => {
    const screen = [{ x: 0, y: 0, width: 1366, height: 768 }];
    expect(
      boundsToRestore({ x: 0, y: 0, width: 3000, height: 2000, maximized: false }, screen).bounds,
    ).toEqual({
      x: 0,
      y: 0,
      width: 1366,
      height: 768,
    });
    // Only a 50-pixel sliver is on screen: not enough to grab.
    expect(
      boundsToRestore({ x: 1316, y: 0, width: 800, height: 600, maximized: false }, screen).bounds,
    ).toEqual(DEFAULT_SIZE);
  });
});

describe('focusWindow', () => {
  it('restores a minimised window and brings it to the front', () => {
    const window = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    focusWindow(window);
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

// Stand-ins for Electron's main-process modules (the binary cannot run here). They record what the
// shell registers so tests can drive it: IPC handlers, protocol handler, session handlers, windows, the
// application menu. Shared by the tests that start the whole shell (shell-app, menu-app,
// security-checklist).
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { vi } from 'vitest';

export interface FakeOptions {
  userData: string;
  gotLock?: boolean;
  isPackaged?: boolean;
  /** Button indexes the user "clicks" in message boxes, in order. */
  answers?: number[];
  languages?: string[];
}

// biome-ignore lint/suspicious/noExplicitAny: a stand-in accepts whatever Electron would pass.
type AnyFn = (...args: any[]) => any;

export class FakeContents extends EventEmitter {
  send = vi.fn<AnyFn>();
  reload = vi.fn<AnyFn>();
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  isDestroyed() {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

/** A window; each fake has its own subclass that records its windows (FakeWindowClass). */
export class FakeWindow extends EventEmitter {
  webContents = new FakeContents();
  closed = false;
  visible = false;
  minimized = true;
  focused = false;
  url: string | undefined;
  constructor(readonly options: Record<string, unknown>) {
    super();
  }
  loadURL(url: string) {
    this.url = url;
    return Promise.resolve();
  }
  show() {
    this.visible = true;
  }
  focus() {
    this.focused = true;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  maximize() {}
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1000, height: 700 };
  }
  isDestroyed() {
    return this.closed;
  }
}

export interface FakeWindowClass {
  new (options: Record<string, unknown>): FakeWindow;
  /** Every window opened, closed ones included. */
  windows: FakeWindow[];
  getAllWindows(): FakeWindow[];
}

export function fakeElectron(options: FakeOptions) {
  let resolveReady = () => {};
  const ready = { promise: new Promise<void>((r) => (resolveReady = r)), resolve: () => resolveReady() };
  const answers = [...(options.answers ?? [])];

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? true,
    getPath: vi.fn((name: string) => (name === 'userData' ? options.userData : join(options.userData, name))),
    requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
    quit: vi.fn<AnyFn>(),
    whenReady: vi.fn(() => ready.promise),
    getPreferredSystemLanguages: () => options.languages ?? ['de-AT'],
    getSystemLocale: () => 'de-AT',
    getLocale: () => 'de',
    getVersion: () => '0.1.0',
    getAppPath: () => options.userData,
  });

  const windows: FakeWindow[] = [];
  class FakeBrowserWindow extends FakeWindow {
    static windows = windows;
    static getAllWindows() {
      return windows.filter((w) => !w.closed);
    }
    constructor(options: Record<string, unknown>) {
      super(options);
      windows.push(this);
      // Like Electron: every new web contents is announced on the app.
      app.emit('web-contents-created', {}, this.webContents);
    }
  }

  const ipcHandlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow as FakeWindowClass,
    dialog: {
      showMessageBox: vi.fn(async (_box: Record<string, unknown>) => ({ response: answers.shift() ?? 0 })),
      showErrorBox: vi.fn<AnyFn>(),
    },
    ipcMain: {
      handle: vi.fn((channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) => {
        ipcHandlers.set(channel, handler);
      }),
      removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn<AnyFn>(),
      handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
        protocolHandlers.set(scheme, handler);
      }),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn<AnyFn>(),
        setPermissionCheckHandler: vi.fn<AnyFn>(),
        setDevicePermissionHandler: vi.fn<AnyFn>(),
        webRequest: { onBeforeRequest: vi.fn<AnyFn>() },
      },
    },
    shell: {
      openExternal: vi.fn(async (_url: string) => {}),
      openPath: vi.fn(async (_path: string) => ''),
      showItemInFolder: vi.fn<AnyFn>(),
    },
    // The application menu (menu.ts): the template as built, and which one is the app's menu.
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn<AnyFn>(),
    },
  };

  return {
    electron,
    ready,
    ipcHandlers,
    protocolHandlers,
    FakeBrowserWindow: FakeBrowserWindow as FakeWindowClass,
  };
}

/** An IPC event as sent by a top-level frame showing `url`. */
export function senderAt(url: string) {
  return { senderFrame: { url, parent: null } };
}

/**
 * The main window: the secure web preferences, the remembered bounds, shown only once painted.
 * Electron is passed in (not imported) so tests can check every option without a display.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Screen, WebPreferences } from 'electron';
import { boundsToRestore, MIN_SIZE, readWindowState, writeWindowState } from './window-state';

/** The web preferences of every window Tiefgang opens; the Electron security checklist in code. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

export interface MainWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  screen: Pick<Screen, 'getAllDisplays'>;
  preloadPath: string;
  /** userData/window-state.json */
  stateFile: string;
  /** app://tiefgang/index.html, or the dev server's URL. */
  url: string;
  title: string;
  /** Where failures that must not stop the app are reported (a window state that cannot be saved). */
  log: (message: string, error?: unknown) => void;
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const workAreas = deps.screen.getAllDisplays().map((display) => display.workArea);
  const { bounds, maximized } = boundsToRestore(readWindowState(deps.stateFile), workAreas);
  const window = new deps.BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: deps.title,
    show: false,
    backgroundColor: '#0f1720',
    webPreferences: secureWebPreferences(deps.preloadPath),
  });

  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });

  window.on('close', () => {
    try {
      const { x, y, width, height } = window.getNormalBounds();
      writeWindowState(deps.stateFile, { x, y, width, height, maximized: window.isMaximized() });
    } catch (error) {
      deps.log('could not save the window position', error);
    }
  });

  window.loadURL(deps.url).catch((error: unknown) => deps.log(`could not load ${deps.url}`, error));
  return window;
}

/** Brings a window to the front (used when a second instance is started). */
export function focusWindow(window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

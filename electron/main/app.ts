/**
 * The main process, wired: security first (scheme, session, guards), then the data file, the IPC and
 * the window. Electron's modules come in as arguments, so a test can start the whole shell with fakes
 * and a real store in a temp folder; `index.ts` passes the real ones.
 */
import { basename, join } from 'node:path';
import type {
  App,
  BrowserWindow,
  Dialog,
  IpcMain,
  Menu,
  MessageBoxOptions,
  Protocol,
  Screen,
  Session,
  Shell,
  WebContents,
} from 'electron';
import type { i18n } from 'i18next';
import { localeFor } from '../../shared/i18n/resources';
import { createOriginPolicy } from '../app-page/origin';
import { registerAppProtocol, registerAppScheme } from '../app-page/protocol';
import { type AppCore, openAppCore } from '../core';
import { saveDataFileLocation } from '../data-location';
import { createLockedCore } from '../locked-core';
import { createSessionVault, type KeyVault, vaultUnlock } from '../services/encryption/key-vault';
import type { Unlock } from '../store/file-format';
import type { BackupInfo } from '../store/types';
import { type CoreSwitch, createCoreSwitch } from './core-switch';
import { createCrashReporter, handleRendererGone, installCrashHandlers } from './crash';
import { resolveDataFile } from './data-file';
import { createDataMover } from './data-move';
import { createShellI18n } from './i18n';
import { createImportFileChooser } from './import-dialog';
import { createSenderCheck, forwardEvents, registerIpc } from './ipc';
import { createKeychain, type SafeStorageLike } from './keychain';
import { createFileLog } from './log-file';
import { buildMenuTemplate, installMenu } from './menu';
import { createMenuActions, userGuideDirs } from './menu-actions';
import { createPrintActions } from './print-actions';
import { guardWebContents, installSessionSecurity } from './security';
import { claimSingleInstance } from './single-instance';
import { openInteractively } from './startup';
import { createMainWindow, focusWindow } from './window';

export interface ElectronModules {
  app: App;
  BrowserWindow: typeof BrowserWindow;
  /**
   * `showSaveDialog` is needed for saving prints (without it those channels answer `forbidden`);
   * `showOpenDialog` for importing files of any size (without it the window sends the file's bytes).
   */
  dialog: Pick<Dialog, 'showMessageBox' | 'showErrorBox'> &
    Partial<Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>>;
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  screen: Pick<Screen, 'getAllDisplays'>;
  session: { readonly defaultSession: Session };
  shell: Pick<Shell, 'openExternal' | 'openPath' | 'showItemInFolder'>;
  /** Keeps keys of encrypted data files in the system's keychain; without it they last one session. */
  safeStorage?: SafeStorageLike;
}

export interface StartOptions {
  /** The folder holding main/, preload/ and renderer/ (out/ when built). */
  outDir: string;
  proc: {
    argv: readonly string[];
    env: Readonly<Record<string, string | undefined>>;
    cwd(): string;
    on(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown;
  };
  /** The store's restoreBackup: copies a backup over the data file (`unlock`: for an encrypted backup). */
  restoreBackup: (dataFile: string, backup: BackupInfo, unlock?: Unlock) => Promise<void>;
}

export interface RunningApp {
  /** The core open at start-up; after Settings → Move… `currentCore()` is the one in use. */
  core: AppCore;
  currentCore(): AppCore;
  window: BrowserWindow;
}

/**
 * Starts Tiefgang. Registers the app:// scheme synchronously (it must happen before `ready`), then
 * resolves once the window is open — or to undefined if another instance runs, the arguments are wrong
 * or the user chose to quit at a data file problem.
 */
export function startApp(electron: ElectronModules, options: StartOptions): Promise<RunningApp | undefined> {
  const { app, BrowserWindow, dialog } = electron;
  registerAppScheme(electron.protocol);

  const userData = app.getPath('userData');
  const log = createFileLog(join(userData, 'logs', 'main.log'));
  let i18n: i18n = createShellI18n('en');
  const t = () => i18n.t;
  const report = createCrashReporter({
    log,
    showErrorBox: (title, content) => dialog.showErrorBox(title, content),
    t,
  });
  installCrashHandlers(options.proc, report);

  let mainWindow: BrowserWindow | undefined;
  let openCore: AppCore | undefined;
  let openWindow: (() => BrowserWindow) | undefined;
  // A second launch brings the window forward (or reopens it, on macOS, where the app outlives it).
  const showWindow = () => {
    if (mainWindow && !mainWindow.isDestroyed()) focusWindow(mainWindow);
    else if (openWindow) mainWindow = openWindow();
  };
  if (!claimSingleInstance(app, showWindow)) return Promise.resolve(undefined);

  const policy = createOriginPolicy({
    devUrl: options.proc.env.TIEFGANG_DEV_URL,
    isPackaged: app.isPackaged,
  });
  // Only http(s) URLs reach this opener: guardWebContents calls it through openExternalSafely.
  const openExternal = (url: string) => electron.shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK -- guardWebContents passes only http: and https: URLs, re-serialised by new URL() (security.ts openExternalSafely)
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, policy, openExternal, log.error),
  );
  app.on('render-process-gone', (_event, contents: WebContents, details) => {
    void handleRendererGone(details, {
      log,
      t,
      showMessageBox: (box) => dialog.showMessageBox(box),
      reload: () => contents.reload(),
      quit: () => app.quit(),
    });
  });

  const ask = async (box: MessageBoxOptions) => (await dialog.showMessageBox(box)).response;

  return app
    .whenReady()
    .then(async (): Promise<RunningApp | undefined> => {
      const systemLocale = app.getPreferredSystemLanguages()[0] || app.getSystemLocale() || app.getLocale();
      i18n = createShellI18n(localeFor(systemLocale));

      // The application menu (menu.ts), in place before any dialog; rebuilt when the language changes.
      const menuActions = createMenuActions({
        t,
        language: () => i18n.language,
        dialog,
        shell: electron.shell,
        core: () => openCore,
        window: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined),
        documentsDir: app.getPath('documents'),
        userGuideDirs: userGuideDirs({ isPackaged: app.isPackaged, appPath: app.getAppPath() }),
        version: app.getVersion(),
        versions: process.versions,
        log: log.error,
      });
      const showMenu = () =>
        installMenu(
          electron.Menu,
          buildMenuTemplate(i18n.t, process.platform, menuActions, {
            appName: i18n.t('common:appName'),
            dev: !app.isPackaged,
          }),
        );
      showMenu();

      installSessionSecurity(electron.session.defaultSession, policy, (message) => log.warn(message));
      registerAppProtocol(electron.protocol, join(options.outDir, 'renderer'));

      const choice = resolveDataFile({
        argv: options.proc.argv,
        env: options.proc.env,
        userDataDir: userData,
        cwd: options.proc.cwd(),
      });
      if (!choice.ok) {
        await ask({
          type: 'error',
          title: t()('argument.title'),
          message: t()('argument.dbMissing'),
          buttons: [t()('buttons.quit')],
        });
        app.quit();
        return undefined;
      }
      const dataFile = choice.path;

      // Keys of encrypted data files: the system's keychain where the user asked for it, else this session.
      let vault: KeyVault = createSessionVault();
      if (electron.safeStorage) {
        const keychain = createKeychain({
          safeStorage: electron.safeStorage,
          file: join(userData, 'keys.json'),
          log: log.error,
        });
        await keychain.load();
        vault = keychain;
      }

      // Printing acts on the main window, which opens after the core: the actions look it up when called.
      const showSaveDialog = dialog.showSaveDialog?.bind(dialog);
      const print = showSaveDialog
        ? createPrintActions({
            window: () => mainWindow,
            showSaveDialog: (parent, box) => (parent ? showSaveDialog(parent, box) : showSaveDialog(box)),
            defaultFolder: () => app.getPath('documents'),
            t,
          })
        : undefined;
      const showOpenDialog = dialog.showOpenDialog?.bind(dialog);
      const chooseImportFile = showOpenDialog
        ? createImportFileChooser({
            window: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined),
            showOpenDialog: (parent, box) => (parent ? showOpenDialog(parent, box) : showOpenDialog(box)),
            defaultFolder: () => app.getPath('downloads'),
            t,
          })
        : undefined;
      // Settings → Data file → "Move…" (data-move.ts) needs the save dialog and the core switch below.
      let moveDataFile:
        | ((file: string) => Promise<{ path: string; keptAs?: string } | undefined>)
        | undefined;
      const openCoreAt = (file: string, unlock: Unlock = vaultUnlock(vault)) =>
        openAppCore({
          dataFile: file,
          version: app.getVersion(),
          systemLocale,
          validateResponses: !app.isPackaged,
          logger: log,
          unlock,
          // Import previews run in this worker thread, so the window never waits for a large file.
          importWorker: join(options.outDir, 'main', 'import-worker.cjs'),
          // Settings → Data file → "Show in folder" and "Move…"; Encryption → keychain.
          desktop: {
            ...(print ? { print } : {}),
            ...(chooseImportFile ? { chooseImportFile } : {}),
            openFolder: async (path: string) => electron.shell.showItemInFolder(path),
            ...(showSaveDialog ? { moveDataFile: (path: string) => moveDataFile!(path) } : {}),
            keys: vault,
          },
        });
      let cores: CoreSwitch | undefined;
      // An encrypted data file whose key this session and the keychain lack: the window opens on the
      // unlock screen (locked-core.ts), and the real core takes over once the passphrase fits.
      const openOrLock = async (): Promise<AppCore> => {
        try {
          return await openCoreAt(dataFile);
        } catch (error) {
          const code = (error as { code?: unknown }).code;
          if (code !== 'store-encrypted' && code !== 'store-passphrase-wrong') throw error;
          return createLockedCore({
            dataFile,
            version: app.getVersion(),
            systemLocale,
            vault,
            validateResponses: !app.isPackaged,
            logger: log,
            open: (unlock) => openCoreAt(dataFile, unlock),
            onUnlocked: (unlocked) => {
              cores?.replace(unlocked);
              openCore = unlocked;
              void followLanguage();
            },
          });
        }
      };
      const core = await openInteractively({
        open: openOrLock,
        ask: ({ choices: _choices, ...box }) => ask(box),
        restore: (backup) => options.restoreBackup(dataFile, backup, vaultUnlock(vault)),
        dataFile,
        t: i18n.t,
        log: log.error,
      });
      if (!core) {
        app.quit();
        return undefined;
      }
      // From here on the open core can change (a moved data file, an unlocked one): everything asks the switch.
      cores = createCoreSwitch(core);
      const switcher = cores;
      if (!core.locked) openCore = core;
      if (showSaveDialog) {
        moveDataFile = createDataMover({
          cores: {
            current: switcher.current,
            hold: switcher.hold,
            replace: (next) => {
              switcher.replace(next);
              openCore = next;
            },
          },
          openCore: openCoreAt,
          chooseTarget: async (current) => {
            const box = {
              title: i18n.t('dataMove:dialogTitle'),
              defaultPath: join(app.getPath('documents'), basename(current)),
              filters: [{ name: i18n.t('dataMove:filterName'), extensions: ['json'] }],
              properties: ['createDirectory' as const],
            };
            const parent = mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
            const answer = parent ? await showSaveDialog(parent, box) : await showSaveDialog(box);
            return answer.canceled ? undefined : answer.filePath || undefined;
          },
          saveLocation: (file) => saveDataFileLocation(userData, file),
          showFailure: async (failure) => {
            await ask({
              type: 'error',
              title: i18n.t('dataMove:failedTitle'),
              message: i18n.t(`dataMove:${failure.problem}`, {
                target: failure.target,
                reason: failure.reason,
              }),
              detail: i18n.t('dataMove:unchanged', { file: failure.file }),
              buttons: [i18n.t('buttons.ok')],
            });
          },
          log: log.error,
        });
      }

      // The dialogs from here on speak the language chosen in the app (Settings), and follow its changes.
      async function followLanguage() {
        const current = cores?.current();
        if (!current || current.locked) return;
        const chosen = current.store.read().settings.language;
        const wanted = chosen === 'system' ? localeFor(systemLocale) : chosen;
        if (i18n.language === wanted) return;
        await i18n.changeLanguage(wanted);
        showMenu();
      }
      await followLanguage();
      switcher.onEvent(() => void followLanguage());

      registerIpc(electron.ipcMain, switcher.router, createSenderCheck(policy));
      forwardEvents(switcher, () => BrowserWindow.getAllWindows().map((window) => window.webContents));

      openWindow = () =>
        createMainWindow({
          BrowserWindow,
          screen: electron.screen,
          preloadPath: join(options.outDir, 'preload', 'index.cjs'),
          stateFile: join(userData, 'window-state.json'),
          url: policy.entryUrl,
          title: i18n.t('common:appName'),
          log: log.error,
        });
      mainWindow = openWindow();

      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) showWindow();
      });
      app.on('window-all-closed', () => {
        if (process.platform !== 'darwin') app.quit();
      });
      // Release the data file's lock before the process ends.
      let released = false;
      app.on('will-quit', (event) => {
        if (released) return;
        event.preventDefault();
        released = true;
        switcher
          .current()
          .close()
          .catch((error: unknown) => log.error('could not close the data file', error))
          .finally(() => app.quit());
      });

      return { core, currentCore: switcher.current, window: mainWindow };
    })
    .catch((error: unknown) => {
      report('start-up failed', error);
      app.quit();
      return undefined;
    });
}

/**
 * What the menu's own items do in the main process (menu.ts `MenuActions`): export through a native
 * save dialog, show the data folder, open the bundled user guide, the about dialog, and sending the other
 * commands to the window. Electron's parts and the core come in as functions, so tests drive every
 * action with fakes and real files.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { BrowserWindow, Dialog, MessageBoxOptions, SaveDialogOptions, Shell } from 'electron';
import type { TFunction } from 'i18next';
import { EVENT_WIRE_PREFIX } from '../../shared/ipc/channels';
import type { EventPayloadOf } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/ipc/menu-commands';
import type { AppCore } from '../core';
import { EXPORT_EXTENSIONS, type ExportFormat, exportDatabase } from '../export/index';
import { writeFileDurable } from '../store/durable-write';
import { localDay } from '../store/files';
import type { MenuActions } from './menu';

export interface MenuActionDeps {
  /** The current translations (they follow the language setting). */
  t: () => TFunction;
  /** The current UI language, for the user guide's file. */
  language: () => string;
  /** Without `showSaveDialog` (test fakes of the shell) exporting is logged as impossible. */
  dialog: Pick<Dialog, 'showMessageBox'> & Partial<Pick<Dialog, 'showSaveDialog'>>;
  shell: Pick<Shell, 'openPath' | 'showItemInFolder'>;
  /** The open app core; undefined while the data file is not open yet. */
  core: () => Pick<AppCore, 'store' | 'dataFile'> | undefined;
  /** The main window, if one is open: the target of commands and the parent of dialogs. */
  window: () => BrowserWindow | undefined;
  /** Where the save dialog starts (the user's documents folder). */
  documentsDir: string;
  /** The folders that may hold the user guide, the likeliest first (see userGuideDirs). */
  userGuideDirs: readonly string[];
  version: string;
  versions: { electron?: string; chrome?: string; node?: string };
  log: (message: string, error?: unknown) => void;
  now?: () => Date;
}

/**
 * Where the user guide (docs/user-guide.<lang>.md, or .html) is: in an installed app beside app.asar, in
 * resources/docs (electron-builder `extraResources` copies it there with its screenshots); run from the
 * sources, in docs/. `appPath` is Electron's app.getAppPath(): …/resources/app.asar when installed, the
 * project folder otherwise.
 */
export function userGuideDirs(app: { isPackaged: boolean; appPath: string }): string[] {
  return app.isPackaged ? [join(dirname(app.appPath), 'docs')] : [resolve(app.appPath, 'docs')];
}

/** The guide in the UI language (HTML first: a browser shows its screenshots), else the English one. */
export function findUserGuide(
  dirs: readonly string[],
  language: string,
  exists: (path: string) => boolean = existsSync,
): { found: true; path: string } | { found: false; expected: string } {
  const names = [...new Set([language, 'en'])].flatMap((lang) => [
    `user-guide.${lang}.html`,
    `user-guide.${lang}.md`,
  ]);
  for (const dir of dirs) {
    for (const name of names) {
      const path = join(dir, name);
      if (exists(path)) return { found: true, path };
    }
  }
  return { found: false, expected: join(dirs[0] ?? '.', names[0] ?? 'user-guide.en.html') };
}

const EXPORT_FILE_STEM: Record<ExportFormat, string> = {
  json: 'tiefgang-backup',
  'people-csv': 'tiefgang-people',
  'encounters-csv': 'tiefgang-encounters',
  vcard: 'tiefgang-contacts',
};

const EXPORT_FILTER: Record<ExportFormat, string> = {
  json: 'export.filterJson',
  'people-csv': 'export.filterCsv',
  'encounters-csv': 'export.filterCsv',
  vcard: 'export.filterVcard',
};

/** The save dialog for an export: a dated file name in the documents folder, one filter for its type. */
export function exportDialogOptions(
  format: ExportFormat,
  t: TFunction,
  documentsDir: string,
  day: string,
): SaveDialogOptions {
  const extension = EXPORT_EXTENSIONS[format];
  return {
    title: t('menu:export.title'),
    defaultPath: join(documentsDir, `${EXPORT_FILE_STEM[format]}-${day}.${extension}`),
    filters: [{ name: t(`menu:${EXPORT_FILTER[format]}`), extensions: [extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function createMenuActions(deps: MenuActionDeps): MenuActions {
  const t = (key: string, values: Record<string, unknown> = {}) =>
    deps.t()(`menu:${key}`, { name: deps.t()('common:appName'), ...values });

  /** A message box on the main window (modal there), or free-standing when there is none. */
  const show = (box: MessageBoxOptions) => {
    const window = deps.window();
    return window ? deps.dialog.showMessageBox(window, box) : deps.dialog.showMessageBox(box);
  };
  const problem = (title: string, message: string, detail: string) =>
    show({ type: 'error', title, message, detail, buttons: [t('about.ok')] });
  // Menu clicks cannot await: every failure ends in the log (and, where the user must know, a dialog).
  const run = (what: string, task: () => Promise<unknown>) => {
    task().catch((error: unknown) => deps.log(`menu: ${what} failed`, error));
  };

  return {
    send(command: MenuCommand) {
      const window = deps.window();
      if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return;
      const payload: EventPayloadOf<'menu.command'> = { command };
      window.webContents.send(`${EVENT_WIRE_PREFIX}menu.command`, payload);
    },

    exportData(format) {
      run(`export ${format}`, async () => {
        const core = deps.core();
        const saveDialog = deps.dialog.showSaveDialog?.bind(deps.dialog);
        if (!core) return;
        if (!saveDialog) throw new Error('this shell has no save dialog');
        const options = exportDialogOptions(
          format,
          deps.t(),
          deps.documentsDir,
          localDay(deps.now?.() ?? new Date()),
        );
        const window = deps.window();
        const choice = window ? await saveDialog(window, options) : await saveDialog(options);
        if (choice.canceled || !choice.filePath) return;
        const file = resolve(choice.filePath);
        // Writing the export over the data file would replace the user's data with a CSV.
        if (file === resolve(core.dataFile)) {
          await problem(t('export.title'), t('export.isDataFile', { file }), '');
          return;
        }
        try {
          await writeFileDurable(file, exportDatabase(core.store.read(), format), { mode: 0o600 });
        } catch (error) {
          deps.log(`menu: could not write the export ${file}`, error);
          const reason = (error as NodeJS.ErrnoException).code ?? String(error);
          await problem(t('export.title'), t('export.failed', { file, reason }), t('export.failedDetail'));
        }
      });
    },

    openDataFolder() {
      const core = deps.core();
      if (core) deps.shell.showItemInFolder(core.dataFile);
    },

    openUserGuide() {
      run('user guide', async () => {
        const guide = findUserGuide(deps.userGuideDirs, deps.language());
        if (!guide.found) {
          await problem(
            t('userGuide.title'),
            t('userGuide.missing', { path: guide.expected }),
            t('userGuide.detail'),
          );
          return;
        }
        // openPath answers with an error message, or '' when the file was handed to a viewer.
        const failure = await deps.shell.openPath(guide.path);
        if (failure) {
          await problem(
            t('userGuide.title'),
            t('userGuide.openFailed', { path: guide.path, reason: failure }),
            t('userGuide.detail'),
          );
        }
      });
    },

    showAbout() {
      run('about', async () => {
        const { electron = '?', chrome = '?', node = '?' } = deps.versions;
        await show({
          type: 'info',
          title: t('about.title'),
          message: t('about.message', { version: deps.version }),
          detail: t('about.detail', { dataFile: deps.core()?.dataFile ?? '—', electron, chrome, node }),
          buttons: [t('about.ok')],
        });
      });
    },
  };
}

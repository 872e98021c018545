/**
 * The application menu as data: `buildMenuTemplate` is a pure function of the translations, the platform
 * and the actions, so the whole menu (labels, roles, accelerators, what each item does) is tested without
 * Electron; `installMenu` hands it to Electron's Menu.
 *
 * Who does what:
 *  - Items that act on the window's state (quick log, import, print, undo/redo, find, views, map layouts)
 *    send a `menu.command` event; the renderer maps it to the code its buttons and shortcuts run
 *    (renderer/src/menu/use-menu-commands.ts).
 *  - Items that only the desktop can do (export to a file, show the data folder, the user guide, about)
 *    are actions of the main process (menu-actions.ts).
 *  - Text editing (cut, copy, paste, select all), zoom, full screen, window handling and quit are
 *    Electron roles: native behaviour, with our translated labels.
 *
 * Keyboard: the window handles Ctrl/Cmd+L, Z, Y, Shift+Z and 1…6 itself (renderer/src/views/nav.ts) and
 * stops those key presses, so a menu accelerator fires only for keys the page left alone — the same action
 * never runs twice. Nothing here opens a URL: the user guide is a local file (shell.openPath).
 */
import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import {
  MENU_LAYOUTS,
  MENU_VIEWS,
  type MenuCommand,
  type MenuLayout,
  type MenuView,
} from '../../shared/ipc/menu-commands';
import type { ExportFormat } from '../export/index';

export interface MenuActions {
  /** Asks the window to act (event `menu.command`). */
  send(command: MenuCommand): void;
  /** Asks where to and writes the data in `format` (main process, native save dialog). */
  exportData(format: ExportFormat): void;
  /** Shows the data file in the system's file manager. */
  openDataFolder(): void;
  /** Opens the bundled user guide (a local file) with the system's viewer. */
  openUserGuide(): void;
  /** The about dialog: name, version, where the data file is. */
  showAbout(): void;
}

export interface MenuOptions {
  /** The product name (common:appName). */
  appName: string;
  /** Development build: adds reload and developer tools to View. */
  dev: boolean;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/** Ctrl/Cmd+1…7 switch the views, as in the window (renderer/src/app/nav.ts). */
const VIEW_KEYS: Record<MenuView, string> = {
  map: 'CmdOrCtrl+1',
  people: 'CmdOrCtrl+2',
  review: 'CmdOrCtrl+3',
  agenda: 'CmdOrCtrl+4',
  plan: 'CmdOrCtrl+5',
  dashboard: 'CmdOrCtrl+6',
  settings: 'CmdOrCtrl+7',
};

const LAYOUT_LABELS: Record<MenuLayout, string> = {
  ego: 'view.layoutEgo',
  force: 'view.layoutForce',
  context: 'view.layoutContext',
};

const EXPORTS: ReadonlyArray<readonly [ExportFormat, string]> = [
  ['json', 'file.exportJson'],
  ['people-csv', 'file.exportPeopleCsv'],
  ['encounters-csv', 'file.exportEncountersCsv'],
  ['vcard', 'file.exportVcard'],
];

/**
 * Redo where each platform's users expect it: Cmd+Shift+Z on macOS, Ctrl+Y on Windows, Ctrl+Shift+Z in
 * GNOME and KDE (the window accepts all three; nav.ts).
 */
export function redoAccelerator(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Cmd+Shift+Z';
  if (platform === 'win32') return 'Ctrl+Y';
  return 'Ctrl+Shift+Z';
}

/** Quit: Cmd+Q on macOS (in the app menu), Alt+F4 on Windows, Ctrl+Q on Linux desktops. */
export function quitAccelerator(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Cmd+Q';
  if (platform === 'win32') return 'Alt+F4';
  return 'Ctrl+Q';
}

/**
 * A top-level label: `&` marks the Alt key letter on Windows and Linux (`&&` is a literal &); macOS has
 * no such keys, so the marks are removed there.
 */
export function topLabel(label: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? label.replace(/&(&?)/g, '$1') : label;
}

export function buildMenuTemplate(
  t: TFunction,
  platform: NodeJS.Platform,
  actions: MenuActions,
  options: MenuOptions,
): Item[] {
  const mac = platform === 'darwin';
  const m = (key: string, values: Record<string, unknown> = {}) =>
    t(`menu:${key}`, { name: options.appName, ...values });
  const command = (label: string, cmd: MenuCommand, accelerator?: string): Item => ({
    id: cmd,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(cmd),
  });

  const appMenu: Item = {
    label: options.appName,
    submenu: [
      { id: 'about', label: m('app.about'), click: () => actions.showAbout() },
      separator,
      // macOS users look for Settings here (Cmd+,); it opens the same view as View ▸ Settings.
      { ...command(m('app.settings'), 'view.settings', 'Cmd+,'), id: 'app.settings' },
      separator,
      { role: 'services', label: m('app.services') },
      separator,
      { role: 'hide', label: m('app.hide') },
      { role: 'hideOthers', label: m('app.hideOthers') },
      { role: 'unhide', label: m('app.showAll') },
      separator,
      { id: 'quit', role: 'quit', label: m('app.quit'), accelerator: quitAccelerator(platform) },
    ],
  };

  const file: Item = {
    label: topLabel(m('file.label'), platform),
    submenu: [
      command(m('file.quickLog'), 'quickLog', 'CmdOrCtrl+L'),
      separator,
      command(m('file.import'), 'import', 'CmdOrCtrl+O'),
      {
        id: 'export',
        label: m('file.export'),
        submenu: EXPORTS.map(([format, key]) => ({
          id: `export.${format}`,
          label: m(key),
          click: () => actions.exportData(format),
        })),
      },
      separator,
      command(m('file.print'), 'print', 'CmdOrCtrl+P'),
      separator,
      { id: 'openDataFolder', label: m('file.openDataFolder'), click: () => actions.openDataFolder() },
      separator,
      mac
        ? { role: 'close', label: m('file.close') }
        : { id: 'quit', role: 'quit', label: m('file.quit'), accelerator: quitAccelerator(platform) },
    ],
  };

  const edit: Item = {
    label: topLabel(m('edit.label'), platform),
    submenu: [
      command(m('edit.undo'), 'undo', 'CmdOrCtrl+Z'),
      command(m('edit.redo'), 'redo', redoAccelerator(platform)),
      separator,
      { role: 'cut', label: m('edit.cut') },
      { role: 'copy', label: m('edit.copy') },
      { role: 'paste', label: m('edit.paste') },
      { role: 'selectAll', label: m('edit.selectAll') },
      separator,
      command(m('edit.find'), 'find', 'CmdOrCtrl+F'),
    ],
  };

  const view: Item = {
    label: topLabel(m('view.label'), platform),
    submenu: [
      ...MENU_VIEWS.map((id) => command(m(`view.${id}`), `view.${id}`, VIEW_KEYS[id])),
      separator,
      {
        id: 'layout',
        label: m('view.layout'),
        submenu: MENU_LAYOUTS.map((id) => command(m(LAYOUT_LABELS[id]), `layout.${id}`)),
      },
      separator,
      { role: 'zoomIn', label: m('view.zoomIn') },
      { role: 'zoomOut', label: m('view.zoomOut') },
      { role: 'resetZoom', label: m('view.resetZoom') },
      separator,
      { role: 'togglefullscreen', label: m('view.fullScreen') },
      ...(options.dev
        ? [
            separator,
            { role: 'reload', label: m('view.reload') } as Item,
            { role: 'forceReload', label: m('view.forceReload') } as Item,
            { role: 'toggleDevTools', label: m('view.devTools') } as Item,
          ]
        : []),
    ],
  };

  const windowMenu: Item = {
    label: m('window.label'),
    // 'window' and 'help' make macOS add its window list and help search to these menus.
    role: 'window',
    submenu: [
      { role: 'minimize', label: m('window.minimize') },
      { role: 'zoom', label: m('window.zoom') },
      separator,
      { role: 'front', label: m('window.front') },
    ],
  };

  const help: Item = {
    label: topLabel(m('help.label'), platform),
    role: 'help',
    submenu: [
      {
        id: 'userGuide',
        label: m('help.userGuide'),
        ...(mac ? {} : { accelerator: 'F1' }),
        click: () => actions.openUserGuide(),
      },
      // On macOS "About" lives in the app menu.
      ...(mac
        ? []
        : [separator, { id: 'about', label: m('help.about'), click: () => actions.showAbout() } as Item]),
    ],
  };

  return mac ? [appMenu, file, edit, view, windowMenu, help] : [file, edit, view, help];
}

/** Builds the template into Electron's menu and makes it the application menu (again, after a language change). */
export function installMenu(
  MenuClass: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>,
  template: MenuItemConstructorOptions[],
): void {
  MenuClass.setApplicationMenu(MenuClass.buildFromTemplate(template));
}

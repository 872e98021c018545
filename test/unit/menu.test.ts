// The application menu as data (electron/main/menu.ts): structure per platform, translated labels in both
// languages, accelerators, and what every item does when clicked.
import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { createShellI18n } from '../../electron/main/i18n';
import {
  buildMenuTemplate,
  installMenu,
  type MenuActions,
  quitAccelerator,
  redoAccelerator,
  topLabel,
} from '../../electron/main/menu';
import { type KeyPress, type ShortcutAction, shortcutFor, VIEWS } from '../../renderer/src/app/nav';
import { LAYOUT_KINDS } from '../../renderer/src/scene/types';
import { MENU_COMMANDS, MENU_LAYOUTS, MENU_VIEWS } from '../../shared/ipc/menu-commands';

type Item = MenuItemConstructorOptions;
const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

function fakeActions() {
  return {
    send: vi.fn(),
    exportData: vi.fn(),
    openDataFolder: vi.fn(),
    openUserGuide: vi.fn(),
    showAbout: vi.fn(),
  } satisfies MenuActions;
}

function tFor(language: 'en' | 'de'): TFunction {
  return createShellI18n(language).t;
}

function build(platform: NodeJS.Platform, language: 'en' | 'de' = 'en', dev = false) {
  const actions = fakeActions();
  const template = buildMenuTemplate(tFor(language), platform, actions, { appName: 'Tiefgang', dev });
  return { template, actions };
}

/** Every item, depth first, with the labels of the menus above it. */
function walk(items: readonly Item[], path: string[] = []): { item: Item; path: string[] }[] {
  return items.flatMap((item) => {
    const here = [...path, item.label ?? item.role ?? item.type ?? '?'];
    const sub = Array.isArray(item.submenu) ? walk(item.submenu as Item[], here) : [];
    return [{ item, path: here }, ...sub];
  });
}

function find(template: readonly Item[], id: string): Item {
  const found = walk(template).find(({ item }) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found.item;
}

function submenuOf(item: Item | undefined): Item[] {
  return (item?.submenu as Item[] | undefined) ?? [];
}

/** Clicks an item the way Electron does (menu item, focused window, keyboard event). */
function click(item: Item): void {
  (item.click as (...args: unknown[]) => void)({}, undefined, {});
}

describe('menu template', () => {
  it('has File, Edit, View, Help on Windows and Linux, with Alt-key letters', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(build(platform).template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
      expect(build(platform, 'de').template.map((m) => m.label)).toEqual([
        '&Datei',
        '&Bearbeiten',
        '&Ansicht',
        '&Hilfe',
      ]);
    }
  });

  it('has the macOS app menu (about, settings, services, hide, quit) and a Window menu on macOS', () => {
    const { template } = build('darwin');
    expect(template.map((m) => m.label)).toEqual(['Tiefgang', 'File', 'Edit', 'View', 'Window', 'Help']);
    const app = submenuOf(template[0]);
    expect(app.map((i) => i.role ?? i.id ?? i.type)).toEqual([
      'about',
      'separator',
      'app.settings',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
    expect(app.map((i) => i.label).filter(Boolean)).toEqual([
      'About Tiefgang',
      'Settings…',
      'Services',
      'Hide Tiefgang',
      'Hide Others',
      'Show All',
      'Quit Tiefgang',
    ]);
    expect(find(template, 'app.settings').accelerator).toBe('Cmd+,');
    expect(find(template, 'view.settings').accelerator).toBe('CmdOrCtrl+7');
    expect(template[4]).toMatchObject({ role: 'window' });
    expect(submenuOf(template[4]).map((i) => i.role ?? i.type)).toEqual([
      'minimize',
      'zoom',
      'separator',
      'front',
    ]);
    // File closes the window on macOS (the app quits from its own menu); Help has no About there.
    expect(submenuOf(template[1]).at(-1)).toMatchObject({ role: 'close', label: 'Close Window' });
    expect(walk(submenuOf(template[5])).map(({ item }) => item.id)).toEqual(['userGuide']);
  });

  it('speaks German on macOS too, without the Alt-key marks', () => {
    const { template } = build('darwin', 'de');
    expect(template.map((m) => m.label)).toEqual([
      'Tiefgang',
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Fenster',
      'Hilfe',
    ]);
    expect(
      submenuOf(template[0])
        .map((i) => i.label)
        .filter(Boolean),
    ).toEqual([
      'Über Tiefgang',
      'Einstellungen …',
      'Dienste',
      'Tiefgang ausblenden',
      'Andere ausblenden',
      'Alle einblenden',
      'Tiefgang beenden',
    ]);
  });

  it('lays out File, Edit, View and Help as the issue asks (Linux, English)', () => {
    const { template } = build('linux');
    const labels = (menu: Item | undefined) =>
      submenuOf(menu).map((i) => (i.type === 'separator' ? '—' : i.label));
    expect(labels(template[0])).toEqual([
      'Log Encounter…',
      '—',
      'Import…',
      'Export',
      '—',
      'Print…',
      '—',
      'Show Data Folder',
      '—',
      'Quit',
    ]);
    expect(labels(find(template, 'export'))).toEqual([
      'Full Backup (JSON)…',
      'People (CSV)…',
      'Encounters (CSV)…',
      'Contacts (vCard)…',
    ]);
    expect(labels(template[1])).toEqual([
      'Undo',
      'Redo',
      '—',
      'Cut',
      'Copy',
      'Paste',
      'Select All',
      '—',
      'Find Person…',
    ]);
    expect(labels(template[2])).toEqual([
      'Map',
      'People',
      'Review',
      'Agenda',
      'Plan',
      'Dashboard',
      'Settings',
      '—',
      'Map Layout',
      '—',
      'Zoom In',
      'Zoom Out',
      'Actual Size',
      '—',
      'Toggle Full Screen',
    ]);
    expect(labels(find(template, 'layout'))).toEqual(['Rings', 'Network', 'By context']);
    expect(labels(template[3])).toEqual(['User Guide', '—', 'About Tiefgang']);
  });

  it('uses the window’s own view and layout names in German', () => {
    const { template } = build('win32', 'de');
    expect(
      submenuOf(template[2])
        .slice(0, 7)
        .map((i) => i.label),
    ).toEqual(['Karte', 'Personen', 'Überprüfen', 'Agenda', 'Plan', 'Übersicht', 'Einstellungen']);
    expect(submenuOf(find(template, 'layout')).map((i) => i.label)).toEqual([
      'Ringe',
      'Netzwerk',
      'Nach Kontext',
    ]);
    expect(find(template, 'quit').label).toBe('Beenden');
    expect(find(template, 'print').label).toBe('Drucken …');
  });

  it.each(PLATFORMS)(
    'translates every label in both languages on %s (no keys, no nesting left)',
    (platform) => {
      for (const language of ['en', 'de'] as const) {
        const { template } = build(platform, language, true);
        for (const { item, path } of walk(template)) {
          if (item.type === 'separator') continue;
          expect(item.label, path.join(' › ')).toMatch(/\S/);
          expect(item.label, path.join(' › ')).not.toMatch(/menu:|\$t\(|[{}]|^(app|file|edit|view|help)\./);
        }
      }
      // The two languages really differ (a missing German key would fall back to English).
      const en = walk(build(platform, 'en').template).map(({ item }) => item.label);
      const de = walk(build(platform, 'de').template).map(({ item }) => item.label);
      expect(en).toHaveLength(de.length);
      const same = en.filter((label, i) => label === de[i] && label !== undefined);
      // Only the product name, "Agenda" and "Plan" (the same words in German) are the same in both.
      expect(same).toEqual(platform === 'darwin' ? ['Tiefgang', 'Agenda', 'Plan'] : ['Agenda', 'Plan']);
    },
  );

  it('uses Electron roles for text editing, zoom, full screen and window handling', () => {
    const { template } = build('linux');
    const roles = walk(template)
      .map(({ item }) => item.role)
      .filter(Boolean);
    expect(roles).toEqual([
      'quit',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
      'help',
    ]);
  });

  it('offers reload and developer tools only in a development build', () => {
    const roles = (dev: boolean) => walk(build('linux', 'en', dev).template).map(({ item }) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });
});

describe('menu actions', () => {
  it.each(PLATFORMS)(
    'sends every window command once from the %s menu (Settings twice on macOS), and nothing else',
    (platform) => {
      const { template, actions } = build(platform);
      for (const { item } of walk(template)) if (item.click) click(item);
      const sent = actions.send.mock.calls.map(([command]) => command);
      const expected = platform === 'darwin' ? [...MENU_COMMANDS, 'view.settings'] : [...MENU_COMMANDS];
      expect([...sent].sort()).toEqual(expected.sort());
      expect(actions.exportData.mock.calls.map(([format]) => format)).toEqual([
        'json',
        'people-csv',
        'encounters-csv',
        'vcard',
      ]);
      expect(actions.openDataFolder).toHaveBeenCalledTimes(1);
      expect(actions.openUserGuide).toHaveBeenCalledTimes(1);
      expect(actions.showAbout).toHaveBeenCalledTimes(1);
    },
  );

  it('names an item after the command it sends', () => {
    const { template, actions } = build('linux');
    for (const command of MENU_COMMANDS) {
      actions.send.mockClear();
      click(find(template, command));
      expect(actions.send).toHaveBeenCalledWith(command);
    }
  });

  it('knows the same views and layouts as the window', () => {
    expect([...MENU_VIEWS]).toEqual([...VIEWS]);
    expect([...MENU_LAYOUTS]).toEqual([...LAYOUT_KINDS]);
  });

  it('installs the built menu as the application menu', () => {
    const Menu = { buildFromTemplate: vi.fn((t: Item[]) => ({ built: t })), setApplicationMenu: vi.fn() };
    const { template } = build('linux');
    installMenu(Menu as never, template);
    expect(Menu.buildFromTemplate).toHaveBeenCalledWith(template);
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith({ built: template });
  });
});

describe('accelerators', () => {
  const MODIFIERS = new Set([
    'Command',
    'Cmd',
    'Control',
    'Ctrl',
    'CommandOrControl',
    'CmdOrCtrl',
    'Alt',
    'Option',
    'AltGr',
    'Shift',
    'Super',
    'Meta',
  ]);
  const KEY =
    /^([A-Z0-9]|F([1-9]|1[0-9]|2[0-4])|Plus|Space|Tab|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc|[,./;'[\]\\`=-])$/;

  it.each(PLATFORMS)('are valid Electron accelerators and unique on %s', (platform) => {
    const { template } = build(platform, 'en', true);
    const seen = new Map<string, string>();
    for (const { item, path } of walk(template)) {
      if (!item.accelerator) continue;
      const parts = String(item.accelerator).split('+');
      const key = parts.pop()!;
      for (const modifier of parts) expect(MODIFIERS.has(modifier), `${item.accelerator}`).toBe(true);
      expect(key, `${item.accelerator}`).toMatch(KEY);
      // CmdOrCtrl and the platform's own name for it are the same key.
      const normalised = String(item.accelerator)
        .replace(/CmdOrCtrl|CommandOrControl/, platform === 'darwin' ? 'Cmd' : 'Ctrl')
        .toLowerCase();
      expect(seen.get(normalised), `${path.join(' › ')} and ${seen.get(normalised)}`).toBeUndefined();
      seen.set(normalised, path.join(' › '));
    }
  });

  it('quit and redo follow each platform', () => {
    expect(quitAccelerator('darwin')).toBe('Cmd+Q');
    expect(quitAccelerator('win32')).toBe('Alt+F4');
    expect(quitAccelerator('linux')).toBe('Ctrl+Q');
    expect(redoAccelerator('darwin')).toBe('Cmd+Shift+Z');
    expect(redoAccelerator('win32')).toBe('Ctrl+Y');
    expect(redoAccelerator('linux')).toBe('Ctrl+Shift+Z');
    expect(find(build('darwin').template, 'quit').accelerator).toBe('Cmd+Q');
    expect(find(build('win32').template, 'quit').accelerator).toBe('Alt+F4');
    expect(find(build('linux').template, 'redo').accelerator).toBe('Ctrl+Shift+Z');
    expect(find(build('win32').template, 'userGuide').accelerator).toBe('F1');
    expect(find(build('darwin').template, 'userGuide').accelerator).toBeUndefined();
  });

  /** The key press an accelerator stands for, as the window's keydown handler sees it. */
  function pressOf(accelerator: string, mac: boolean): KeyPress {
    const parts = accelerator.split('+');
    const key = parts.pop()!;
    const has = (...names: string[]) => parts.some((p) => names.includes(p));
    const command = has('CmdOrCtrl', 'CommandOrControl');
    return {
      key: key.toLowerCase(),
      ctrlKey: has('Ctrl', 'Control') || (command && !mac),
      metaKey: has('Cmd', 'Command') || (command && mac),
      shiftKey: has('Shift'),
      altKey: has('Alt'),
      inTextField: false,
      inDialog: false,
    };
  }

  const expected: Partial<Record<string, ShortcutAction>> = {
    quickLog: { kind: 'quickLog' },
    undo: { kind: 'undo' },
    redo: { kind: 'redo' },
    ...Object.fromEntries(MENU_VIEWS.map((view) => [`view.${view}`, { kind: 'view', view }])),
  };

  it.each(PLATFORMS)(
    'the window itself handles the keys of its menu items on %s, so no action runs twice',
    (platform) => {
      const mac = platform === 'darwin';
      const { template } = build(platform);
      for (const [id, action] of Object.entries(expected)) {
        const item = find(template, id);
        expect(shortcutFor(pressOf(String(item.accelerator), mac), mac), `${id} ${item.accelerator}`).toEqual(
          action,
        );
      }
    },
  );

  it('topLabel keeps the Alt-key marks except on macOS', () => {
    expect(topLabel('&File', 'linux')).toBe('&File');
    expect(topLabel('&File', 'darwin')).toBe('File');
    expect(topLabel('Save && &Close', 'darwin')).toBe('Save & Close');
  });
});

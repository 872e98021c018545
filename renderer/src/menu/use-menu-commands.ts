/**
 * The application menu's commands (event `menu.command`, sent by electron/main/menu.ts) mapped to what
 * the window's own buttons and shortcuts do.
 *
 *  - `useMenuCommands(client, actions)` (once, in App): quick log, undo/redo, the views, find, import;
 *    the rest is offered to the components that own that state.
 *  - `useMenuCommand(handler)` (in such a component): the map's layouts; print with the options on
 *    screen (without a taker, print opens the preview with its defaults). The handler answers
 *    true when it took the command. A command that arrives before its component is shown (Layout ▸
 *    Network while the People view is open) waits briefly for it to mount.
 *
 * Like the keyboard shortcuts (views/nav.ts), nothing but native text editing happens while a dialog is
 * open, and Undo/Redo in a text field undo the typing, not the last saved change.
 */
import { useEffect, useRef } from 'react';
import type { MenuCommand, MenuLayout, MenuView } from '../../../shared/ipc/menu-commands';
import type { Client } from '../api/client';
import { requestPrint } from '../print/print-request';

export interface MenuCommandActions {
  quickLog(): void;
  undo(): void;
  redo(): void;
  setView(view: MenuView): void;
}

/** Answers true when it handled the command. */
export type MenuCommandHandler = (command: MenuCommand) => boolean;

const handlers = new Set<MenuCommandHandler>();
/** A command no mounted component took yet, and until when it may still be taken. */
let pending: { command: MenuCommand; until: number } | undefined;
export const PENDING_MS = 2000;

function offer(command: MenuCommand): boolean {
  for (const handler of [...handlers]) if (handler(command)) return true;
  return false;
}

/**
 * Adds a taker of menu commands; it is first offered a command that is still waiting (see
 * dispatchMenuCommand). Returns the function that removes it.
 */
export function subscribeMenuCommand(handler: MenuCommandHandler): () => void {
  const entry: MenuCommandHandler = (command) => handler(command);
  handlers.add(entry);
  if (pending && pending.until >= Date.now() && entry(pending.command)) pending = undefined;
  return () => {
    handlers.delete(entry);
  };
}

/** Lets a component act on menu commands while it is mounted (see the file comment). */
export function useMenuCommand(handler: MenuCommandHandler): void {
  const current = useRef(handler);
  current.current = handler;
  useEffect(() => subscribeMenuCommand((command) => current.current(command)), []);
}

/**
 * Sends `command` to the components, keeping it for one that mounts within PENDING_MS (after a view
 * change); a newer command replaces a waiting one. Answers whether a mounted component took it.
 */
export function dispatchMenuCommand(command: MenuCommand): boolean {
  pending = undefined;
  if (offer(command)) return true;
  pending = { command, until: Date.now() + PENDING_MS };
  return false;
}

/** The map layout a command asks for (`layout.force` → 'force'), for the map view's useMenuCommand. */
export function layoutOf(command: MenuCommand): MenuLayout | undefined {
  return command.startsWith('layout.') ? (command.slice('layout.'.length) as MenuLayout) : undefined;
}

export function isTextField(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable || element instanceof HTMLTextAreaElement) return true;
  return (
    element instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'file', 'color'].includes(element.type)
  );
}

function isShown(element: Element): boolean {
  return (
    element instanceof HTMLElement && element.getClientRects().length > 0 && !element.closest('[hidden]')
  );
}

/** Focuses the first shown element matching `selector`, waiting up to ~1 s for a view to render it. */
function focusWhenShown(selector: string, frames = 60): void {
  const target = [...document.querySelectorAll(selector)].find(isShown);
  if (target instanceof HTMLElement) {
    target.scrollIntoView({ block: 'center' });
    target.focus();
    return;
  }
  if (frames > 0) requestAnimationFrame(() => focusWhenShown(selector, frames - 1));
}

/** The search fields of the views: the map's person search, the People filter. */
const SEARCH_FIELD = 'main input[type="search"]';
/** The file picker of the import section (Settings). */
const IMPORT_FIELD = '.import-panel input[type="file"]';

/** What the window does for one command; exported for the browser test's direct checks. */
export function runMenuCommand(command: MenuCommand, actions: MenuCommandActions): void {
  // A modal <dialog>, or the print preview (a modal role="dialog").
  const inDialog = document.querySelector('dialog[open], [role="dialog"][aria-modal="true"]') !== null;
  if (command === 'undo' || command === 'redo') {
    // In a text field the menu's Undo is the field's own (macOS routes Cmd+Z through the menu).
    if (isTextField(document.activeElement)) {
      document.execCommand(command);
      return;
    }
    if (!inDialog) actions[command]();
    return;
  }
  if (inDialog) return;
  switch (command) {
    case 'quickLog':
      actions.quickLog();
      return;
    case 'find':
      if ([...document.querySelectorAll(SEARCH_FIELD)].some(isShown)) focusWhenShown(SEARCH_FIELD);
      else {
        actions.setView('people');
        focusWhenShown(SEARCH_FIELD);
      }
      return;
    case 'import':
      actions.setView('settings');
      focusWhenShown(IMPORT_FIELD);
      return;
    case 'print':
      // A mounted view may open the preview with what it shows (useMenuCommand); else the defaults.
      if (!offer(command)) requestPrint();
      return;
    default:
      if (command.startsWith('view.')) {
        actions.setView(command.slice('view.'.length) as MenuView);
      } else if (command.startsWith('layout.')) {
        actions.setView('map');
        dispatchMenuCommand(command);
      }
  }
}

/** Subscribes the window to the menu's commands (in App, once). */
export function useMenuCommands(client: Pick<Client, 'on'>, actions: MenuCommandActions): void {
  const current = useRef(actions);
  current.current = actions;
  useEffect(() => client.on.menuCommand(({ command }) => runMenuCommand(command, current.current)), [client]);
}

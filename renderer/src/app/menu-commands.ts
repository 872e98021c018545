/**
 * The application menu's commands (event `menu.command`, sent by electron/main/menu.ts) go to the app
 * store's `command` action, which changes the state the views read: Layout ▸ Network sets the map's
 * layout and shows the map, whether or not the map was mounted; nothing waits for a view to appear.
 *
 * The window's own guards stay here: while a dialog is open only native text editing happens, and
 * Undo/Redo in a text field undo the typing, not the last saved change (as the shortcuts do).
 */
import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc/menu-commands';
import type { AppStore } from '../store/app-store';
import { useAppStore, useClient } from '../store/context';

export function isTextField(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable || element instanceof HTMLTextAreaElement) return true;
  return (
    element instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'file', 'color'].includes(element.type)
  );
}

/** A modal <dialog> or the print preview (a modal role="dialog") is open. */
export function dialogOpen(): boolean {
  return document.querySelector('dialog[open], [role="dialog"][aria-modal="true"]') !== null;
}

/** What the window does for one command. */
export function runMenuCommand(command: MenuCommand, store: Pick<AppStore, 'actions'>): void {
  if (command === 'undo' || command === 'redo') {
    // In a text field the menu's Undo is the field's own (macOS routes Cmd+Z through the menu).
    if (isTextField(document.activeElement)) {
      document.execCommand(command);
      return;
    }
    if (!dialogOpen()) store.actions.command(command);
    return;
  }
  if (dialogOpen()) return;
  store.actions.command(command);
}

/** Subscribes the window to the menu's commands (in App, once). */
export function useMenuCommands(): void {
  const client = useClient();
  const store = useAppStore();
  useEffect(() => client.on.menuCommand(({ command }) => runMenuCommand(command, store)), [client, store]);
}

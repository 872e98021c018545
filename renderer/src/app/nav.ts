/** The views of the window, in the order of the navigation and of Ctrl/Cmd+1…7. */
import { MENU_VIEWS } from '../../../shared/ipc/menu-commands';
import type { ViewId } from '../store/app-store';

export const VIEWS = MENU_VIEWS;

/** What a key press asks for, or undefined. Pure, so the mapping is tested without a browser. */
export type ShortcutAction =
  | { kind: 'quickLog' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'view'; view: ViewId };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The key press happened in a text field (its own undo applies there). */
  inTextField: boolean;
  /** A dialog is open (only its own keys apply). */
  inDialog: boolean;
}

export function shortcutFor(press: KeyPress, isMac: boolean): ShortcutAction | undefined {
  const command = isMac ? press.metaKey : press.ctrlKey;
  if (!command || press.altKey) return undefined;
  const key = press.key.toLowerCase();
  if (key === 'l' && !press.shiftKey) return press.inDialog ? undefined : { kind: 'quickLog' };
  if (press.inDialog || press.inTextField) return undefined;
  if (key === 'z') return press.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
  if (key === 'y' && !isMac && !press.shiftKey) return { kind: 'redo' };
  const index = Number(press.key) - 1;
  if (!press.shiftKey && Number.isInteger(index) && index >= 0 && index < VIEWS.length) {
    return { kind: 'view', view: VIEWS[index]! };
  }
  return undefined;
}

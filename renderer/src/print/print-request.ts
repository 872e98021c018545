/** The print shortcut (the store's `openPrint` opens the preview). */

/** Ctrl+P (Cmd+P on macOS), without Shift or Alt. */
export function isPrintShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): boolean {
  return (
    (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p'
  );
}

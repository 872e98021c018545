/**
 * How the rest of the window opens the print preview: `requestPrint()` from a button, a menu command or
 * the map view, optionally with what is on screen (layout, filters, ties) as the starting options.
 * A window event keeps the print preview independent of who asks.
 */
import type { PrintOptionsInput } from '../../../shared/print/options';

export const PRINT_REQUEST_EVENT = 'tiefgang:print';

export type PrintRequest = Partial<Omit<PrintOptionsInput, 'asOf'>> & { asOf?: string };

export function requestPrint(initial: PrintRequest = {}): void {
  window.dispatchEvent(new CustomEvent<PrintRequest>(PRINT_REQUEST_EVENT, { detail: initial }));
}

/** Ctrl+P (Cmd+P on macOS), without Shift or Alt. */
export function isPrintShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): boolean {
  return (
    (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p'
  );
}

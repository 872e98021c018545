/**
 * What opening the print preview may ask for (store action `openPrint`): the starting options, such as
 * what the map shows (layout, filters, ties, date). And the print shortcut.
 */
import type { PrintOptionsInput } from '../../../shared/print/options';

export type PrintRequest = Partial<Omit<PrintOptionsInput, 'asOf'>> & { asOf?: string };

/** Ctrl+P (Cmd+P on macOS), without Shift or Alt. */
export function isPrintShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): boolean {
  return (
    (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p'
  );
}

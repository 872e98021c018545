/** When the welcome shows, and how workflow messages reach the window's status line. Pure. */
import type { Snapshot } from '../../../shared/ipc/contract';
import type { HistoryNotice } from '../undo/use-history';

/** The welcome shows while nothing was ever recorded: no people, no encounters, no contexts, and it was never answered. */
export function showWelcome(
  snapshot: Pick<Snapshot, 'people' | 'encounters' | 'contexts' | 'settings'>,
): boolean {
  return (
    snapshot.settings.onboarded !== true &&
    snapshot.people.length === 0 &&
    snapshot.encounters.length === 0 &&
    snapshot.contexts.length === 0
  );
}

export interface StatusMessage {
  key: string;
  values?: Record<string, string | number>;
}

/** A translated message (or an undo/redo notice) as the status line's key and values. */
/** `translate`: i18next's `t` (the undo label and error are put into words once, when they happen). */
export type Translate = (key: string, values: Record<string, unknown>) => string;

export function workflowStatus(
  message: string | HistoryNotice,
  translate: Translate = (key) => key,
): StatusMessage {
  if (typeof message === 'string') return { key: 'workflow:message', values: { message } };
  if (message.kind === 'failed') {
    return {
      key: message.direction === 'undo' ? 'workflow:undo.undoFailed' : 'workflow:undo.redoFailed',
      values: {
        message: translate(`errors:${message.error.code}`, { message: message.error.message }) as string,
      },
    };
  }
  return {
    key: message.kind === 'undone' ? 'workflow:undo.undone' : 'workflow:undo.redone',
    values: { what: translate(message.label.key, message.label.values ?? {}) },
  };
}

/**
 * What the app does when its data file cannot be opened at start: explain it in a dialog instead of
 * crashing, and let the user decide (try again, restore the newest backup, start empty, quit).
 * The dialog is described as plain data and the loop takes its effects as functions, so all of this is
 * tested without Electron.
 */
import type { TFunction } from 'i18next';
import type { BackupInfo, CorruptReason, LockInfo } from '../store/types';
import { describeStoreFailure } from '../store-messages';

export type StartupChoice = 'retry' | 'restore' | 'start-empty' | 'quit';

export interface StartupDialog {
  type: 'error' | 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  /** The choice behind each button, by index. */
  choices: StartupChoice[];
  defaultId: number;
  cancelId: number;
}

/** The facts the store's open errors carry (electron/store/errors.ts). */
interface OpenErrorFacts {
  code?: unknown;
  message?: unknown;
  dataFile?: string;
  lockFile?: string;
  holder?: LockInfo;
  corruptPath?: string;
  reason?: CorruptReason;
  backups?: readonly BackupInfo[];
  fileVersion?: number;
  supportedVersion?: number;
}

function reasonText(reason: CorruptReason | undefined, t: TFunction): string {
  switch (reason?.kind) {
    case 'empty':
      return t('dataFile.reason.empty');
    case 'syntax':
      return reason.line !== undefined
        ? t('dataFile.reason.syntax', { line: reason.line, column: reason.column ?? 0 })
        : t('dataFile.reason.syntaxNoPosition');
    case 'format':
      return t('dataFile.reason.format', { message: reason.message });
    case 'validation': {
      const first = reason.issues[0];
      return t('dataFile.reason.validation', {
        count: reason.issues.length + reason.moreIssues,
        first: first ? (first.path ? `${first.path}: ${first.message}` : first.message) : '',
      });
    }
    default:
      return t('dataFile.reason.syntaxNoPosition');
  }
}

function buttons(entries: Array<[StartupChoice, string]>, cancel: StartupChoice) {
  return {
    buttons: entries.map(([, label]) => label),
    choices: entries.map(([choice]) => choice),
    defaultId: 0,
    cancelId: entries.findIndex(([choice]) => choice === cancel),
  };
}

/** Turns an error from `openStore` (or anything else thrown while opening) into a dialog. */
export function describeOpenError(error: unknown, dataFile: string, t: TFunction): StartupDialog {
  const facts = (typeof error === 'object' && error !== null ? error : {}) as OpenErrorFacts;
  const file = facts.dataFile ?? dataFile;
  const title = t('dataFile.title');
  const retryQuit = buttons(
    [
      ['retry', t('buttons.retry')],
      ['quit', t('buttons.quit')],
    ],
    'quit',
  );

  switch (facts.code) {
    case 'store-locked': {
      const holder = facts.holder;
      const message = holder
        ? t('dataFile.locked', { file, pid: holder.pid, host: holder.hostname, since: holder.startedAt })
        : t('dataFile.lockedBusy', { file });
      return {
        type: 'warning',
        title,
        message,
        detail: t('dataFile.lockedDetail', { lockFile: facts.lockFile ?? `${file}.lock` }),
        ...retryQuit,
      };
    }
    case 'store-corrupt': {
      const newest = facts.backups?.[0];
      const detail = [
        facts.corruptPath ? t('dataFile.corruptMoved', { corruptPath: facts.corruptPath }) : '',
        newest
          ? t('dataFile.corruptBackup', { day: newest.day, backup: newest.path })
          : t('dataFile.corruptNoBackup'),
      ]
        .filter(Boolean)
        .join('\n\n');
      const entries: Array<[StartupChoice, string]> = [];
      if (newest) entries.push(['restore', t('buttons.restoreBackup', { day: newest.day })]);
      entries.push(['start-empty', t('buttons.startEmpty')], ['quit', t('buttons.quit')]);
      return {
        type: 'error',
        title,
        message: t('dataFile.corrupt', { file, reason: reasonText(facts.reason, t) }),
        detail,
        ...buttons(entries, 'quit'),
      };
    }
    case 'store-too-new':
      return {
        type: 'error',
        title,
        message: t('dataFile.tooNew', {
          file,
          fileVersion: facts.fileVersion ?? '?',
          supportedVersion: facts.supportedVersion ?? '?',
        }),
        detail: t('dataFile.tooNewDetail'),
        ...buttons([['quit', t('buttons.quit')]], 'quit'),
      };
    default: {
      // The store names what it was doing and the real cause (a dangling link, a full disk…).
      const named = describeStoreFailure(error, t, file);
      return {
        type: 'error',
        title,
        message:
          named ??
          t('dataFile.io', {
            file,
            reason: typeof facts.message === 'string' ? facts.message : String(error),
          }),
        detail: t('dataFile.ioDetail'),
        ...retryQuit,
      };
    }
  }
}

export interface OpenInteractivelyDeps<Core> {
  open: () => Promise<Core>;
  /** Shows the dialog and resolves to the index of the chosen button. */
  ask: (dialog: StartupDialog) => Promise<number>;
  /** Restores `backup` over the data file (the store's restoreBackup). */
  restore: (backup: BackupInfo) => Promise<void>;
  dataFile: string;
  t: TFunction;
  log: (message: string, error?: unknown) => void;
}

/**
 * Opens the core, asking the user what to do for as long as it fails. Resolves to the core, or to
 * undefined when the user chose to quit. After a corrupt file was moved aside, opening again starts
 * from an empty file, so "start empty" is simply another attempt; a failed restore shows why and
 * then the same choice again (never an empty file the user did not ask for).
 */
export async function openInteractively<Core>(deps: OpenInteractivelyDeps<Core>): Promise<Core | undefined> {
  let failure: { error: unknown } | undefined;
  for (;;) {
    if (!failure) {
      try {
        return await deps.open();
      } catch (error) {
        deps.log(`could not open ${deps.dataFile}`, error);
        failure = { error };
      }
    }
    const dialog = describeOpenError(failure.error, deps.dataFile, deps.t);
    const choice = dialog.choices[await deps.ask(dialog)] ?? 'quit';
    if (choice === 'quit') return undefined;
    if (choice !== 'restore') {
      failure = undefined;
      continue;
    }
    const newest = (failure.error as OpenErrorFacts).backups?.[0];
    if (!newest) continue;
    try {
      await deps.restore(newest);
      failure = undefined;
    } catch (restoreError) {
      deps.log(`could not restore ${newest.path}`, restoreError);
      await deps.ask({
        type: 'error',
        title: dialog.title,
        message: deps.t('dataFile.restoreFailed', { reason: errorMessage(restoreError) }),
        detail: '',
        ...buttons([['retry', deps.t('buttons.ok')]], 'retry'),
      });
    }
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Why a store could not be opened or written. Each error carries a `code` (StoreOpenErrorCode) and the
 * facts a caller needs to tell the user what happened and what to do: the CLI and the app translate
 * them; the English `message` is for logs and for the IPC error message.
 */
import { AppError } from '../errors';
import type { BackupInfo, CorruptReason, LockInfo } from './types';

/** Another live process holds the lock file. */
export class StoreLockedError extends AppError {
  override readonly code = 'store-locked' as const;
  constructor(
    readonly dataFile: string,
    readonly lockFile: string,
    readonly holder: LockInfo | undefined,
  ) {
    super('store-locked', lockedMessage(dataFile, lockFile, holder));
    this.name = 'StoreLockedError';
  }
}

function lockedMessage(dataFile: string, lockFile: string, holder: LockInfo | undefined): string {
  if (!holder) {
    return `${dataFile} is being opened by another process right now (lock file ${lockFile}). Try again in a moment.`;
  }
  return (
    `${dataFile} is in use by another Tiefgang process (pid ${holder.pid} on ${holder.hostname}, since ` +
    `${holder.startedAt}). Close that Tiefgang window or command and try again. If that process no longer ` +
    `exists, delete ${lockFile}.`
  );
}

/**
 * The file could not be parsed, migrated or validated. It has already been moved aside to
 * `corruptPath` (its bytes untouched); `backups` lists the daily backups, newest first.
 */
export class StoreCorruptError extends Error {
  readonly code = 'store-corrupt' as const;
  constructor(
    readonly dataFile: string,
    readonly corruptPath: string,
    readonly reason: CorruptReason,
    readonly backups: readonly BackupInfo[],
  ) {
    super(
      `${dataFile} could not be read: ${describeReason(reason)}. It was moved aside to ${corruptPath}; nothing ` +
        `in it was changed. ${backups[0] ? `The newest backup is ${backups[0].path}.` : 'There is no backup.'}`,
    );
    this.name = 'StoreCorruptError';
  }
}

/**
 * A file that was only read (a backup to restore, or the data file opened read-only) is not a good
 * Tiefgang file. Unlike StoreCorruptError, nothing was moved.
 */
export class StoreUnreadableError extends Error {
  readonly code = 'store-corrupt' as const;
  constructor(
    readonly file: string,
    readonly reason: CorruptReason,
  ) {
    super(`${file} could not be read: ${describeReason(reason)}. The file was not changed.`);
    this.name = 'StoreUnreadableError';
  }
}

/**
 * The file was written by a newer Tiefgang. It is left exactly where it is: it is not damaged, this
 * version just cannot read it.
 */
export class StoreTooNewError extends Error {
  readonly code = 'store-too-new' as const;
  constructor(
    readonly dataFile: string,
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `${dataFile} was written by a newer Tiefgang (data format ${fileVersion}; this version reads up to ` +
        `${supportedVersion}). Update Tiefgang to open it; the file was not changed.`,
    );
    this.name = 'StoreTooNewError';
  }
}

/** Reading or writing failed at the operating-system level (permissions, disk full…). */
export class StoreIoError extends AppError {
  override readonly code = 'store-io' as const;
  constructor(
    readonly dataFile: string,
    readonly operation: string,
    override readonly cause: unknown,
  ) {
    super('store-io', `Could not ${operation} ${dataFile}: ${errorText(cause)}. Nothing was changed.`);
    this.name = 'StoreIoError';
  }

  /** The system error code (`EACCES`, `ENOSPC`…), if there is one. */
  get systemCode(): string | undefined {
    return (this.cause as NodeJS.ErrnoException | undefined)?.code;
  }
}

/** The reason as one sentence, e.g. `JSON syntax error at line 3, column 17: …`. */
export function describeReason(reason: CorruptReason): string {
  switch (reason.kind) {
    case 'empty':
      return 'the file is empty';
    case 'syntax':
      return reason.line !== undefined
        ? `JSON syntax error at line ${reason.line}, column ${reason.column}: ${reason.message}`
        : `JSON syntax error: ${reason.message}`;
    case 'format':
      return reason.message;
    case 'validation':
      return `invalid data: ${reason.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}${
        reason.moreIssues ? ` (and ${reason.moreIssues} more)` : ''
      }`;
  }
}

export function errorText(e: unknown): string {
  if (e instanceof Error)
    return (e as NodeJS.ErrnoException).code
      ? `${(e as NodeJS.ErrnoException).code} ${e.message}`
      : e.message;
  return String(e);
}

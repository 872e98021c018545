/**
 * Why a store could not be opened or written. Each error carries a `code` (StoreOpenErrorCode) and the
 * facts a caller needs to tell the user what happened and what to do: the CLI and the app translate
 * them; the English `message` is for logs and for the IPC error message.
 */
import { dirname, join } from 'node:path';
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

/**
 * The data file (or a backup) is encrypted and cannot be opened with what was given: no passphrase
 * (`store-encrypted`) or one that does not fit (`store-passphrase-wrong`). Nothing was touched.
 */
export class StoreEncryptedError extends Error {
  readonly code: 'store-encrypted' | 'store-passphrase-wrong';
  constructor(
    readonly dataFile: string,
    readonly reason: 'needed' | 'wrong',
  ) {
    const code = reason === 'needed' ? 'store-encrypted' : 'store-passphrase-wrong';
    super(
      reason === 'needed'
        ? `${dataFile} is encrypted: it opens only with its passphrase. Nothing was changed.`
        : `The passphrase does not fit ${dataFile}. Nothing was changed; try again.`,
    );
    this.code = code;
    this.name = 'StoreEncryptedError';
  }
}

/** What the store was doing when the operating system refused. */
export type StoreAction =
  | 'create-folder'
  | 'open'
  | 'lock'
  | 'read'
  | 'create'
  | 'write'
  | 'backup'
  | 'move-aside';

/**
 * The cause in words a person can act on. `dangling-link` and `read-only` are found by the store
 * itself (a link to nothing, a data file without write permission); the others come from the system's
 * error code.
 */
export type StoreProblem =
  | 'dangling-link'
  | 'read-only'
  | 'no-permission'
  | 'disk-full'
  | 'read-only-disk'
  | 'not-a-folder'
  | 'is-a-folder'
  | 'missing'
  | 'other';

const PROBLEM_OF_CODE: Readonly<Record<string, StoreProblem>> = {
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only-disk',
  ENOTDIR: 'not-a-folder',
  EEXIST: 'not-a-folder',
  EISDIR: 'is-a-folder',
  ENOTEMPTY: 'is-a-folder',
  ENOENT: 'missing',
};

/** English words for the log and the IPC message (the CLI and the app translate `problem` themselves). */
const PROBLEM_TEXT: Readonly<Record<StoreProblem, string>> = {
  'dangling-link': 'it is a link to a file that does not exist',
  'read-only': 'the data file is read-only',
  'no-permission': 'no permission to write there',
  'disk-full': 'the disk is full',
  'read-only-disk': 'the disk is read-only',
  'not-a-folder': 'there is a file of that name where a folder belongs',
  'is-a-folder': 'there is a folder of that name where a file belongs',
  missing: 'it does not exist',
  other: 'the system refused',
};

const ACTION_TEXT: Readonly<Record<StoreAction, string>> = {
  'create-folder': 'The folder for the data file could not be created',
  open: 'The data file could not be opened',
  lock: 'The data file could not be locked',
  read: 'The data file could not be read',
  create: 'The new data file could not be created',
  write: 'The change could not be saved',
  backup: 'Today’s backup could not be made',
  'move-aside': 'The damaged data file could not be moved aside',
};

/**
 * Reading or writing failed at the operating-system level (permissions, disk full, a file where the
 * backups folder belongs…), or the data file cannot be used as it is (a dangling link, read-only).
 * Carries what the store was doing (`action`), the cause (`problem`) and the place it concerns
 * (`where`: the backups folder for a backup, the data file's folder for a write…), so messages name
 * the real cause instead of "the data file could not be used".
 */
export class StoreIoError extends AppError {
  override readonly code = 'store-io' as const;
  readonly action: StoreAction;
  readonly problem: StoreProblem;
  readonly where: string;
  constructor(
    readonly dataFile: string,
    action: StoreAction,
    override readonly cause: unknown,
    details: { problem?: StoreProblem; where?: string; linkTarget?: string } = {},
  ) {
    const problem = details.problem ?? problemOf(cause);
    const where = details.where ?? defaultWhere(dataFile, action, cause);
    super('store-io', ioMessage(dataFile, action, problem, where, cause, details.linkTarget));
    this.name = 'StoreIoError';
    this.action = action;
    this.problem = problem;
    this.where = where;
    if (details.linkTarget !== undefined) this.linkTarget = details.linkTarget;
  }

  /** For `dangling-link`: where the link points. */
  readonly linkTarget?: string;

  /** The system error code (`EACCES`, `ENOSPC`…), if there is one. */
  get systemCode(): string | undefined {
    return (this.cause as NodeJS.ErrnoException | undefined)?.code;
  }
}

function problemOf(cause: unknown): StoreProblem {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return (code && PROBLEM_OF_CODE[code]) || 'other';
}

/** A write goes to a temp file in the data file's folder: that folder is what needs room and permission. */
function defaultWhere(dataFile: string, action: StoreAction, cause: unknown): string {
  if (action === 'backup') return join(dirname(dataFile), 'backups');
  if (action === 'write' || action === 'create' || action === 'lock' || action === 'create-folder')
    return dirname(dataFile);
  const path = (cause as NodeJS.ErrnoException | undefined)?.path;
  return typeof path === 'string' ? path : dataFile;
}

function ioMessage(
  dataFile: string,
  action: StoreAction,
  problem: StoreProblem,
  where: string,
  cause: unknown,
  linkTarget: string | undefined,
): string {
  if (problem === 'dangling-link')
    return `${dataFile} is a link to ${linkTarget ?? '?'}, which does not exist. Restore that file or remove the link; nothing was changed.`;
  if (problem === 'read-only')
    return `${dataFile} is read-only, so Tiefgang cannot save changes to it. Allow writing to it, or open a copy; nothing was changed.`;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const detail =
    problem === 'other' ? errorText(cause) : `${PROBLEM_TEXT[problem]}${code ? ` (${code})` : ''}`;
  return `${ACTION_TEXT[action]} in ${where}: ${detail}. Nothing was changed.`;
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

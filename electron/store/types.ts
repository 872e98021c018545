/**
 * The store's public face. The main process, the CLI and the tests all use it; only `electron/store/`
 * knows how the file is written.
 */
import type { Database } from '../../shared/domain/schema';
import type { DataKey } from './encryption';
import type { Unlock } from './file-format';

export interface StoreChange {
  /** Grows by one with every acknowledged (durable) write. Not persisted; starts at 0 when opened. */
  revision: number;
}

export interface Store {
  /** Absolute path of the data file (a symlink is followed: this is its target). */
  readonly path: string;
  /** The key the file is encrypted with; undefined while encryption is off. */
  readonly key: DataKey | undefined;
  /** The current, validated data. Treat as immutable: change it only through `update`. */
  read(): Readonly<Database>;
  readonly revision: number;
  /**
   * Applies `mutate` to a copy of the data and writes the result durably (temp file, fsync, rename,
   * fsync of the folder). Resolves only once the write is durable; if `mutate` throws or the write
   * fails, the in-memory data and the file are both left exactly as they were. Updates are serialised.
   * `mutate` may replace records but must not modify existing record objects in place
   * (records are shared with earlier snapshots and cached by identity).
   */
  update<T>(mutate: (draft: Database) => T): Promise<T>;
  /** Listen to acknowledged writes. Returns an unsubscribe function. */
  onChange(listener: (change: StoreChange) => void): () => void;
  /**
   * Turns encryption on (a key from `deriveKey`) or off (null), in one durable write of the data file.
   * The file as it was is kept beside it (`keptAs`: `<name>.before-encryption-<time>.json`, encrypted
   * with the new key, or `<name>.before-decryption-<time>.json`, the old encrypted file itself), and the
   * daily backups are converted too, so no backup stays readable without the passphrase once it is on.
   * Serialised with `update`; on failure nothing has changed.
   */
  setEncryption(key: DataKey | null): Promise<{ keptAs: string }>;
  /** Releases the lock. The store is unusable afterwards. */
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** The data file. Created (empty database) if missing; its folder is created too. */
  path: string;
  /** Clock for backup names and corrupt-file timestamps; tests pass a fixed one. */
  now?: () => Date;
  /** How many daily backups to keep; defaults to the file's settings.backups.keep (14). */
  backupKeep?: number;
  /** The key of an encrypted data file (from the keychain, a passphrase…); not called for a plain file. */
  unlock?: Unlock;
  /** How long to wait for another process to release the lock before refusing (default 2000 ms). */
  lockWaitMs?: number;
}

/**
 * `openStore(options)` (electron/store/index.ts) resolves to a Store or rejects with an error carrying
 * one of these codes (classes in electron/store/errors.ts):
 * - `store-locked`: another live process holds the lock (StoreLockedError: `holder` pid/host).
 * - `store-corrupt`: the file did not parse or validate; it was moved aside (StoreCorruptError:
 *   `corruptPath`, `reason`, `backups` newest first). Opening again starts from an empty file;
 *   `restoreBackup` brings a backup back instead.
 * - `store-too-new`: written by a newer Tiefgang; left untouched (StoreTooNewError).
 * - `store-io`: the operating system refused, or the file cannot be used as it is — a dangling link, a
 *   read-only file (StoreIoError: `action`, `problem`, `where`, `systemCode` such as EACCES).
 * - `store-encrypted` / `store-passphrase-wrong`: the file is encrypted and `unlock` gave no key, or
 *   one that does not fit (StoreEncryptedError). The file was not touched.
 */
export type StoreOpenErrorCode =
  | 'store-locked'
  | 'store-corrupt'
  | 'store-too-new'
  | 'store-io'
  | 'store-encrypted'
  | 'store-passphrase-wrong';

/** The content of `<data file>.lock`. */
export interface LockInfo {
  pid: number;
  hostname: string;
  /** ISO timestamp of when the holder took the lock. */
  startedAt: string;
}

/** A daily backup beside the data file (`<dir>/backups/<name>-YYYY-MM-DD.json`). */
export interface BackupInfo {
  path: string;
  /** The calendar day (local time) it was taken, `YYYY-MM-DD`. */
  day: string;
  bytes: number;
}

/** Why a data file could not be read. */
export type CorruptReason =
  | { kind: 'empty' }
  | { kind: 'syntax'; message: string; line?: number; column?: number }
  /** Valid JSON, but not a Tiefgang data object or an unknown format version. */
  | { kind: 'format'; message: string }
  /** The first few problems, each with its path such as `encounters[3].date`. */
  | { kind: 'validation'; issues: { path: string; message: string }[]; moreIssues: number };

/**
 * The data store: `openStore` for the app and the CLI, `readDataFile` for read-only commands, and the
 * backup helpers the app offers after a corrupt file was moved aside. Everything else in this folder is
 * internal.
 */
export { listBackups, type RestoreResult, restoreBackup } from './backups';
export {
  describeReason,
  StoreCorruptError,
  StoreEncryptedError,
  StoreIoError,
  StoreLockedError,
  StoreTooNewError,
  StoreUnreadableError,
} from './errors';
export { lockPathFor } from './lock';
export { readDataFile } from './read';
export { openStore } from './store';
export type {
  BackupInfo,
  CorruptReason,
  LockInfo,
  OpenStoreOptions,
  Store,
  StoreChange,
  StoreOpenErrorCode,
} from './types';

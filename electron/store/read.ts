/**
 * Reading a data file without opening the store: no lock, nothing written, nothing moved. For commands
 * that only read (export, statistics) and for backups — safe beside a running app because every write
 * replaces the file atomically, so a reader sees one complete version.
 */
import { readFile } from 'node:fs/promises';
import { type Database, emptyDatabase, SCHEMA_VERSION } from '../../shared/domain/schema';
import { NewerFormatError, UnreadableDataError } from './decode';
import { StoreEncryptedError, StoreIoError, StoreTooNewError, StoreUnreadableError } from './errors';
import { decodeFile, KeyNeededError, type Unlock, WrongKeyError } from './file-format';
import { danglingLinkTarget } from './files';

export interface ReadOptions {
  /** The key of an encrypted file. */
  unlock?: Unlock;
}

/**
 * The validated data in `path`; an empty database if the file does not exist (but not if `path` is a
 * link to nothing: that is refused). Rejects with StoreUnreadableError (`store-corrupt`),
 * StoreTooNewError, StoreEncryptedError or StoreIoError.
 */
export async function readDataFile(path: string, options: ReadOptions = {}): Promise<Database> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      const target = await danglingLinkTarget(path);
      if (target !== undefined)
        throw new StoreIoError(path, 'read', error, { problem: 'dangling-link', linkTarget: target });
      return emptyDatabase();
    }
    throw new StoreIoError(path, 'read', error);
  }
  try {
    return (await decodeFile(bytes, options.unlock)).data;
  } catch (error) {
    throw toStoreError(path, error);
  }
}

/** A decode failure of a file that is only read, as the error callers get. */
export function toStoreError(file: string, error: unknown): unknown {
  if (error instanceof UnreadableDataError) return new StoreUnreadableError(file, error.reason);
  if (error instanceof NewerFormatError) return new StoreTooNewError(file, error.fileVersion, SCHEMA_VERSION);
  if (error instanceof KeyNeededError) return new StoreEncryptedError(file, 'needed');
  if (error instanceof WrongKeyError) return new StoreEncryptedError(file, 'wrong');
  return error;
}

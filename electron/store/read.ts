/**
 * Reading a data file without opening the store: no lock, nothing written, nothing moved. For commands
 * that only read (export, statistics) — safe beside a running app because every write replaces the file
 * atomically, so a reader sees one complete version.
 */
import { readFile } from 'node:fs/promises';
import { type Database, emptyDatabase, SCHEMA_VERSION } from '../../shared/domain/schema';
import { decodeDatabase, NewerFormatError, UnreadableDataError } from './decode';
import { StoreIoError, StoreTooNewError, StoreUnreadableError } from './errors';

/**
 * The validated data in `path`; an empty database if the file does not exist. Rejects with
 * StoreUnreadableError (`store-corrupt`), StoreTooNewError or StoreIoError.
 */
export async function readDataFile(path: string): Promise<Database> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyDatabase();
    throw new StoreIoError(path, 'read', error);
  }
  try {
    return decodeDatabase(text).data;
  } catch (error) {
    throw toStoreError(path, error);
  }
}

/** A decode failure of a file that is only read, as the error callers get. */
export function toStoreError(file: string, error: unknown): unknown {
  if (error instanceof UnreadableDataError) return new StoreUnreadableError(file, error.reason);
  if (error instanceof NewerFormatError) return new StoreTooNewError(file, error.fileVersion, SCHEMA_VERSION);
  return error;
}

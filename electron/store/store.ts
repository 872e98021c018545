/**
 * `openStore`: the lock, lowdb with the durable adapter, the corrupt-file and backup policies, and the
 * serialised, copy-on-write `update`. The contract is in types.ts; what each failure carries, in errors.ts.
 *
 * Opening a missing file creates it (an empty database, written durably) right away, so the data file is
 * where the user expects it from the first start, and a bad folder or permission shows up at open.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Low } from 'lowdb';
import { type Database, emptyDatabase, SCHEMA_VERSION } from '../../shared/domain/schema';
import { AppError } from '../errors';
import { DurableJsonFile } from './adapter';
import { listBackups, makeDailyBackup, pruneBackups, removeLeftoverBackupTemps } from './backups';
import { changeIssues, draftOf, freezeRecords } from './check-change';
import { NewerFormatError, UnreadableDataError } from './decode';
import { removeLeftoverTemps } from './durable-write';
import { StoreCorruptError, StoreIoError, StoreTooNewError } from './errors';
import { localDay, moveAside } from './files';
import { acquireLock, type HeldLock } from './lock';
import type { OpenStoreOptions, Store, StoreChange } from './types';

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const path = resolve(options.path);
  const now = options.now ?? (() => new Date());
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    throw new StoreIoError(path, 'create the folder of', error);
  }
  let lock: HeldLock;
  try {
    lock = await acquireLock(path, { now });
  } catch (error) {
    throw error instanceof AppError ? error : new StoreIoError(path, 'lock', error);
  }
  try {
    // Whatever a crashed writer left half-done is garbage now that we hold the lock.
    await removeLeftoverTemps(path);
    await removeLeftoverBackupTemps(path);
    const adapter = new DurableJsonFile(path);
    const low = new Low<Database>(adapter, emptyDatabase());
    try {
      await low.read();
    } catch (error) {
      throw await openFailure(path, error, now);
    }
    freezeRecords(low.data);
    if (!adapter.existed) {
      try {
        await low.write();
      } catch (error) {
        throw new StoreIoError(path, 'create', error);
      }
    }
    return new JsonStore(path, low, adapter, lock, now, options.backupKeep);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function openFailure(path: string, error: unknown, now: () => Date): Promise<unknown> {
  if (error instanceof NewerFormatError) return new StoreTooNewError(path, error.fileVersion, SCHEMA_VERSION);
  if (!(error instanceof UnreadableDataError)) return new StoreIoError(path, 'read', error);
  let corruptPath: string;
  try {
    corruptPath = await moveAside(path, 'corrupt', now());
  } catch (moveError) {
    return new StoreIoError(path, 'move aside the unreadable file', moveError);
  }
  return new StoreCorruptError(path, corruptPath, error.reason, await listBackups(path));
}

class JsonStore implements Store {
  #data: Database;
  #revision = 0;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;
  #backedUpDay: string | undefined;
  readonly #listeners = new Set<(change: StoreChange) => void>();
  readonly #stopWarming: () => void;

  constructor(
    readonly path: string,
    private readonly low: Low<Database>,
    adapter: DurableJsonFile,
    private readonly lock: HeldLock,
    private readonly now: () => Date,
    private readonly backupKeep: number | undefined,
  ) {
    this.#data = low.data;
    // Serialise the loaded records in the background, so the first write is as fast as the later ones.
    const all = [...low.data.people, ...low.data.contexts, ...low.data.ties, ...low.data.encounters];
    this.#stopWarming = adapter.serializer.warm(all);
  }

  get revision(): number {
    return this.#revision;
  }

  read(): Readonly<Database> {
    return this.#data;
  }

  update<T>(mutate: (draft: Database) => T): Promise<T> {
    if (this.#closed) return Promise.reject(new AppError('internal', `the store for ${this.path} is closed`));
    const result = this.#queue.then(() => this.#apply(mutate));
    this.#queue = result.catch(() => {});
    return result;
  }

  async #apply<T>(mutate: (draft: Database) => T): Promise<T> {
    const previous = this.#data;
    const draft = draftOf(previous);
    const value = mutate(draft);
    if (value instanceof Promise) {
      throw new AppError('internal', 'Store.update needs a synchronous mutate function; nothing was written');
    }
    const issues = changeIssues(previous, draft);
    if (issues.length > 0) {
      throw new AppError(
        'invalid-request',
        `the change would make the data invalid, so nothing was written: ${issues
          .slice(0, 5)
          .map((i) => `${i.path}: ${i.message}`)
          .join('; ')}`,
        Object.fromEntries(issues.map((i) => [i.path, i.message])),
      );
    }
    freezeRecords(draft, previous);
    await this.#backupIfNewDay();
    this.low.data = draft;
    try {
      await this.low.write();
    } catch (error) {
      this.low.data = previous;
      throw new StoreIoError(this.path, 'write', error);
    }
    this.#data = draft;
    this.#revision += 1;
    if (this.backupKeep === undefined && draft.settings.backups.keep < previous.settings.backups.keep) {
      // Fewer backups wanted: drop the extra ones now. The write is already durable, so a failure
      // here is not the caller's problem (the next daily backup prunes again).
      await pruneBackups(this.path, draft.settings.backups.keep).catch(() => {});
    }
    const change: StoreChange = { revision: this.#revision };
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch {
        // A listener's failure must not turn an acknowledged write into an error.
      }
    }
    return value;
  }

  async #backupIfNewDay(): Promise<void> {
    const day = localDay(this.now());
    if (day === this.#backedUpDay) return;
    const keep = this.backupKeep ?? this.#data.settings.backups.keep;
    try {
      await makeDailyBackup(this.path, day, keep);
    } catch (error) {
      throw new StoreIoError(this.path, 'back up', error);
    }
    this.#backedUpDay = day;
  }

  onChange(listener: (change: StoreChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#stopWarming();
    await this.#queue;
    this.#listeners.clear();
    await this.lock.release();
  }
}

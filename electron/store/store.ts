/**
 * `openStore`: the lock, lowdb with the durable adapter, the corrupt-file and backup policies, and the
 * serialised, copy-on-write `update`. The contract is in types.ts; what each failure carries, in errors.ts.
 *
 * Opening a missing file creates it (an empty database, written durably) right away, so the data file is
 * where the user expects it from the first start, and a bad folder or permission shows up at open. A
 * data file that is a symlink is followed (its target is the data file); a link to nothing and a file
 * the user made read-only are refused — never replaced by a new, empty database.
 */
import { link, mkdir, unlink } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Low } from 'lowdb';
import { type Database, emptyDatabase, SCHEMA_VERSION } from '../../shared/domain/schema';
import { AppError } from '../errors';
import { DurableJsonFile } from './adapter';
import {
  convertCopies,
  listBackups,
  makeDailyBackup,
  pruneBackups,
  removeLeftoverBackupTemps,
} from './backups';
import { changeIssues, draftOf, freezeRecords } from './check-change';
import { NewerFormatError, UnreadableDataError } from './decode';
import { fsyncDirectory, removeLeftoverTemps, writeFileDurable } from './durable-write';
import type { DataKey } from './encryption';
import { StoreCorruptError, StoreEncryptedError, StoreIoError, StoreTooNewError } from './errors';
import { KeyNeededError, WrongKeyError } from './file-format';
import { asideName, isReadOnlyFile, localDay, moveAside, realDataFile } from './files';
import { acquireLock, type HeldLock } from './lock';
import type { OpenStoreOptions, Store, StoreChange } from './types';
import { type CarrierIndex, carryUnknownFieldsForward, indexCarriers } from './unknown-fields';

/** A second opener waits this long for the lock before it is refused. */
const DEFAULT_LOCK_WAIT_MS = 2000;

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const requested = resolve(options.path);
  const now = options.now ?? (() => new Date());
  let path: string;
  try {
    const real = await realDataFile(requested);
    if ('danglingTo' in real) {
      throw new StoreIoError(requested, 'open', undefined, {
        problem: 'dangling-link',
        linkTarget: real.danglingTo,
      });
    }
    path = real.path;
  } catch (error) {
    throw error instanceof AppError ? error : new StoreIoError(requested, 'open', error);
  }
  if (await isReadOnlyFile(path)) throw new StoreIoError(path, 'open', undefined, { problem: 'read-only' });
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    throw new StoreIoError(path, 'create-folder', error, { where: dirname(path) });
  }
  let lock: HeldLock;
  try {
    lock = await acquireLock(path, { now, waitMs: options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS });
  } catch (error) {
    throw error instanceof AppError ? error : new StoreIoError(path, 'lock', error);
  }
  try {
    // Whatever a crashed writer left half-done is garbage now that we hold the lock.
    await removeLeftoverTemps(path);
    await removeLeftoverBackupTemps(path);
    const adapter = new DurableJsonFile(path, options.unlock);
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
    // A conversion of the backups that a crash interrupted is finished now (see setEncryption).
    if (adapter.key) await convertCopies(path, adapter.key, adapter.key).catch(() => {});
    return new JsonStore(path, low, adapter, lock, now, options.backupKeep);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function openFailure(path: string, error: unknown, now: () => Date): Promise<unknown> {
  if (error instanceof NewerFormatError) return new StoreTooNewError(path, error.fileVersion, SCHEMA_VERSION);
  if (error instanceof KeyNeededError) return new StoreEncryptedError(path, 'needed');
  if (error instanceof WrongKeyError) return new StoreEncryptedError(path, 'wrong');
  // The caller's unlock failed in its own words (a passphrase file that is not there).
  if (error instanceof AppError) return error;
  if (!(error instanceof UnreadableDataError)) return new StoreIoError(path, 'read', error);
  let corruptPath: string;
  try {
    corruptPath = await moveAside(path, 'corrupt', now());
  } catch (moveError) {
    return new StoreIoError(path, 'move-aside', moveError);
  }
  return new StoreCorruptError(path, corruptPath, error.reason, await listBackups(path));
}

class JsonStore implements Store {
  #data: Database;
  #revision = 0;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;
  #backedUpDay: string | undefined;
  /** Records holding fields this version does not know, by id (only built if the file had any). */
  #carriers: CarrierIndex | undefined;
  readonly #listeners = new Set<(change: StoreChange) => void>();
  readonly #stopWarming: () => void;

  constructor(
    readonly path: string,
    private readonly low: Low<Database>,
    private readonly adapter: DurableJsonFile,
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

  get key(): DataKey | undefined {
    return this.adapter.key;
  }

  read(): Readonly<Database> {
    return this.#data;
  }

  update<T>(mutate: (draft: Database) => T): Promise<T> {
    return this.#enqueue(() => this.#apply(mutate));
  }

  setEncryption(key: DataKey | null): Promise<{ keptAs: string }> {
    return this.#enqueue(() => this.#switchEncryption(key ?? undefined));
  }

  #enqueue<T>(work: () => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new AppError('internal', `the store for ${this.path} is closed`));
    const result = this.#queue.then(work);
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
    // Fields a newer version wrote stay on a record that an edit replaces (unknown-fields.ts).
    if (this.adapter.unknownFields > 0) {
      this.#carriers ??= indexCarriers(previous);
      carryUnknownFieldsForward(this.#carriers, draft);
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
    await this.#commit(draft, previous);
    return value;
  }

  async #commit(draft: Database, previous: Database): Promise<void> {
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
  }

  /**
   * On: the current data is kept, encrypted with the new key, as `<name>.before-encryption-<time>.json`;
   * then one durable write replaces the data file with its encrypted form; then the backups and other
   * kept copies are encrypted (a crash before that is finished at the next open, which encrypts any
   * plain copy it finds). Off: the copies are decrypted first (a crash there leaves the file encrypted,
   * and the next open encrypts them again), the encrypted file is kept as `.before-decryption-…` by a
   * hard link (its exact bytes), and one durable write replaces the data file with the plain form.
   */
  async #switchEncryption(key: DataKey | undefined): Promise<{ keptAs: string }> {
    const old = this.adapter.key;
    if (!old && !key) throw new AppError('conflict', 'the data file is not encrypted');
    // A new passphrase is "off, then on": a crash between re-encrypting the copies and the file would
    // otherwise leave copies under a key nobody has any more.
    if (old && key)
      throw new AppError('conflict', 'the data file is encrypted already; turn encryption off first');
    const data = this.#data;
    await this.#backupIfNewDay();
    let keptAs: string;
    try {
      if (key) {
        keptAs = await asideName(this.path, 'before-encryption', this.now());
        await writeFileDurable(keptAs, this.adapter.encode(data, key));
        await writeFileDurable(this.path, this.adapter.encode(data, key));
        this.adapter.key = key;
        await convertCopies(this.path, old, key);
      } else {
        await convertCopies(this.path, old, undefined);
        keptAs = await asideName(this.path, 'before-decryption', this.now());
        await link(this.path, keptAs);
        await fsyncDirectory(dirname(this.path));
        try {
          await writeFileDurable(this.path, this.adapter.encode(data, undefined));
        } catch (error) {
          await unlink(keptAs).catch(() => {});
          throw error;
        }
        this.adapter.key = undefined;
      }
    } catch (error) {
      throw error instanceof AppError ? error : new StoreIoError(this.path, 'write', error);
    }
    await this.#commit(data, data);
    return { keptAs };
  }

  async #backupIfNewDay(): Promise<void> {
    const day = localDay(this.now());
    if (day === this.#backedUpDay) return;
    const keep = this.backupKeep ?? this.#data.settings.backups.keep;
    try {
      await makeDailyBackup(this.path, day, keep);
    } catch (error) {
      throw new StoreIoError(this.path, 'backup', error);
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

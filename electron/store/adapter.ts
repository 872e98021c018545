/**
 * The lowdb adapter for the data file. lowdb's own `JSONFile` (via steno) never fsyncs and re-serialises
 * the whole document on every write; this one reads through `decodeFile` (decrypt if encrypted → parse →
 * migrate → validate) and writes with the record cache (`RecordSerializer`), encrypted when a key is set,
 * and `writeFileDurable`.
 */
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { Database } from '../../shared/domain/schema';
import { writeFileDurable } from './durable-write';
import type { DataKey } from './encryption';
import { decodeFile, encodeFile, type Unlock } from './file-format';
import { RecordSerializer } from './serialize';

export class DurableJsonFile implements Adapter<Database> {
  readonly serializer = new RecordSerializer();
  /** Set by `read()`: whether the file existed, and the format version it had before migrating. */
  existed = false;
  fileVersion: number | undefined;
  /** How many objects held fields this version does not know (kept through writes). */
  unknownFields = 0;
  /** The key writes are encrypted with; set by `read()` for an encrypted file, changed by the store. */
  key: DataKey | undefined;

  constructor(
    readonly path: string,
    private readonly unlock?: Unlock,
  ) {}

  /** Null if the file does not exist (lowdb then keeps its default data); throws if it is unreadable. */
  async read(): Promise<Database | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        this.existed = false;
        return null;
      }
      throw error;
    }
    this.existed = true;
    const { data, fileVersion, unknownFields, key } = await decodeFile(bytes, this.unlock);
    this.fileVersion = fileVersion;
    this.unknownFields = unknownFields;
    this.key = key;
    return data;
  }

  /** Resolves once the new content is durable on disk. */
  async write(data: Database): Promise<void> {
    await writeFileDurable(this.path, this.encode(data, this.key));
  }

  /** The file's bytes for `data`: encrypted with `key`, or plain without one. */
  encode(data: Database, key: DataKey | undefined): Buffer[] {
    return encodeFile(this.serializer.chunks(data), key);
  }
}

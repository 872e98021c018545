/**
 * The lowdb adapter for the data file. lowdb's own `JSONFile` (via steno) never fsyncs and re-serialises
 * the whole document on every write; this one reads through `decodeDatabase` (parse → migrate →
 * validate) and writes with the record cache (`RecordSerializer`) and `writeFileDurable`.
 */
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { Database } from '../../shared/domain/schema';
import { decodeDatabase } from './decode';
import { writeFileDurable } from './durable-write';
import { RecordSerializer } from './serialize';

export class DurableJsonFile implements Adapter<Database> {
  readonly serializer = new RecordSerializer();
  /** Set by `read()`: whether the file existed, and the format version it had before migrating. */
  existed = false;
  fileVersion: number | undefined;

  constructor(readonly path: string) {}

  /** Null if the file does not exist (lowdb then keeps its default data); throws if it is unreadable. */
  async read(): Promise<Database | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        this.existed = false;
        return null;
      }
      throw error;
    }
    this.existed = true;
    const { data, fileVersion } = decodeDatabase(text);
    this.fileVersion = fileVersion;
    return data;
  }

  /** Resolves once the new content is durable on disk. */
  async write(data: Database): Promise<void> {
    await writeFileDurable(this.path, this.serializer.chunks(data));
  }
}

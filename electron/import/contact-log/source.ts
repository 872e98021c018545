/**
 * Where an export's bytes come from: a file on disk (read in 1 MB chunks, never whole), bytes already
 * in memory, or an entry of a ZIP archive. Readers see only `chunks()`, so a 1 GB mailbox and a
 * 10 KB chat are read the same way; progress and cancelling are handled here, once.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ImportError } from '../errors';

export const CHUNK_BYTES = 1024 * 1024;

export interface ByteSource {
  /** The name shown in messages: the file's name, or `archive.zip › entry` inside an archive. */
  name: string;
  /** Size in bytes when known (0 when not), for progress. */
  size: number;
  chunks(): AsyncIterable<Uint8Array>;
  /** The first bytes, for recognising the format without reading the rest. */
  head(bytes: number): Promise<Uint8Array>;
  /** Set for a file on disk: archives are read by random access from it. */
  path?: string;
  /** Set for bytes in memory. */
  bytes?: Uint8Array;
}

export function bytesSource(name: string, bytes: Uint8Array): ByteSource {
  return {
    name,
    size: bytes.length,
    bytes,
    async *chunks() {
      for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
    },
    async head(n) {
      return bytes.subarray(0, n);
    },
  };
}

export async function fileSource(path: string, name: string): Promise<ByteSource> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ImportError('read-failed', { file: name, detail: 'it is a folder' });
    size = info.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError('read-failed', {
      file: name,
      detail: code === 'ENOENT' ? 'no such file' : String(code),
    });
  }
  return {
    name,
    size,
    path,
    async *chunks() {
      yield* createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>;
    },
    async head(n) {
      const parts: Buffer[] = [];
      let length = 0;
      for await (const chunk of createReadStream(path, {
        start: 0,
        end: Math.max(0, n - 1),
      }) as AsyncIterable<Buffer>) {
        parts.push(chunk);
        length += chunk.length;
      }
      return Buffer.concat(parts, length);
    },
  };
}

/** Reports progress and honours cancelling between chunks; the only loop readers write over bytes. */
export class Reading {
  private done = 0;
  private lastReport = -1;

  constructor(
    private readonly file: string,
    private readonly total: number,
    private readonly onProgress?: (done: number, total: number) => void,
    private readonly signal?: AbortSignal,
  ) {}

  async *chunks(source: ByteSource): AsyncIterable<Buffer> {
    for await (const chunk of source.chunks()) {
      this.check();
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
      yield buffer;
      this.advance(buffer.length);
    }
    this.check();
  }

  advance(bytes: number): void {
    this.done += bytes;
    if (!this.onProgress) return;
    // At most about 200 reports per file: the progress bar moves smoothly without flooding IPC.
    const step =
      this.total > 0 ? Math.floor((this.done * 200) / this.total) : Math.floor(this.done / (8 * CHUNK_BYTES));
    if (step !== this.lastReport) {
      this.lastReport = step;
      this.onProgress(Math.min(this.done, this.total || this.done), this.total);
    }
  }

  check(): void {
    if (this.signal?.aborted) throw new ImportError('cancelled', { file: this.file });
  }
}

/**
 * ZIP archives (an iOS WhatsApp chat, Google Takeout, LinkedIn's data archive) read with yauzl: the
 * central directory is listed, and only the entries a reader needs are inflated, as streams. yauzl
 * refuses an entry that inflates to more than its header declares; on top of that an entry whose
 * declared size or packing ratio is absurd (a zip bomb) is refused before a byte of it is inflated.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ImportError } from '../errors';
import type { ByteSource } from './source';
import type { ContactLogLimits } from './types';

/** Below this an entry may pack as tightly as it likes (a small text of repeated lines does). */
const RATIO_FREE_BYTES = 64 * 1024 * 1024;

export interface ZipEntryInfo {
  /** The path inside the archive, `/`-separated. */
  name: string;
  size: number;
  packedSize: number;
}

export class ZipArchive {
  private constructor(
    private readonly archiveName: string,
    private readonly zip: ZipFile,
    private readonly byName: Map<string, Entry>,
    readonly entries: readonly ZipEntryInfo[],
    private readonly limits: ContactLogLimits,
  ) {}

  static async open(source: ByteSource, limits: ContactLogLimits): Promise<ZipArchive> {
    const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false };
    let zip: ZipFile;
    try {
      zip = source.path
        ? await yauzl.openPromise(source.path, options)
        : await yauzl.fromBufferPromise(Buffer.from(source.bytes ?? new Uint8Array()), options);
    } catch (error) {
      throw new ImportError('bad-archive', {
        file: source.name,
        detail: (error as Error).message.slice(0, 200),
      });
    }
    if (zip.entryCount > limits.maxEntries) {
      zip.close();
      throw new ImportError('too-many', {
        file: source.name,
        limit: limits.maxEntries,
        what: 'entries',
        line: 0,
      });
    }
    const byName = new Map<string, Entry>();
    const entries: ZipEntryInfo[] = [];
    try {
      for await (const entry of zip.eachEntry()) {
        if (entry.fileName.endsWith('/')) continue;
        byName.set(entry.fileName, entry);
        entries.push({
          name: entry.fileName,
          size: entry.uncompressedSize,
          packedSize: entry.compressedSize,
        });
      }
    } catch (error) {
      zip.close();
      throw new ImportError('bad-archive', {
        file: source.name,
        detail: (error as Error).message.slice(0, 200),
      });
    }
    return new ZipArchive(source.name, zip, byName, entries, limits);
  }

  /** An entry as a source of its own, refused up front when it looks like a zip bomb. */
  entry(name: string): ByteSource {
    const entry = this.byName.get(name);
    if (!entry) throw new ImportError('read-failed', { file: this.archiveName, detail: `no entry ${name}` });
    const display = `${this.archiveName} › ${name}`;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (
      entry.uncompressedSize > this.limits.maxEntryBytes ||
      (entry.uncompressedSize > RATIO_FREE_BYTES && ratio > this.limits.maxEntryRatio)
    ) {
      throw new ImportError('zip-bomb', {
        file: this.archiveName,
        entry: name,
        size: Math.round(entry.uncompressedSize / (1024 * 1024)),
        ratio: Math.round(ratio),
      });
    }
    if (entry.isEncrypted() || !entry.canDecodeFileData()) {
      throw new ImportError('bad-archive', {
        file: this.archiveName,
        detail: `the entry ${name} is encrypted or packed in a way Tiefgang cannot unpack`,
      });
    }
    const open = async () => {
      try {
        return await this.zip.openReadStreamPromise(entry);
      } catch (error) {
        throw new ImportError('bad-archive', {
          file: display,
          detail: (error as Error).message.slice(0, 200),
        });
      }
    };
    const archive = display;
    async function* chunks(): AsyncIterable<Uint8Array> {
      const stream = await open();
      try {
        for await (const chunk of stream) yield chunk as Buffer;
      } catch (error) {
        if (error instanceof ImportError) throw error;
        throw new ImportError('bad-archive', {
          file: archive,
          detail: (error as Error).message.slice(0, 200),
        });
      } finally {
        stream.destroy();
      }
    }
    return {
      name: display,
      size: entry.uncompressedSize,
      chunks,
      async head(n) {
        const parts: Buffer[] = [];
        let length = 0;
        for await (const chunk of chunks()) {
          parts.push(chunk as Buffer);
          length += chunk.length;
          if (length >= n) break;
        }
        return Buffer.concat(parts, length).subarray(0, n);
      },
    };
  }

  close(): void {
    this.zip.close();
  }
}

/** True when the bytes start like a ZIP archive. */
export function isZip(head: Uint8Array): boolean {
  return (
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    (head[2] === 0x03 || head[2] === 0x05) &&
    (head[3] === 0x04 || head[3] === 0x06)
  );
}

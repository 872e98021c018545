/**
 * Reads a file the user chose for a preview of the general importers (vCard, CSV, iCalendar, JSON): the
 * whole file, after checking that it is a file and not larger than the importers take. Chat, call and
 * mail exports are streamed instead (contact-log/source.ts). Failures are ImportErrors that name the file.
 */
import { readFile, stat } from 'node:fs/promises';
import { ImportError } from './errors';
import { MAX_IMPORT_BYTES } from './text';

export async function readImportFile(
  path: string,
  fileName: string,
  limit: number = MAX_IMPORT_BYTES,
): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new ImportError('read-failed', { file: fileName, detail: 'it is a folder' });
    if (info.size > limit) {
      throw new ImportError('too-large', {
        file: fileName,
        size: Math.ceil(info.size / (1024 * 1024)),
        limit: limit / (1024 * 1024),
      });
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ImportError('read-failed', {
      file: fileName,
      detail: code === 'ENOENT' ? 'no such file' : code,
    });
  }
}

/**
 * Atomic and durable file replacement: the new bytes go to a temp file in the same folder, which is
 * fsynced, renamed over the target, and then the folder is fsynced so the rename itself survives a
 * power cut. A reader (or a crash at any moment) sees either the old file or the new one, never a mix.
 */
import { randomBytes } from 'node:crypto';
import { type FileHandle, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files are hidden and named after their target, so leftovers of a crash can be found again. */
export function tempPrefix(target: string): string {
  return `.${basename(target)}.tmp-`;
}

export interface DurableWriteOptions {
  /** File mode of a newly created file. The data file is private: 0o600 by default. */
  mode?: number;
}

/** `data` may be a list of byte pieces: they are written in order with one gathering write. */
export async function writeFileDurable(
  target: string,
  data: string | Uint8Array | readonly Uint8Array[],
  options: DurableWriteOptions = {},
): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `${tempPrefix(target)}${process.pid}-${randomBytes(4).toString('hex')}`);
  const handle = await open(temp, 'wx', options.mode ?? 0o600);
  try {
    try {
      if (Array.isArray(data)) await writeAll(handle, data);
      else await handle.writeFile(data as string | Uint8Array);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  await fsyncDirectory(dir);
}

/** writev, continuing after a short write (libuv already splits lists longer than IOV_MAX). */
async function writeAll(handle: FileHandle, pieces: readonly Uint8Array[]): Promise<void> {
  let rest = pieces;
  while (rest.length > 0) {
    let { bytesWritten } = await handle.writev(rest as Uint8Array[]);
    let i = 0;
    while (i < rest.length && bytesWritten >= rest[i]!.byteLength) bytesWritten -= rest[i++]!.byteLength;
    rest = i < rest.length ? [rest[i]!.subarray(bytesWritten), ...rest.slice(i + 1)] : [];
    if (i === 0 && bytesWritten === 0 && rest.length > 0 && rest[0]!.byteLength > 0) {
      throw new Error('the disk accepted no bytes');
    }
  }
}

/** Makes a rename or create in `dir` durable. Windows cannot open a folder for syncing: skipped there. */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Deletes temp files left behind by a writer that crashed between creating and renaming them. Only
 * safe while holding the store's lock (no other writer can be mid-write). Returns what it removed.
 */
export async function removeLeftoverTemps(target: string): Promise<string[]> {
  const dir = dirname(target);
  const prefix = tempPrefix(target);
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    await unlink(join(dir, name)).then(
      () => removed.push(name),
      () => {},
    );
  }
  return removed;
}

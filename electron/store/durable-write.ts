/**
 * Atomic and durable file replacement: the new bytes go to a temp file in the same folder, which is
 * fsynced, renamed over the target, and then the folder is fsynced so the rename itself survives a
 * power cut. A reader (or a crash at any moment) sees either the old file or the new one, never a mix.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files are hidden and named after their target, so leftovers of a crash can be found again. */
export function tempPrefix(target: string): string {
  return `.${basename(target)}.tmp-`;
}

export interface DurableWriteOptions {
  /** File mode of a newly created file. The data file is private: 0o600 by default. */
  mode?: number;
}

export async function writeFileDurable(
  target: string,
  data: string | Uint8Array,
  options: DurableWriteOptions = {},
): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `${tempPrefix(target)}${process.pid}-${randomBytes(4).toString('hex')}`);
  const handle = await open(temp, 'wx', options.mode ?? 0o600);
  try {
    try {
      await handle.writeFile(data);
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

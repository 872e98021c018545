/**
 * Names of the files that live beside the data file, moving a file aside without overwriting, and what
 * the data file's path really is (links followed, a dangling link or a read-only file found).
 */

import { constants as fsConstants } from 'node:fs';
import { access, lstat, readlink, realpath, rename, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fsyncDirectory } from './durable-write';

/** `tiefgang.json` → `tiefgang`. */
export function fileStem(dataFile: string): string {
  const name = basename(dataFile);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

/** `YYYY-MM-DD` of the local calendar day. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYYMMDD-HHmmss` in local time. */
export function localStamp(date: Date): string {
  return (
    `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A free name `<dir>/<stem>.<label>-<YYYYMMDD-HHmmss>.json` for a copy of `file`, adding `-2`, `-3`…
 * if that name is taken, so no earlier file is ever overwritten. Call only while holding the store lock
 * (no other Tiefgang process can pick the same name meanwhile).
 */
export async function asideName(file: string, label: string, now: Date): Promise<string> {
  const base = join(dirname(file), `${fileStem(file)}.${label}-${localStamp(now)}`);
  for (let n = 1; ; n++) {
    const target = n === 1 ? `${base}.json` : `${base}-${n}.json`;
    if (!(await exists(target))) return target;
  }
}

/** Renames `file` to `asideName(file, label, now)`; the bytes are not touched. Under the store lock. */
export async function moveAside(file: string, label: string, now: Date): Promise<string> {
  const target = await asideName(file, label, now);
  await rename(file, target);
  await fsyncDirectory(dirname(file));
  return target;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Where `path` points if it is a symbolic link whose target does not exist; undefined otherwise. */
export async function danglingLinkTarget(path: string): Promise<string | undefined> {
  const info = await lstat(path).catch(() => undefined);
  if (!info?.isSymbolicLink()) return undefined;
  if (await exists(path)) return undefined;
  const target = await readlink(path).catch(() => '?');
  return resolve(dirname(path), target);
}

/**
 * The real file behind `path`: a symlink (or a linked folder) is followed, so writes replace its target
 * and the lock and backups sit beside the target. A path that does not exist yet stays as it is (its
 * folder resolved if it exists). A link to nothing gives `danglingTo`, where it points.
 */
export async function realDataFile(path: string): Promise<{ path: string } | { danglingTo: string }> {
  try {
    return { path: await realpath(path) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const target = await danglingLinkTarget(path);
  if (target !== undefined) return { danglingTo: target };
  const folder = await realpath(dirname(path)).catch(() => dirname(path));
  return { path: join(folder, basename(path)) };
}

/**
 * Whether the data file exists but may not be written: no write permission for its owner (what
 * `chmod 444` and Windows' read-only attribute set; checked by mode because root may write anyway), or
 * the system refuses this process. Writing it would replace it by renaming, which the mode does not
 * stop — so a file the user made read-only is refused instead.
 */
export async function isReadOnlyFile(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return false;
  if ((info.mode & 0o200) === 0) return true;
  return access(path, fsConstants.W_OK).then(
    () => false,
    () => true,
  );
}

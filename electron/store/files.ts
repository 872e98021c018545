/** Names of the files that live beside the data file, and moving a file aside without overwriting. */
import { access, rename } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
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
 * Renames `file` to `<dir>/<stem>.<label>-<YYYYMMDD-HHmmss>.json`, adding `-2`, `-3`… if that name is
 * taken, so no earlier file is ever overwritten. The bytes are not touched. Call only while holding the
 * store lock (no other Tiefgang process can pick the same name meanwhile).
 */
export async function moveAside(file: string, label: string, now: Date): Promise<string> {
  const base = join(dirname(file), `${fileStem(file)}.${label}-${localStamp(now)}`);
  for (let n = 1; ; n++) {
    const target = n === 1 ? `${base}.json` : `${base}-${n}.json`;
    if (await exists(target)) continue;
    await rename(file, target);
    await fsyncDirectory(dirname(file));
    return target;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Daily backups beside the data file: `<dir>/backups/<stem>-YYYY-MM-DD.json`. Before the first write of
 * a calendar day the store copies the current (known good) file there, then keeps only the newest N.
 */

import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fsyncDirectory, writeFileDurable } from './durable-write';
import {
  type DataKey,
  decryptEnvelope,
  encryptPieces,
  envelopeOf,
  keyFits,
  looksEncrypted,
} from './encryption';
import { StoreIoError } from './errors';
import { decodeFile, type Unlock } from './file-format';
import { fileStem, moveAside, realDataFile } from './files';
import { acquireLock } from './lock';
import { toStoreError } from './read';
import type { BackupInfo } from './types';

export function backupDirFor(dataFile: string): string {
  return join(dirname(dataFile), 'backups');
}

export function backupPathFor(dataFile: string, day: string): string {
  return join(backupDirFor(dataFile), `${fileStem(dataFile)}-${day}.json`);
}

/** The daily backups of `dataFile`, newest first. */
export async function listBackups(dataFile: string): Promise<BackupInfo[]> {
  const dir = backupDirFor(resolve(dataFile));
  const pattern = new RegExp(`^${escapeRegExp(fileStem(dataFile))}-(\\d{4}-\\d{2}-\\d{2})\\.json$`);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const day = pattern.exec(name)?.[1];
    if (!day) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) backups.push({ path, day, bytes: info.size });
  }
  return backups.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

/**
 * Copies `dataFile` to today's backup unless that exists already (the earliest state of the day is the
 * one worth keeping), then deletes all but the newest `keep`. Durable like every other write: a crash
 * leaves at most a temp file in the backups folder, never a half-copied backup.
 * Returns the new backup's path, or undefined if none was needed.
 */
export async function makeDailyBackup(
  dataFile: string,
  day: string,
  keep: number,
): Promise<string | undefined> {
  const target = backupPathFor(dataFile, day);
  let made: string | undefined;
  if (keep > 0 && !(await isFile(target)) && (await isFile(dataFile))) {
    const dir = backupDirFor(dataFile);
    await mkdir(dir, { recursive: true });
    const temp = join(
      dir,
      `.${fileStem(dataFile)}-${day}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`,
    );
    try {
      await copyFile(dataFile, temp);
      const handle = await open(temp, 'r+');
      try {
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
    made = target;
  }
  await pruneBackups(dataFile, keep);
  return made;
}

/** Deletes all but the newest `keep` backups. */
export async function pruneBackups(dataFile: string, keep: number): Promise<void> {
  const backups = await listBackups(dataFile);
  for (const old of backups.slice(Math.max(keep, 0))) await unlink(old.path).catch(() => {});
}

/** Temp files of backups a crashed process was copying (only safe while holding the store lock). */
export async function removeLeftoverBackupTemps(dataFile: string): Promise<void> {
  const dir = backupDirFor(dataFile);
  const prefix = `.${fileStem(dataFile)}-`;
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(prefix) && name.includes('.tmp-')) await unlink(join(dir, name)).catch(() => {});
  }
}

export interface RestoreResult {
  /** The data file, now holding the backup's bytes. */
  dataFile: string;
  /** Where the file that was there before went (moved aside, untouched), if there was one. */
  previousMovedTo?: string;
}

/**
 * Puts a backup back as the data file. The backup is checked first (it must decrypt, parse, migrate and
 * validate, else StoreUnreadableError / StoreTooNewError / StoreEncryptedError); a data file that is
 * still there is moved aside as `<stem>.before-restore-<ts>.json`, so nothing is lost. Takes the store
 * lock: call it while no store is open on `dataFile`.
 */
export async function restoreBackup(
  dataFile: string,
  backupFile: string,
  options: { now?: () => Date; unlock?: Unlock } = {},
): Promise<RestoreResult> {
  const resolved = await realDataFile(resolve(dataFile));
  if ('danglingTo' in resolved) {
    throw new StoreIoError(dataFile, 'open', undefined, {
      problem: 'dangling-link',
      linkTarget: resolved.danglingTo,
    });
  }
  const target = resolved.path;
  const now = options.now ?? (() => new Date());
  const bytes = await readFile(backupFile);
  try {
    await decodeFile(bytes, options.unlock);
  } catch (error) {
    throw toStoreError(backupFile, error);
  }
  await mkdir(dirname(target), { recursive: true });
  const lock = await acquireLock(target, { now });
  try {
    const previousMovedTo = (await isFile(target))
      ? await moveAside(target, 'before-restore', now())
      : undefined;
    await writeFileDurable(target, bytes);
    return previousMovedTo ? { dataFile: target, previousMovedTo } : { dataFile: target };
  } finally {
    await lock.release();
  }
}

/**
 * The copies of the data file Tiefgang keeps: the daily backups and the files moved aside beside it
 * (`<stem>.corrupt-…`, `.before-restore-…`, `.before-encryption-…`). They follow the data file when
 * encryption is turned on or off.
 */
export async function keptCopies(dataFile: string): Promise<string[]> {
  const aside = new RegExp(`^${escapeRegExp(fileStem(dataFile))}\\.[a-z-]+-\\d{8}-\\d{6}(?:-\\d+)?\\.json$`);
  const names = await readdir(dirname(dataFile)).catch(() => [] as string[]);
  return [
    ...(await listBackups(dataFile)).map((b) => b.path),
    ...names.filter((n) => aside.test(n)).map((n) => join(dirname(dataFile), n)),
  ];
}

/**
 * Rewrites each kept copy for the new encryption state: plain ones are encrypted with `to`; ones
 * encrypted with `from` are decrypted (and encrypted with `to` if given). Works on the bytes, so even a
 * damaged copy keeps exactly its content. A copy encrypted with some other key is left as it is. Each
 * copy is replaced atomically and durably; returns how many were rewritten.
 */
export async function convertCopies(
  dataFile: string,
  from: DataKey | undefined,
  to: DataKey | undefined,
): Promise<number> {
  let converted = 0;
  for (const path of await keptCopies(dataFile)) {
    const bytes = await readFile(path).catch(() => undefined);
    if (!bytes) continue;
    const next = reencode(bytes, from, to);
    if (!next) continue;
    await writeFileDurable(path, next);
    converted++;
  }
  return converted;
}

function reencode(bytes: Buffer, from: DataKey | undefined, to: DataKey | undefined): Buffer[] | undefined {
  if (!looksEncrypted(bytes)) return to ? encryptPieces(to, [bytes]) : undefined;
  let envelope: ReturnType<typeof envelopeOf>;
  try {
    envelope = envelopeOf(JSON.parse(bytes.toString('utf8')));
  } catch {
    return undefined;
  }
  if (!envelope) return to ? encryptPieces(to, [bytes]) : undefined;
  if (to && keyFits(to, envelope)) return undefined;
  if (!from || !keyFits(from, envelope)) return undefined;
  let plain: Buffer;
  try {
    plain = decryptEnvelope(from, envelope);
  } catch {
    return undefined;
  }
  return to ? encryptPieces(to, [plain]) : [plain];
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One writer at a time: `<data file>.lock` holds {pid, hostname, startedAt} of the process that has the
 * store open. It is created exclusively, so two processes can never both believe they hold it.
 *
 * A lock whose pid no longer runs on this host is stale (its holder crashed) and is taken over. Taking
 * over happens under a short-lived guard file (`.lock.takeover`, also exclusive) and only removes the
 * lock if it still holds exactly the stale content that was judged dead — so when two processes find the
 * same stale lock, one removes it and creates its own, the other then sees a live lock.
 */
import { randomBytes } from 'node:crypto';
import { link, open, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname as osHostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { StoreLockedError } from './errors';
import type { LockInfo } from './types';

export interface LockOptions {
  now?: () => Date;
  /** For tests; defaults to this process. */
  pid?: number;
  hostname?: string;
  isAlive?: (pid: number) => boolean;
  /**
   * How long to wait for a live holder to let go before refusing (default 0: refuse at once). A second
   * command started right after another one, or the app started while a command finishes, then simply
   * waits its turn.
   */
  waitMs?: number;
}

export interface HeldLock {
  readonly path: string;
  readonly info: LockInfo;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): Promise<void>;
}

export function lockPathFor(dataFile: string): string {
  return `${dataFile}.lock`;
}

/** A lock or guard that is unreadable (its writer died between creating and filling it) is stale after this. */
const UNREADABLE_STALE_MS = 2000;
/** A takeover guard is held for a few milliseconds; one older than this was left by a crash. */
const GUARD_STALE_MS = 10_000;
const RETRY_MS = 25;
const MAX_ATTEMPTS = 200;
/** How often a waiting opener looks at the lock again. */
const WAIT_STEP_MS = 50;

export async function acquireLock(dataFile: string, options: LockOptions = {}): Promise<HeldLock> {
  const path = lockPathFor(dataFile);
  const info: LockInfo = {
    pid: options.pid ?? process.pid,
    hostname: options.hostname ?? osHostname(),
    startedAt: (options.now ?? (() => new Date()))().toISOString(),
  };
  const isAlive = options.isAlive ?? processIsAlive;
  const content = `${JSON.stringify(info)}\n`;
  const waitUntil = Date.now() + (options.waitMs ?? 0);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (await createExclusive(path, content)) {
      await removeDeadTemps(path, isAlive);
      return heldLock(path, info, content);
    }
    const existing = await readLockFile(path);
    if (existing === undefined) continue; // released meanwhile: try again
    if (existing.info) {
      const stale = existing.info.hostname === info.hostname && !isAlive(existing.info.pid);
      if (!stale && Date.now() < waitUntil) {
        // Waiting is not an attempt: the holder is alive and may let go any moment.
        attempt--;
        await sleep(WAIT_STEP_MS);
        continue;
      }
      if (!stale) throw new StoreLockedError(dataFile, path, existing.info);
    } else if (existing.ageMs < UNREADABLE_STALE_MS) {
      await sleep(RETRY_MS); // probably being written right now
      continue;
    }
    await removeIfUnchanged(path, existing.raw, info, isAlive);
  }
  throw new StoreLockedError(dataFile, path, (await readLockFile(path))?.info);
}

function heldLock(path: string, info: LockInfo, content: string): HeldLock {
  let released = false;
  return {
    path,
    info,
    async release() {
      if (released) return;
      released = true;
      const current = await readFile(path, 'utf8').catch(() => undefined);
      if (current === content) await unlink(path).catch(() => {});
    },
  };
}

/**
 * Creates `path` with `content` only if it does not exist. The content is written to a temp file first
 * and hard-linked into place (atomic and exclusive: the lock is never seen empty); filesystems without
 * hard links fall back to an exclusive create.
 */
async function createExclusive(path: string, content: string): Promise<boolean> {
  const temp = join(dirname(path), `${lockTempPrefix(path)}${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    try {
      await link(temp, path);
      return true;
    } catch (error) {
      if (code(error) === 'EEXIST') return false;
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EINVAL'].includes(code(error) ?? ''))
        throw error;
    }
  } finally {
    await unlink(temp).catch(() => {});
  }
  try {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    throw error;
  }
}

function lockTempPrefix(path: string): string {
  return `.${basename(path)}.tmp-`;
}

/** Temp files of lock attempts by processes killed in the middle of one (their pid is in the name). */
async function removeDeadTemps(path: string, isAlive: (pid: number) => boolean): Promise<void> {
  const prefix = lockTempPrefix(path);
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (pid > 0 && pid !== process.pid && !isAlive(pid))
      await unlink(join(dirname(path), name)).catch(() => {});
  }
}

interface ExistingLock {
  raw: string;
  info: LockInfo | undefined;
  ageMs: number;
}

async function readLockFile(path: string): Promise<ExistingLock | undefined> {
  try {
    const [raw, stats] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    return { raw, info: parseLockInfo(raw), ageMs: Date.now() - stats.mtimeMs };
  } catch (error) {
    if (code(error) === 'ENOENT') return undefined;
    throw error;
  }
}

export function parseLockInfo(raw: string): LockInfo | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, hostname, startedAt } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return undefined;
    if (typeof hostname !== 'string' || typeof startedAt !== 'string') return undefined;
    return { pid, hostname, startedAt };
  } catch {
    return undefined;
  }
}

/**
 * Under the takeover guard: removes the lock only if it still holds `staleRaw`. Exported for tests: a
 * lock that was replaced meanwhile (another process took over first) must survive.
 */
export async function removeIfUnchanged(
  path: string,
  staleRaw: string,
  me: LockInfo,
  isAlive: (pid: number) => boolean,
): Promise<void> {
  const guard = `${path}.takeover`;
  const guardContent = `${JSON.stringify(me)}\n`;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(guard, 'wx');
  } catch (error) {
    if (code(error) !== 'EEXIST') throw error;
    await clearStaleGuard(guard, me, isAlive);
    await sleep(RETRY_MS);
    return;
  }
  try {
    await handle.writeFile(guardContent);
    const current = await readFile(path, 'utf8').catch(() => undefined);
    if (current === staleRaw) await unlink(path).catch(() => {});
  } finally {
    await handle.close();
    await unlink(guard).catch(() => {});
  }
}

/** A guard left by a process that died while taking over (it holds that process's pid). */
async function clearStaleGuard(
  guard: string,
  me: LockInfo,
  isAlive: (pid: number) => boolean,
): Promise<void> {
  const existing = await readLockFile(guard);
  if (!existing) return;
  const dead = existing.info
    ? existing.info.hostname === me.hostname && !isAlive(existing.info.pid)
    : existing.ageMs > UNREADABLE_STALE_MS;
  if (dead || existing.ageMs > GUARD_STALE_MS) {
    const current = await readFile(guard, 'utf8').catch(() => undefined);
    if (current === existing.raw) await unlink(guard).catch(() => {});
  }
}

/** `kill(pid, 0)` sends nothing; it only asks whether the process exists. EPERM means it exists. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return code(error) !== 'ESRCH';
  }
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

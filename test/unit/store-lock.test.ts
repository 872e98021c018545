import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { addPerson } from '../../electron/services/people/people';
import { lockPathFor, openStore, StoreLockedError } from '../../electron/store/index';
import { acquireLock, processIsAlive, removeIfUnchanged } from '../../electron/store/lock';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-lock-');
const ROOT = resolve(import.meta.dirname, '../..');

async function dataFile(): Promise<string> {
  return join(await tempDir(), 'tiefgang.json');
}

/** The pid of a process that has exited (and been reaped), so it is certainly dead. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('the lock file', () => {
  it('holds pid, hostname and start time while open, and is removed by close', async () => {
    const path = await dataFile();
    const store = await openStore({ path, now: () => new Date('2026-11-27T10:00:00Z') });
    const lock = JSON.parse(await readFile(lockPathFor(path), 'utf8'));
    expect(lock).toEqual({ pid: process.pid, hostname: hostname(), startedAt: '2026-11-27T10:00:00.000Z' });
    await store.close();
    await expect(readFile(lockPathFor(path))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a second open (even in the same process) with a message naming the holder', async () => {
    const path = await dataFile();
    const store = await openStore({ path });
    const second = openStore({ path });
    await expect(second).rejects.toBeInstanceOf(StoreLockedError);
    await expect(second).rejects.toMatchObject({
      code: 'store-locked',
      holder: { pid: process.pid, hostname: hostname() },
      message: expect.stringContaining(`pid ${process.pid}`),
    });
    await store.close();
    const third = await openStore({ path });
    await third.close();
  });

  it('refuses while another live process holds the store, and takes over once it is killed', async () => {
    const path = await dataFile();
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/harness/lock-holder.ts', path], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    children.push(child);
    const ready = await new Promise<string>((resolveLine, reject) => {
      child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
      createInterface({ input: child.stdout! }).once('line', resolveLine);
    });
    expect(ready).toBe(`ready ${child.pid}`);

    const attempt = openStore({ path });
    await expect(attempt).rejects.toMatchObject({ code: 'store-locked', holder: { pid: child.pid } });
    await expect(attempt).rejects.toThrow(`pid ${child.pid}`);

    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
    // The lock file is still there, naming a dead process: it is stale and gets taken over.
    expect(JSON.parse(await readFile(lockPathFor(path), 'utf8')).pid).toBe(child.pid);
    const store = await openStore({ path });
    expect(JSON.parse(await readFile(lockPathFor(path), 'utf8')).pid).toBe(process.pid);
    await store.update((db) => addPerson(db, { displayName: 'After takeover' }));
    await store.close();
  }, 30_000);

  it('takes over a stale lock of a dead process on this host', async () => {
    const path = await dataFile();
    const pid = deadPid();
    expect(processIsAlive(pid)).toBe(false);
    await writeFile(
      lockPathFor(path),
      JSON.stringify({ pid, hostname: hostname(), startedAt: '2026-01-01T00:00:00Z' }),
    );
    const store = await openStore({ path });
    expect(JSON.parse(await readFile(lockPathFor(path), 'utf8')).pid).toBe(process.pid);
    await store.close();
    expect((await readdir(join(path, '..'))).filter((n) => n.includes('lock'))).toEqual([]);
  });

  it('does not take over a lock of another host (its process cannot be checked)', async () => {
    const path = await dataFile();
    await writeFile(
      lockPathFor(path),
      JSON.stringify({ pid: deadPid(), hostname: 'other-laptop', startedAt: 'x' }),
    );
    await expect(openStore({ path })).rejects.toMatchObject({
      code: 'store-locked',
      holder: { hostname: 'other-laptop' },
    });
  });

  it('takes over an unreadable lock once it is old (its writer died while creating it)', async () => {
    const path = await dataFile();
    await writeFile(lockPathFor(path), '');
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPathFor(path), old, old);
    const store = await openStore({ path });
    await store.close();
  });

  it('removes a stale lock only if it still is the one judged stale', async () => {
    const path = await dataFile();
    const me = { pid: process.pid, hostname: hostname(), startedAt: 'now' };
    const staleRaw = JSON.stringify({ pid: 999_001, hostname: hostname(), startedAt: 'then' });
    const freshRaw = JSON.stringify({ pid: 999_002, hostname: hostname(), startedAt: 'just now' });
    await writeFile(lockPathFor(path), freshRaw);
    await removeIfUnchanged(lockPathFor(path), staleRaw, me, () => true);
    expect(await readFile(lockPathFor(path), 'utf8')).toBe(freshRaw);
    await writeFile(lockPathFor(path), staleRaw);
    await removeIfUnchanged(lockPathFor(path), staleRaw, me, () => true);
    await expect(readFile(lockPathFor(path))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(join(path, '..'))).toEqual([]);
  });

  it('lets exactly one of several processes take over the same stale lock', async () => {
    const path = await dataFile();
    const stale = 999_001;
    await writeFile(lockPathFor(path), JSON.stringify({ pid: stale, hostname: 'h', startedAt: 'x' }));
    const isAlive = (pid: number) => pid !== stale;
    for (let round = 0; round < 10; round++) {
      const results = await Promise.allSettled(
        [111, 222, 333, 444, 555].map((pid) => acquireLock(path, { pid, hostname: 'h', isAlive })),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      for (const r of lost) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(StoreLockedError);
      const holder = JSON.parse(await readFile(lockPathFor(path), 'utf8')).pid;
      expect([111, 222, 333, 444, 555]).toContain(holder);
      // Make it stale again for the next round.
      await writeFile(
        lockPathFor(path),
        JSON.stringify({ pid: stale, hostname: 'h', startedAt: `x${round}` }),
      );
    }
  });
});

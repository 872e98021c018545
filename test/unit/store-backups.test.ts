import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addPerson } from '../../electron/services/people/people';
import { changeSettings } from '../../electron/services/settings/settings';
import {
  listBackups,
  openStore,
  readDataFile,
  restoreBackup,
  type StoreCorruptError,
  StoreUnreadableError,
} from '../../electron/store/index';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-backups-');

/** A clock the test moves forward by whole days. */
function fakeClock(start: Date) {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    nextDay() {
      now = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0, 0);
    },
    later(minutes: number) {
      now = new Date(now.getTime() + minutes * 60_000);
    },
  };
}

describe('daily backups', () => {
  it('copies the current file before the first write of each day, once a day', async () => {
    const dir = await tempDir();
    const path = join(dir, 'tiefgang.json');
    const clock = fakeClock(new Date(2026, 10, 27, 8, 0));
    const store = await openStore({ path, now: clock.now });
    const emptyFile = await readFile(path, 'utf8');
    await store.update((db) => addPerson(db, { displayName: 'Anna' }));
    const backupDir = join(dir, 'backups');
    expect(await readdir(backupDir)).toEqual(['tiefgang-2026-11-27.json']);
    expect(await readFile(join(backupDir, 'tiefgang-2026-11-27.json'), 'utf8')).toBe(emptyFile);

    clock.later(120);
    await store.update((db) => addPerson(db, { displayName: 'Ben' }));
    // Still the earliest state of the day.
    expect(await readFile(join(backupDir, 'tiefgang-2026-11-27.json'), 'utf8')).toBe(emptyFile);

    const afterDayOne = await readFile(path, 'utf8');
    clock.nextDay();
    await store.update((db) => addPerson(db, { displayName: 'Chloé' }));
    expect(await readFile(join(backupDir, 'tiefgang-2026-11-28.json'), 'utf8')).toBe(afterDayOne);
    await store.close();
  });

  it('keeps the newest 14 by default, and the number from settings.backups.keep', async () => {
    const path = join(await tempDir(), 'tiefgang.json');
    const clock = fakeClock(new Date(2026, 0, 1, 9, 0));
    const store = await openStore({ path, now: clock.now });
    for (let day = 0; day < 20; day++) {
      await store.update((db) => addPerson(db, { displayName: `Day ${day}` }));
      clock.nextDay();
    }
    let backups = await listBackups(path);
    expect(backups).toHaveLength(14);
    expect(backups[0]?.day).toBe('2026-01-20');
    expect(backups.at(-1)?.day).toBe('2026-01-07');
    // The backup of a day holds the file as it was before that day's first write.
    const newest = await readDataFile(backups[0]!.path);
    expect(newest.people.map((p) => p.displayName).at(-1)).toBe('Day 18');

    await store.update((db) => changeSettings(db, { backups: { keep: 3 } }));
    backups = await listBackups(path);
    expect(backups.map((b) => b.day)).toEqual(['2026-01-21', '2026-01-20', '2026-01-19']);
    await store.close();
  });

  it('honours the backupKeep option over the settings', async () => {
    const path = join(await tempDir(), 'tiefgang.json');
    const clock = fakeClock(new Date(2026, 0, 1, 9, 0));
    const store = await openStore({ path, now: clock.now, backupKeep: 2 });
    for (let day = 0; day < 5; day++) {
      await store.update((db) => addPerson(db, { displayName: `Day ${day}` }));
      clock.nextDay();
    }
    expect((await listBackups(path)).map((b) => b.day)).toEqual(['2026-01-05', '2026-01-04']);
    await store.close();
  });

  it('ignores other files in the backups folder', async () => {
    const path = join(await tempDir(), 'tiefgang.json');
    const store = await openStore({ path, now: () => new Date(2026, 5, 1, 9) });
    await store.update((db) => addPerson(db, { displayName: 'A' }));
    await writeFile(join(path, '..', 'backups', 'notes.txt'), 'mine');
    await writeFile(join(path, '..', 'backups', 'other-2026-01-01.json'), '{}');
    expect((await listBackups(path)).map((b) => b.day)).toEqual(['2026-06-01']);
    await store.close();
  });
});

describe('restoreBackup', () => {
  it('brings the newest backup back after a corrupt file was moved aside', async () => {
    const path = join(await tempDir(), 'tiefgang.json');
    const clock = fakeClock(new Date(2026, 10, 26, 9));
    let store = await openStore({ path, now: clock.now });
    await store.update((db) => addPerson(db, { displayName: 'Anna' }));
    clock.nextDay();
    await store.update((db) => addPerson(db, { displayName: 'Ben' }));
    await store.close();
    await writeFile(path, '{"half a file');
    const error = (await openStore({ path, now: clock.now }).catch((e: unknown) => e)) as StoreCorruptError;
    expect(error.code).toBe('store-corrupt');
    const result = await restoreBackup(path, error.backups[0]!.path);
    expect(result).toEqual({ dataFile: path });
    store = await openStore({ path });
    expect(store.read().people.map((p) => p.displayName)).toEqual(['Anna']);
    await store.close();
  });

  it('moves a data file that is still there aside instead of overwriting it', async () => {
    const dir = await tempDir();
    const path = join(dir, 'tiefgang.json');
    const clock = fakeClock(new Date(2026, 10, 27, 9));
    const store = await openStore({ path, now: clock.now });
    await store.update((db) => addPerson(db, { displayName: 'Anna' }));
    await store.close();
    const current = await readFile(path, 'utf8');
    const [backup] = await listBackups(path);
    await expect(restoreBackup(path, backup!.path, { now: clock.now })).resolves.toEqual({
      dataFile: path,
      previousMovedTo: join(dir, 'tiefgang.before-restore-20261127-090000.json'),
    });
    expect(await readFile(join(dir, 'tiefgang.before-restore-20261127-090000.json'), 'utf8')).toBe(current);
    expect((await readDataFile(path)).people).toEqual([]);
  });

  it('refuses a backup that is not a good file, and changes nothing', async () => {
    const dir = await tempDir();
    const path = join(dir, 'tiefgang.json');
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"schemaVersion": 1, "people": 5}');
    await expect(restoreBackup(path, bad)).rejects.toBeInstanceOf(StoreUnreadableError);
    expect((await readdir(dir)).sort()).toEqual(['bad.json']);
  });

  it('refuses while the store is open', async () => {
    const dir = await tempDir();
    const path = join(dir, 'tiefgang.json');
    const store = await openStore({ path, now: () => new Date(2026, 10, 27, 9) });
    await store.update((db) => addPerson(db, { displayName: 'Anna' }));
    const [backup] = await listBackups(path);
    await expect(restoreBackup(path, backup!.path)).rejects.toMatchObject({ code: 'store-locked' });
    await store.close();
  });
});

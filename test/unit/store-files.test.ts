/**
 * The data file as the file system presents it: a symlink (written through to its target, the lock
 * beside the target), a dangling symlink and a read-only file (refused, never replaced by an empty
 * database), duplicate record ids (the file is damaged: set aside), fields this version does not know
 * (kept through every write), failures named by their real cause (the backups folder, a full disk),
 * and a second writer that waits a moment for the lock before it is refused.
 */
import { chmod, mkdir, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../electron/cli/failures';
import { createCliT } from '../../electron/cli/i18n';
import { parseJsonBackup } from '../../electron/import/json';
import { addPerson, changePerson } from '../../electron/services/people/people';
import {
  lockPathFor,
  openStore,
  readDataFile,
  StoreCorruptError,
  StoreIoError,
  StoreLockedError,
  StoreUnreadableError,
} from '../../electron/store/index';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-store-files-');
const now = () => new Date(2026, 10, 27, 14, 30, 5);
const STAMP = { createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z' };

function fileWith(db: Record<string, unknown>): string {
  return JSON.stringify({
    schemaVersion: 1,
    people: [],
    encounters: [],
    contexts: [],
    ties: [],
    settings: {},
    ...db,
  });
}

describe('a data file that is a symlink', () => {
  it('is written through to its target, which stays the real file; the lock sits beside the target', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'sync'));
    const target = join(dir, 'sync', 'tiefgang.json');
    const link = join(dir, 'tiefgang.json');
    await writeFile(target, fileWith({ people: [{ id: 'p1', displayName: 'Anna', ...STAMP }] }));
    await symlink(target, link);
    const store = await openStore({ path: link, now });
    expect(store.path).toBe(target);
    expect((await stat(lockPathFor(target))).isFile()).toBe(true);
    await store.update((db) => addPerson(db, { displayName: 'Ben' }));
    await store.update((db) => addPerson(db, { displayName: 'Cleo' }));
    await store.close();
    expect(await readlink(link)).toBe(target);
    expect((await readDataFile(target)).people.map((p) => p.displayName)).toEqual(['Anna', 'Ben', 'Cleo']);
    // The day's backup is beside the target, and nothing was left beside the link.
    expect(await readdir(join(dir, 'sync', 'backups'))).toEqual(['tiefgang-2026-11-27.json']);
    expect((await readdir(dir)).sort()).toEqual(['sync', 'tiefgang.json']);
  });

  it('refuses a dangling symlink instead of starting an empty database', async () => {
    const dir = await tempDir();
    const link = join(dir, 'tiefgang.json');
    await symlink(join(dir, 'gone', 'tiefgang.json'), link);
    const error = await openStore({ path: link, now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreIoError);
    expect(error).toMatchObject({ code: 'store-io', problem: 'dangling-link' });
    expect(describeFailure(error, createCliT('en'))).toContain(
      `${link} is a link to ${join(dir, 'gone', 'tiefgang.json')}, which does not exist`,
    );
    await expect(readDataFile(link)).rejects.toMatchObject({ problem: 'dangling-link' });
    expect(await readdir(dir)).toEqual(['tiefgang.json']);
    expect(await readlink(link)).toBe(join(dir, 'gone', 'tiefgang.json'));
  });
});

describe('a read-only data file', () => {
  it('is refused with a message that says so, and never overwritten (even once the day’s backup exists)', async () => {
    const dir = await tempDir();
    const path = join(dir, 'tiefgang.json');
    const text = fileWith({ people: [{ id: 'p1', displayName: 'Anna', ...STAMP }] });
    await writeFile(path, text);
    await mkdir(join(dir, 'backups'));
    await writeFile(join(dir, 'backups', 'tiefgang-2026-11-27.json'), text);
    await chmod(path, 0o444);
    const error = await openStore({ path, now }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'store-io', problem: 'read-only' });
    expect(describeFailure(error, createCliT('en'))).toContain('is read-only');
    expect(describeFailure(error, createCliT('de'))).toContain('schreibgeschützt');
    expect(await readFile(path, 'utf8')).toBe(text);
    expect((await stat(path)).mode & 0o777).toBe(0o444);
    // Reading it is fine (export, statistics).
    expect((await readDataFile(path)).people).toHaveLength(1);
  });
});

describe('duplicate record ids', () => {
  const twice = fileWith({
    people: [
      { id: 'p1', displayName: 'Anna', ...STAMP },
      { id: 'p2', displayName: 'Ben', ...STAMP },
      { id: 'p1', displayName: 'Anna (copy)', ...STAMP },
    ],
  }).replace(/\},\{/g, '},\n{');

  it('make the file damaged: set aside like any other damage, with both records named', async () => {
    const dir = await tempDir();
    const path = join(dir, 'tiefgang.json');
    await writeFile(path, twice);
    const error = (await openStore({ path, now }).catch((e: unknown) => e)) as StoreCorruptError;
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect(error.reason).toMatchObject({
      kind: 'validation',
      issues: [{ path: 'people[2].id (line 3)', message: 'the id p1 is used twice (also by people[0])' }],
    });
    expect(await readFile(error.corruptPath, 'utf8')).toBe(twice);
    await expect(readDataFile(error.corruptPath)).rejects.toBeInstanceOf(StoreUnreadableError);
  });

  it('are refused on JSON import with the reason', () => {
    expect(() => parseJsonBackup('backup.json', twice)).toThrow(/people\.2\.id: the id p1 is used twice/);
  });

  it('can never be written: an update that would repeat an id is refused and nothing is written', async () => {
    const path = join(await tempDir(), 'tiefgang.json');
    const store = await openStore({ path, now });
    const anna = await store.update((db) => addPerson(db, { displayName: 'Anna' }));
    const before = await readFile(path, 'utf8');
    await expect(
      store.update((db) => void db.people.push({ ...anna, displayName: 'Anna 2' })),
    ).rejects.toThrow(/people\[1\]\.id: the id .* is used twice/);
    // Replacing a record by a new version with the same id is what every edit does: allowed.
    await store.update((db) => {
      db.people[0] = { ...anna, displayName: 'Anna B.' };
    });
    expect(store.read().people.map((p) => p.displayName)).toEqual(['Anna B.']);
    await store.close();
    expect(before).not.toBe(await readFile(path, 'utf8'));
  });
});

describe('text as the next open reads it', () => {
  it('a record written by any path (an importer, a service) is stored cleaned, as a reload would read it', async () => {
    const path = join(await tempDir(), 'tiefgang.json');
    const store = await openStore({ path, now });
    const raw = {
      id: 'p1',
      displayName: '  Ann\vBerg ',
      urls: ['https://example.org/a\nb'],
      tags: ['vip\u0001'],
      notes: 'first\u000bsecond',
      emails: [],
      phones: [],
      contexts: [],
      kind: 'other' as const,
      archived: false,
      ...STAMP,
    };
    const returned = await store.update((db) => {
      db.people.push(raw);
      db.settings = { ...db.settings, ownerName: 'Me\u0002' };
      return raw;
    });
    expect(returned).toMatchObject({
      displayName: 'Ann Berg',
      urls: ['https://example.org/a b'],
      tags: ['vip'],
      notes: 'first\nsecond',
    });
    expect(store.read().settings.ownerName).toBe('Me');
    expect(await readDataFile(path)).toEqual(store.read());
    await store.close();
  });
});

describe('fields this version does not know', () => {
  it('are kept through every write, and through an edit of the record that holds them', async () => {
    const path = join(await tempDir(), 'tiefgang.json');
    await writeFile(
      path,
      fileWith({
        people: [
          { id: 'p1', displayName: 'Anna', nickname: 'Annie', ...STAMP },
          { id: 'p2', displayName: 'Ben', ...STAMP },
        ],
        encounters: [
          {
            id: 'e1',
            date: '2026-11-20',
            participants: ['p1'],
            channel: 'call',
            origin: { kind: 'calendar', uid: 'x' },
            ...STAMP,
          },
        ],
        settings: { ownerName: 'Me', futureSetting: [1, 2] },
        futureRecords: [{ id: 'c1', note: 'from a newer version' }],
      }),
    );
    const store = await openStore({ path, now });
    await store.update((db) => addPerson(db, { displayName: 'Cleo' }));
    await store.update((db) => changePerson(db, 'p1', { displayName: 'Anna Berger' }));
    await store.close();
    const raw = JSON.parse(await readFile(path, 'utf8'));
    expect(raw.people[0]).toMatchObject({ displayName: 'Anna Berger', nickname: 'Annie' });
    expect(raw.people[1]).not.toHaveProperty('nickname');
    expect(raw.encounters[0].origin).toEqual({ kind: 'calendar', uid: 'x' });
    expect(raw.settings.futureSetting).toEqual([1, 2]);
    expect(raw.futureRecords).toEqual([{ id: 'c1', note: 'from a newer version' }]);
  });

  it('never turn into a prototype', async () => {
    const path = join(await tempDir(), 'tiefgang.json');
    await writeFile(
      path,
      fileWith({ people: [{ id: 'p1', displayName: 'Anna', ...STAMP }] }).replace(
        '"displayName"',
        '"__proto__":{"polluted":true},"displayName"',
      ),
    );
    const store = await openStore({ path, now });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect((store.read().people[0] as { polluted?: boolean }).polluted).toBeUndefined();
    await store.close();
  });
});

describe('failures named by their real cause', () => {
  it('a file called “backups” where the backups folder belongs', async () => {
    const dir = await tempDir();
    const path = join(dir, 'tiefgang.json');
    const store = await openStore({ path, now: () => new Date(2026, 10, 26) });
    await store.update((db) => addPerson(db, { displayName: 'Anna' }));
    await store.close();
    await rm(join(dir, 'backups'), { recursive: true, force: true });
    await writeFile(join(dir, 'backups'), 'not a folder');
    const next = await openStore({ path, now });
    const error = await next.update((db) => addPerson(db, { displayName: 'Ben' })).catch((e: unknown) => e);
    await next.close();
    expect(error).toMatchObject({ code: 'store-io', action: 'backup', problem: 'not-a-folder' });
    const text = describeFailure(error, createCliT('en'));
    expect(text).toContain(`Today’s backup could not be made in ${join(dir, 'backups')}`);
    expect(text).toContain('there is a file of that name where a folder belongs');
    expect(text).not.toContain('data file could not be used');
    expect((error as Error).message).toContain(join(dir, 'backups'));
  });

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'no permission to write there'],
    ['EROFS', 'the disk is read-only'],
  ])('%s while writing: “%s”, with the folder', (code, words) => {
    const cause = Object.assign(new Error(`${code}: boom`), { code, path: '/data/.tiefgang.json.tmp-1' });
    const error = new StoreIoError('/data/tiefgang.json', 'write', cause);
    expect(error.problem).not.toBe('other');
    const text = describeFailure(error, createCliT('en'));
    expect(text).toContain(words);
    expect(text).toContain('/data');
    expect(error.message).toContain(words);
  });
});

describe('a second writer', () => {
  it('waits a moment for the lock instead of being refused at once', async () => {
    const path = join(await tempDir(), 'tiefgang.json');
    const first = await openStore({ path, now });
    setTimeout(() => void first.close(), 400);
    const started = Date.now();
    const second = await openStore({ path, now });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    await second.close();
  });

  it('is refused after about two seconds if the lock stays', async () => {
    const path = join(await tempDir(), 'tiefgang.json');
    const first = await openStore({ path, now });
    const started = Date.now();
    await expect(openStore({ path, now })).rejects.toBeInstanceOf(StoreLockedError);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(1800);
    expect(waited).toBeLessThan(4000);
    await first.close();
  });
});

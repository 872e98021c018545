import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addPerson } from '../../electron/services/people/people';
import { listBackups, openStore, StoreTooNewError } from '../../electron/store/index';
import { MigrationError, migrate, migrations } from '../../shared/domain/migrations';
import { Database, SCHEMA_VERSION } from '../../shared/domain/schema';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-migrations-');
const T = '2025-03-01T10:00:00Z';

/** A file from before the format had a version: people and encounters only. */
const VERSION_0 = {
  people: [
    { id: 'p1', displayName: 'Anna Berger', emails: ['anna@example.org'], createdAt: T, updatedAt: T },
  ],
  encounters: [
    { id: 'e1', date: '2025-02-14', participants: ['p1'], channel: 'in_person', createdAt: T, updatedAt: T },
  ],
};

describe('migrate', () => {
  it('has one step per version up to the current one, in order', () => {
    expect(migrations.map((m) => m.from)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i));
  });

  it('brings a version-0 file to the current format, which then validates', () => {
    const migrated = migrate(structuredClone(VERSION_0));
    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION);
    const db = Database.parse(migrated);
    expect(db.people[0]?.displayName).toBe('Anna Berger');
    expect(db.encounters).toHaveLength(1);
    expect(db.contexts).toEqual([]);
    expect(db.settings.backups.keep).toBe(14);
  });

  it('leaves a current file as it is', () => {
    const current = { schemaVersion: SCHEMA_VERSION, people: [] };
    expect(migrate(current)).toBe(current);
  });

  it('refuses a file from a newer version, and anything that is not a data object', () => {
    expect(() => migrate({ schemaVersion: SCHEMA_VERSION + 1 })).toThrow(
      expect.objectContaining({ code: 'too-new' }) as unknown as Error,
    );
    for (const bad of [
      null,
      [],
      'x',
      { schemaVersion: 'one' },
      { schemaVersion: -1 },
      { schemaVersion: 1.5 },
    ]) {
      expect(() => migrate(bad)).toThrow(MigrationError);
    }
  });
});

describe('opening old and new files', () => {
  it('opens a version-0 file, and the first write stores the current format (the original is backed up)', async () => {
    const path = join(await tempDir(), 'tiefgang.json');
    const original = JSON.stringify(VERSION_0, null, 2);
    await writeFile(path, original);
    const store = await openStore({ path, now: () => new Date(2026, 10, 27, 9) });
    expect(store.read().people[0]?.emails).toEqual(['anna@example.org']);
    await store.update((db) => addPerson(db, { displayName: 'Ben' }));
    await store.close();
    const written = JSON.parse(await readFile(path, 'utf8'));
    expect(written.schemaVersion).toBe(SCHEMA_VERSION);
    expect(written.people).toHaveLength(2);
    const [backup] = await listBackups(path);
    expect(await readFile(backup!.path, 'utf8')).toBe(original);
  });

  it('refuses a file from a newer Tiefgang and leaves it exactly where and as it is', async () => {
    const dir = await tempDir();
    const path = join(dir, 'tiefgang.json');
    const text = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, people: [], somethingNew: true });
    await writeFile(path, text);
    const error = await openStore({ path }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreTooNewError);
    expect(error).toMatchObject({
      code: 'store-too-new',
      fileVersion: SCHEMA_VERSION + 1,
      supportedVersion: SCHEMA_VERSION,
    });
    expect(await readFile(path, 'utf8')).toBe(text);
    // And the lock is released.
    await expect(readFile(`${path}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

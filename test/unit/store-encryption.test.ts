/**
 * Encryption at rest, on real files: turning it on and off (one durable write each, the old file kept),
 * no readable name left in the data file or any backup, a missing or wrong passphrase that touches
 * nothing, a damaged encrypted file set aside like any other damage, a Tiefgang without encryption
 * leaving the file alone, and a conversion a crash interrupted finished at the next open.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addPerson } from '../../electron/services/people/people';
import { decodeDatabase, NewerFormatError } from '../../electron/store/decode';
import { type DataKey, deriveKey, type KeyParams } from '../../electron/store/encryption';
import { unlockWithKey, unlockWithPassphrase } from '../../electron/store/file-format';
import {
  listBackups,
  openStore,
  readDataFile,
  restoreBackup,
  StoreCorruptError,
  StoreEncryptedError,
} from '../../electron/store/index';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-encryption-');
const day1 = () => new Date(2026, 10, 26, 9, 0, 0);
const day2 = () => new Date(2026, 10, 27, 9, 0, 0);
const PASSPHRASE = 'correct horse battery staple';

/** Test keys are cheap to derive (N = 2^10); the app's default is 2^17 (see the last test). */
function cheapParams(): KeyParams {
  return { name: 'scrypt', N: 2 ** 10, r: 8, p: 1, salt: randomBytes(16).toString('base64') };
}

/** A data file with two people and a backup of the day before, plain. */
async function plainStoreWithBackup() {
  const dir = await tempDir();
  const path = join(dir, 'tiefgang.json');
  const first = await openStore({ path, now: day1 });
  await first.update((db) => addPerson(db, { displayName: 'Anna Geheim' }));
  await first.close();
  const store = await openStore({ path, now: day2 });
  await store.update((db) => addPerson(db, { displayName: 'Ben Vertraulich' }));
  return { dir, path, store };
}

async function allBytes(dir: string): Promise<string> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = names.filter((n) => n.isFile()).map((n) => join(n.parentPath, n.name));
  return (await Promise.all(files.map((f) => readFile(f, 'latin1')))).join('\n');
}

async function turnOn(): Promise<{ dir: string; path: string; key: DataKey; keptAs: string }> {
  const { dir, path, store } = await plainStoreWithBackup();
  const key = await deriveKey(PASSPHRASE, cheapParams());
  const { keptAs } = await store.setEncryption(key);
  await store.close();
  return { dir, path, key, keptAs };
}

describe('turning encryption on', () => {
  it('leaves no readable name in the data file, its backups or the kept old file', async () => {
    const { dir, path, keptAs } = await turnOn();
    expect((await readFile(path, 'utf8')).startsWith('{"tiefgang":"encrypted"')).toBe(true);
    const everything = await allBytes(dir);
    // Whole surnames: a short name such as 'Ben' turns up by chance in a few kilobytes of base64.
    expect(everything).not.toContain('Geheim');
    expect(everything).not.toContain('Vertraulich');
    expect(keptAs).toMatch(/tiefgang\.before-encryption-\d{8}-\d{6}\.json$/);
    // The kept file holds the data as it was, and opens with the same passphrase.
    const kept = await readDataFile(keptAs, { unlock: unlockWithPassphrase(PASSPHRASE) });
    expect(kept.people.map((p) => p.displayName)).toEqual(['Anna Geheim', 'Ben Vertraulich']);
    const backups = await listBackups(path);
    expect(backups.map((b) => b.day)).toEqual(['2026-11-27', '2026-11-26']);
    // Today's backup: the file as it was before today's first write.
    const today = await readDataFile(backups[0]!.path, { unlock: unlockWithPassphrase(PASSPHRASE) });
    expect(today.people.map((p) => p.displayName)).toEqual(['Anna Geheim']);
  });

  it('opens again with the passphrase, and every later write stays encrypted', async () => {
    const { dir, path } = await turnOn();
    const store = await openStore({ path, now: day2, unlock: unlockWithPassphrase(PASSPHRASE) });
    expect(store.key).toBeDefined();
    expect(store.read().people.map((p) => p.displayName)).toEqual(['Anna Geheim', 'Ben Vertraulich']);
    await store.update((db) => addPerson(db, { displayName: 'Cleo Privat' }));
    await store.close();
    expect(await allBytes(dir)).not.toContain('Cleo');
    const data = await readDataFile(path, { unlock: unlockWithPassphrase(PASSPHRASE) });
    expect(data.people).toHaveLength(3);
  });

  it('without a passphrase, or with a wrong one: a clear error, and nothing is touched', async () => {
    const { dir, path } = await turnOn();
    const before = await readdir(dir);
    const bytes = await readFile(path);
    const missing = await openStore({ path, now: day2 }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(StoreEncryptedError);
    expect(missing).toMatchObject({ code: 'store-encrypted' });
    const wrong = await openStore({ path, now: day2, unlock: unlockWithPassphrase('wrong') }).catch(
      (e: unknown) => e,
    );
    expect(wrong).toMatchObject({ code: 'store-passphrase-wrong' });
    await expect(readDataFile(path, { unlock: unlockWithPassphrase('wrong') })).rejects.toMatchObject({
      code: 'store-passphrase-wrong',
    });
    expect(await readdir(dir)).toEqual(before);
    expect(await readFile(path)).toEqual(bytes);
  });

  it('a damaged encrypted file is set aside like any other damage, never read as something else', async () => {
    const { path, key } = await turnOn();
    const text = await readFile(path, 'utf8');
    const at = text.indexOf('"data":"') + 20;
    const flipped = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    await writeFile(path, flipped);
    const error = (await openStore({ path, now: day2, unlock: unlockWithKey(key) }).catch(
      (e: unknown) => e,
    )) as StoreCorruptError;
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect(error.reason).toMatchObject({
      kind: 'format',
      message: expect.stringContaining('encrypted file is damaged'),
    });
    expect(await readFile(error.corruptPath, 'utf8')).toBe(flipped);
  });

  it('a Tiefgang without encryption reads it as a newer format and leaves it alone', async () => {
    const { path } = await turnOn();
    const text = await readFile(path, 'utf8');
    expect(() => decodeDatabase(text)).toThrow(NewerFormatError);
  });

  it('finishes at the next open a conversion of the backups that a crash interrupted', async () => {
    const { dir, path, key } = await turnOn();
    // As if the process died after the data file was switched but before this backup was converted.
    await writeFile(
      join(dir, 'backups', 'tiefgang-2026-11-20.json'),
      JSON.stringify({
        schemaVersion: 1,
        people: [
          {
            id: 'x',
            displayName: 'Dora Offen',
            createdAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:00:00.000Z',
          },
        ],
        encounters: [],
        contexts: [],
        ties: [],
        settings: {},
      }),
    );
    const store = await openStore({ path, now: day2, unlock: unlockWithKey(key) });
    await store.close();
    expect(await allBytes(dir)).not.toContain('Dora');
    const restored = await readDataFile(join(dir, 'backups', 'tiefgang-2026-11-20.json'), {
      unlock: unlockWithKey(key),
    });
    expect(restored.people[0]?.displayName).toBe('Dora Offen');
  });

  it('restores an encrypted backup with the key, and the data file stays encrypted', async () => {
    const { path, key } = await turnOn();
    const [today] = await listBackups(path);
    await expect(restoreBackup(path, today!.path)).rejects.toMatchObject({ code: 'store-encrypted' });
    await restoreBackup(path, today!.path, { unlock: unlockWithKey(key), now: day2 });
    expect((await readFile(path, 'utf8')).startsWith('{"tiefgang":"encrypted"')).toBe(true);
    expect(
      (await readDataFile(path, { unlock: unlockWithKey(key) })).people.map((p) => p.displayName),
    ).toEqual(['Anna Geheim']);
  });
});

describe('turning encryption off', () => {
  it('writes the plain file in one step, keeps the encrypted one, and decrypts the backups', async () => {
    const { dir, path, key } = await turnOn();
    const encrypted = await readFile(path);
    const store = await openStore({ path, now: day2, unlock: unlockWithKey(key) });
    const { keptAs } = await store.setEncryption(null);
    expect(store.key).toBeUndefined();
    // Plain at once, in that one write (not only from the next change on).
    expect((await readDataFile(path)).people).toHaveLength(2);
    await store.update((db) => addPerson(db, { displayName: 'Eva Klar' }));
    await store.close();
    expect(keptAs).toMatch(/tiefgang\.before-decryption-\d{8}-\d{6}\.json$/);
    expect(await readFile(keptAs)).toEqual(encrypted);
    const data = await readDataFile(path);
    expect(data.people.map((p) => p.displayName)).toEqual(['Anna Geheim', 'Ben Vertraulich', 'Eva Klar']);
    for (const backup of await listBackups(path)) {
      expect((await readFile(backup.path, 'utf8')).startsWith('{"tiefgang"')).toBe(false);
    }
    expect((await readdir(dir)).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('asks to turn it off before choosing another passphrase', async () => {
    const { path, key } = await turnOn();
    const store = await openStore({ path, now: day2, unlock: unlockWithKey(key) });
    await expect(store.setEncryption(await deriveKey('other', cheapParams()))).rejects.toThrow(
      /turn encryption off first/,
    );
    await store.close();
  });
});

describe('the key derivation', () => {
  it('uses scrypt with 128 MiB (N = 2^17, r = 8) by default, and a fresh salt each time', async () => {
    const a = await deriveKey(PASSPHRASE);
    const b = await deriveKey(PASSPHRASE);
    expect(a.params).toMatchObject({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(a.params.salt).not.toBe(b.params.salt);
    expect(a.key.equals(b.key)).toBe(false);
    expect((await deriveKey(PASSPHRASE, a.params)).key.equals(a.key)).toBe(true);
  }, 20_000);
});

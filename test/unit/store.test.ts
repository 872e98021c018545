import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../electron/errors';
import { addEncounter } from '../../electron/services/encounters/encounters';
import { addPerson } from '../../electron/services/people/people';
import { openStore, readDataFile, StoreIoError } from '../../electron/store/index';
import { RecordSerializer } from '../../electron/store/serialize';
import { type Database, type Person, SCHEMA_VERSION } from '../../shared/domain/schema';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-store-');

async function freshStore() {
  const dir = await tempDir();
  const path = join(dir, 'tiefgang.json');
  return { dir, path, store: await openStore({ path }) };
}

describe('openStore', () => {
  it('creates a missing file (and its folder) with an empty database at open', async () => {
    const dir = await tempDir();
    const path = join(dir, 'nested', 'folder', 'tiefgang.json');
    const store = await openStore({ path });
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as Database;
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
    expect(onDisk.people).toEqual([]);
    expect(store.read().settings.backups.keep).toBe(14);
    expect(store.revision).toBe(0);
    expect(store.path).toBe(path);
    await store.close();
  });

  it('reads back exactly what it wrote, after closing and opening again', async () => {
    const { path, store } = await freshStore();
    const anna = await store.update((db) =>
      addPerson(db, { displayName: 'Anna Berger', emails: ['anna@example.org'] }),
    );
    await store.update((db) =>
      addEncounter(db, {
        date: '2026-11-27T14:30+01:00',
        participants: [anna.id],
        channel: 'video',
        durationMinutes: 40,
      }),
    );
    const before = store.read();
    await store.close();
    const again = await openStore({ path });
    expect(again.read()).toEqual(before);
    await again.close();
  });
});

describe('the file layout', () => {
  it('puts top-level keys on their own lines and one record per line', async () => {
    const { path, store } = await freshStore();
    for (const name of ['Anna', 'Ben', 'Chloé'])
      await store.update((db) => addPerson(db, { displayName: name }));
    await store.close();
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines[0]).toBe('{');
    expect(lines[1]).toBe(`  "schemaVersion": ${SCHEMA_VERSION},`);
    expect(lines[2]).toBe('  "people": [');
    const people = lines.slice(3, 6);
    expect(people.map((l) => (JSON.parse(l.replace(/,$/, '')) as Person).displayName)).toEqual([
      'Anna',
      'Ben',
      'Chloé',
    ]);
    expect(people.every((l) => l.startsWith('    {"id":'))).toBe(true);
    expect(lines[6]).toBe('  ],');
    expect(lines).toContain('  "encounters": [],');
    expect(lines).toContain('  "settings": {');
    expect(lines.at(-1)).toBe('');
  });

  it('re-serialises only records that changed (cached by identity)', () => {
    const serializer = new RecordSerializer();
    const records = Array.from({ length: 50 }, (_, i) => ({ id: `r${i}`, n: i }));
    const data = { schemaVersion: 1, people: records };
    const first = serializer.serialize(data);
    const stringify = vi.spyOn(JSON, 'stringify');
    const changed = { ...data, people: records.map((r, i) => (i === 7 ? { ...r, n: 700 } : r)) };
    const second = serializer.serialize(changed);
    const recordCalls = stringify.mock.calls.filter(
      ([v]) => typeof v === 'object' && v !== null && 'id' in v,
    );
    stringify.mockRestore();
    expect(recordCalls).toHaveLength(1);
    expect(second).toBe(first.replace('{"id":"r7","n":7}', '{"id":"r7","n":700}'));
    expect(JSON.parse(second)).toEqual(changed);
  });
});

describe('the serializer across changes (blocks reused by identity)', () => {
  it('always writes what a fresh serializer writes, whatever is added, removed or replaced', () => {
    type Op = { kind: 'append' | 'insert' | 'remove' | 'replace' | 'move'; at: number; count: number };
    const op = fc.record({
      kind: fc.constantFrom('append', 'insert', 'remove', 'replace', 'move'),
      at: fc.nat(),
      count: fc.integer({ min: 1, max: 300 }),
    }) as fc.Arbitrary<Op>;
    let next = 0;
    const record = () => ({
      id: `r${next++}`,
      note: next % 7 === 0 ? 'Grüße, „quoted“ \\ and "escapes"' : '',
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), fc.array(op, { maxLength: 12 }), (initial, ops) => {
        const serializer = new RecordSerializer();
        let list = Array.from({ length: initial }, record);
        const check = () => {
          const data = { schemaVersion: 1, people: list, settings: { keep: 14 } };
          const text = serializer.serialize(data);
          expect(text).toBe(new RecordSerializer().serialize(data));
          expect(JSON.parse(text)).toEqual(data);
        };
        check();
        for (const { kind, at, count } of ops) {
          const i = list.length === 0 ? 0 : at % list.length;
          list = [...list];
          if (kind === 'append') list.push(...Array.from({ length: count }, record));
          if (kind === 'insert') list.splice(i, 0, ...Array.from({ length: count % 5 }, record));
          if (kind === 'remove') list.splice(i, count % 50);
          if (kind === 'replace' && list.length > 0) list[i] = record();
          if (kind === 'move') list.reverse();
          check();
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('update', () => {
  it('writes atomically: no temp file is left beside the data file', async () => {
    const { dir, store } = await freshStore();
    for (let i = 0; i < 10; i++) await store.update((db) => addPerson(db, { displayName: `P${i}` }));
    await store.close();
    expect((await readdir(dir)).sort()).toEqual(['backups', 'tiefgang.json']);
  });

  it('leaves memory and file byte-identical when mutate throws', async () => {
    const { path, store } = await freshStore();
    await store.update((db) => addPerson(db, { displayName: 'Anna' }));
    const bytes = await readFile(path);
    const data = store.read();
    await expect(
      store.update((db) => {
        addPerson(db, { displayName: 'Ben' });
        db.encounters = [];
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await readFile(path)).toEqual(bytes);
    expect(store.read()).toBe(data);
    expect(store.revision).toBe(1);
    await store.close();
  });

  it('refuses a change that would make the file invalid, and writes nothing', async () => {
    const { path, store } = await freshStore();
    const anna = await store.update((db) => addPerson(db, { displayName: 'Anna' }));
    const bytes = await readFile(path);
    const bad = store.update((db) => {
      db.encounters.push({
        id: 'e1',
        date: '2026-02-30',
        participants: [anna.id],
        channel: 'call',
        notes: '',
        createdAt: '2026-11-27T10:00:00.000Z',
        updatedAt: '2026-11-27T10:00:00.000Z',
      });
    });
    await expect(bad).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringContaining('encounters[0].date'),
    });
    expect(await readFile(path)).toEqual(bytes);
    await store.update((db) =>
      addEncounter(db, { date: '2026-11-27', participants: [anna.id], channel: 'call' }),
    );
    const withEncounter = await readFile(path);
    // Removing the person without their encounter would leave the encounter pointing at nobody.
    const dangling = store.update((db) => {
      db.people = [];
    });
    await expect(dangling).rejects.toThrow(`encounters[0].participants: unknown person ${anna.id}`);
    const ghost = store.update((db) => {
      db.encounters.push({ ...db.encounters[0]!, id: 'e2', participants: [anna.id, 'ghost'] });
    });
    await expect(ghost).rejects.toThrow('encounters[1].participants: unknown person ghost');
    expect(await readFile(path)).toEqual(withEncounter);
    await store.close();
  });

  it('refuses an edit of a record or a list in place (they are frozen)', async () => {
    const { path, store } = await freshStore();
    await store.update((db) => addPerson(db, { displayName: 'Anna' }));
    const bytes = await readFile(path);
    await expect(
      store.update((db) => {
        (db.people[0] as { displayName: string }).displayName = 'Changed';
      }),
    ).rejects.toThrow(TypeError);
    expect(store.read().people[0]?.displayName).toBe('Anna');
    expect(() => (store.read().people as Person[]).push(store.read().people[0]!)).toThrow(TypeError);
    expect(() => (store.read().people[0]!.emails as string[]).push('x@example.org')).toThrow(TypeError);
    expect(await readFile(path)).toEqual(bytes);
    await store.close();
  });

  it('serialises concurrent updates in call order, each against the latest data', async () => {
    const { path, store } = await freshStore();
    const revisions: number[] = [];
    store.onChange((c) => revisions.push(c.revision));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.update((db) => addPerson(db, { displayName: `P${i}` }).displayName),
      ),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => `P${i}`));
    expect(revisions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(store.revision).toBe(20);
    await store.close();
    expect((await readDataFile(path)).people.map((p) => p.displayName)).toEqual(results);
  });

  it('keeps memory and file unchanged when the write itself fails', async () => {
    const { path, store } = await freshStore();
    await store.update((db) => addPerson(db, { displayName: 'Anna' }));
    const data = store.read();
    // A non-empty folder where the file should be: the final rename fails (permissions do not stop root).
    await rm(path);
    await mkdir(join(path, 'blocker'), { recursive: true });
    const failed = store.update((db) => addPerson(db, { displayName: 'Ben' }));
    await expect(failed).rejects.toBeInstanceOf(StoreIoError);
    await expect(failed).rejects.toMatchObject({ code: 'store-io' });
    expect(store.read()).toBe(data);
    expect(store.revision).toBe(1);
    const leftovers = (await readdir(join(path, '..'))).filter((n) => n.includes('.tmp-'));
    expect(leftovers).toEqual([]);
    await store.close();
  });

  it('rejects a mutate that returns a promise, and updates after close', async () => {
    const { store } = await freshStore();
    await expect(store.update(async () => 1)).rejects.toBeInstanceOf(AppError);
    expect(store.revision).toBe(0);
    await store.close();
    await expect(store.update(() => 1)).rejects.toThrow(/closed/);
  });

  it('tells listeners about every acknowledged write, and stops when unsubscribed', async () => {
    const { store } = await freshStore();
    const seen: number[] = [];
    const stop = store.onChange((c) => seen.push(c.revision));
    store.onChange(() => {
      throw new Error('a broken listener does not break the write');
    });
    await store.update((db) => addPerson(db, { displayName: 'A' }));
    stop();
    await store.update((db) => addPerson(db, { displayName: 'B' }));
    expect(seen).toEqual([1]);
    await store.close();
  });
});

describe('readDataFile (read-only)', () => {
  it('reads without the lock and returns an empty database for a missing file', async () => {
    const { path, store } = await freshStore();
    await store.update((db) => addPerson(db, { displayName: 'Anna' }));
    expect((await readDataFile(path)).people).toHaveLength(1);
    await store.close();
    expect((await readDataFile(join(await tempDir(), 'none.json'))).people).toEqual([]);
  });

  it('reports an unreadable file without moving or changing it', async () => {
    const dir = await tempDir();
    const path = join(dir, 'tiefgang.json');
    await writeFile(path, '{ "schemaVersion": 1, ');
    await expect(readDataFile(path)).rejects.toMatchObject({
      code: 'store-corrupt',
      reason: { kind: 'syntax' },
    });
    expect(await readdir(dir)).toEqual(['tiefgang.json']);
  });
});

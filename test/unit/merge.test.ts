// Duplicates and merging (electron/services/duplicates.ts, merge.ts): which pairs are suggested and why,
// what a merge keeps, moves and drops, and that the preview is exactly what the merge then writes.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceDeps } from '../../electron/services/deps';
import { createHandlers } from '../../electron/services/handlers';
import { findDuplicatePairs } from '../../electron/services/people/duplicates';
import { mergedPerson } from '../../electron/services/people/merge';
import { openStore, type Store } from '../../electron/store/index';
import { person } from '../harness/fixtures';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-merge-');
const NOW = '2026-11-27T10:00:00.000Z';

function fixedDeps(): ServiceDeps {
  let id = 0;
  return { newId: () => `id${++id}`, now: () => new Date(NOW) };
}

describe('findDuplicatePairs', () => {
  it('suggests pairs by shared e-mail, shared phone, same and similar name, each pair once with its best reason', () => {
    const people = [
      person('a', { displayName: 'Anna Berger', emails: ['anna@example.org'] }),
      person('b', { displayName: 'A. Berger', emails: ['ANNA@example.org'] }),
      person('c', { displayName: 'Jürgen Müller', phones: ['+43 1 234 5678'] }),
      person('d', { displayName: 'Juergen Mueller' }),
      person('e', { displayName: 'Jo', phones: ['01 2345678'] }),
      person('f', { displayName: 'Katharina Meier' }),
      person('g', { displayName: 'Katharina Maier' }),
      person('h', { displayName: 'Berger, Anna' }),
      person('i', { displayName: 'Tom' }),
      person('j', { displayName: 'Tim' }),
    ];
    const pairs = findDuplicatePairs(people).map((p) => `${p.a}-${p.b}:${p.reason}`);
    expect(pairs).toEqual([
      'a-b:same-email',
      'c-e:shared-phone',
      'a-h:same-name',
      'c-d:same-name',
      'f-g:similar-name',
    ]);
  });

  it('finds nothing among distinct people', () => {
    expect(
      findDuplicatePairs([
        person('a', { displayName: 'Anna Berger' }),
        person('b', { displayName: 'Ben Berger' }),
        person('c', { displayName: 'Clara Novak' }),
      ]),
    ).toEqual([]);
  });
});

describe('mergedPerson', () => {
  it('keeps the kept values, fills blanks, joins lists and notes, and names the conflicts', () => {
    const keep = person('k', {
      displayName: 'Anna Berger',
      emails: ['anna@example.org'],
      tags: ['Vienna'],
      organisation: 'ACME',
      kind: 'client',
      closeness: 4,
      notes: 'Met at the fair.',
      createdAt: '2026-03-01T00:00:00.000Z',
    });
    const remove = person('r', {
      displayName: 'A. Berger',
      emails: ['ANNA@example.org', 'a.berger@work.example'],
      phones: ['+43 660 1234567'],
      tags: ['vienna', 'golf'],
      organisation: 'Other Corp',
      role: 'CFO',
      kind: 'prospect',
      pinnedRing: 2,
      notes: 'Plays golf.',
      createdAt: '2025-01-01T00:00:00.000Z',
      archived: true,
    });
    const { person: merged, conflicts } = mergedPerson(keep, remove, NOW);
    expect(merged).toMatchObject({
      id: 'k',
      displayName: 'Anna Berger',
      emails: ['anna@example.org', 'a.berger@work.example'],
      phones: ['+43 660 1234567'],
      tags: ['Vienna', 'golf'],
      organisation: 'ACME',
      role: 'CFO',
      kind: 'client',
      closeness: 4,
      pinnedRing: 2,
      notes: 'Met at the fair.\n\nPlays golf.',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: NOW,
      archived: false,
    });
    expect(conflicts.sort()).toEqual(['kind', 'organisation']);
    expect(Object.values(merged)).not.toContain(undefined);
  });
});

describe('people.mergePreview and people.merge on a real store', () => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('previews, then merges in one write: encounters and ties move, doubles are dropped, undo restores all', async () => {
    store = await openStore({ path: join(await tempDir(), 'tiefgang.json') });
    const h = createHandlers(store, { version: '1', systemLocale: 'en' }, fixedDeps());
    const anna = await h['people.create']({ displayName: 'Anna Berger', emails: ['anna@example.org'] });
    const dup = await h['people.create']({ displayName: 'Anna Berger', phones: ['+43 1 555 1234'] });
    const ben = await h['people.create']({ displayName: 'Ben' });
    const cleo = await h['people.create']({ displayName: 'Cleo' });
    await h['encounters.create']({ date: '2026-10-01', participants: [dup.id], channel: 'call' });
    await h['encounters.create']({
      date: '2026-10-02',
      participants: [anna.id, dup.id, ben.id],
      channel: 'event',
    });
    await h['encounters.create']({ date: '2026-10-03', participants: [anna.id], channel: 'video' });
    await h['ties.create']({ a: anna.id, b: dup.id }); // between the two: dropped
    await h['ties.create']({ a: ben.id, b: dup.id }); // moves to Anna
    await h['ties.create']({ a: anna.id, b: cleo.id });
    await h['ties.create']({ a: dup.id, b: cleo.id }); // Anna and Cleo are tied already: dropped
    await h['map.pin']({ layout: 'force', personId: dup.id, x: 1, y: 2 });
    expect(await h['people.duplicates']({})).toEqual([{ a: anna.id, b: dup.id, reason: 'same-name' }]);

    const before = await readFile(store.path);
    const revision = store.revision;
    const preview = await h['people.mergePreview']({ keepId: anna.id, removeId: dup.id });
    expect(store.revision).toBe(revision);
    expect((await readFile(store.path)).equals(before)).toBe(true);
    expect(preview).toMatchObject({ encountersMoved: 1, encountersShared: 1, tiesMoved: 1, tiesDropped: 2 });
    expect(preview.merged.phones).toEqual(['+43 1 555 1234']);

    const merged = await h['people.merge']({ keepId: anna.id, removeId: dup.id });
    expect(store.revision).toBe(revision + 1);
    expect(merged).toEqual(preview.merged);
    const db = store.read();
    expect(db.people.map((p) => p.displayName)).toEqual(['Anna Berger', 'Ben', 'Cleo']);
    expect(db.encounters.map((e) => e.participants)).toEqual([[anna.id], [anna.id, ben.id], [anna.id]]);
    expect(db.ties.map((t) => [t.a, t.b])).toEqual([
      [ben.id, anna.id],
      [anna.id, cleo.id],
    ]);
    expect(db.mapPins.force).toEqual({});
    expect((await h['history.state']({})).undo).toEqual({
      key: 'history:merge',
      values: { keep: 'Anna Berger', remove: 'Anna Berger' },
    });

    await h['history.undo']({});
    expect((await readFile(store.path)).equals(before)).toBe(true);
  });

  it('refuses a merge with someone who does not exist, writing nothing', async () => {
    store = await openStore({ path: join(await tempDir(), 'tiefgang.json') });
    const h = createHandlers(store, { version: '1', systemLocale: 'en' }, fixedDeps());
    const anna = await h['people.create']({ displayName: 'Anna' });
    const before = await readFile(store.path);
    await expect(h['people.merge']({ keepId: anna.id, removeId: 'ghost' })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(h['people.mergePreview']({ keepId: 'ghost', removeId: anna.id })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect((await readFile(store.path)).equals(before)).toBe(true);
  });
});

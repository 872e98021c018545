// The everyday services on a real store: quick log, contexts and ties, snooze, plan, welcome,
// sample, import preview/commit, backups, and the desktop actions main injects.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceDeps } from '../../electron/services/deps';
import { createHandlers } from '../../electron/services/handlers';
import { openStore, type Store } from '../../electron/store/index';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-everyday-services-');

function fixedDeps(): ServiceDeps {
  let id = 0;
  return { newId: () => `id${++id}`, now: () => new Date(Date.UTC(2026, 10, 27, 10, 0)) };
}

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function setup(desktop = {}) {
  store = await openStore({ path: join(await tempDir(), 'tiefgang.json') });
  const h = createHandlers(store, { version: '1', systemLocale: 'en' }, fixedDeps(), desktop);
  const bytes = () => readFile(store!.path);
  return { store, h, bytes };
}

describe('quick log, contexts, ties, snooze, plan', () => {
  it('logs with new people in one write; refuses an unknown participant without creating anyone', async () => {
    const { h, store, bytes } = await setup();
    const anna = await h['people.create']({ displayName: 'Anna' });
    const revision = store.revision;
    const logged = await h['encounters.log']({
      date: '2026-11-26',
      participants: [anna.id],
      newPeople: ['Nora Fink', 'Otto Graf'],
      channel: 'event',
    });
    expect(store.revision).toBe(revision + 1);
    expect(logged.created.map((p) => p.displayName)).toEqual(['Nora Fink', 'Otto Graf']);
    expect(logged.encounter.participants).toEqual([anna.id, ...logged.created.map((p) => p.id)]);

    const before = await bytes();
    await expect(
      h['encounters.log']({
        date: '2026-11-26',
        participants: ['ghost'],
        newPeople: ['Would Be'],
        channel: 'call',
      }),
    ).rejects.toMatchObject({ code: 'not-found', fields: { participants: 'unknown: ghost' } });
    expect((await bytes()).equals(before)).toBe(true);
    expect(store.read().people).toHaveLength(3);
  });

  it('logs with a new context in the same write, or the existing one of that name', async () => {
    const { h, store } = await setup();
    const anna = await h['people.create']({ displayName: 'Anna' });
    const revision = store.revision;
    const logged = await h['encounters.log']({
      date: '2026-11-26',
      participants: [anna.id],
      newPeople: [],
      channel: 'event',
      newContext: 'Rowing Club',
    });
    expect(store.revision).toBe(revision + 1);
    expect(logged.createdContext).toMatchObject({ name: 'Rowing Club', kind: 'other' });
    expect(logged.encounter.contextId).toBe(logged.createdContext!.id);
    const again = await h['encounters.log']({
      date: '2026-11-27',
      participants: [anna.id],
      newPeople: [],
      channel: 'event',
      newContext: 'rowing club',
    });
    expect(again.createdContext).toBeUndefined();
    expect(again.encounter.contextId).toBe(logged.createdContext!.id);
    expect(store.read().contexts).toHaveLength(1);
  });

  it('renames a context (names stay unique), deletes it from people and encounters, removes a tie', async () => {
    const { h, store } = await setup();
    const club = await h['contexts.create']({ name: 'Rowing Club', kind: 'club' });
    await h['contexts.create']({ name: 'Chess Club' });
    const anna = await h['people.create']({ displayName: 'Anna', contexts: [club.id] });
    const ben = await h['people.create']({ displayName: 'Ben' });
    await h['encounters.create']({
      date: '2026-11-01',
      participants: [anna.id],
      channel: 'event',
      contextId: club.id,
    });
    await expect(h['contexts.update']({ id: club.id, patch: { name: 'chess club' } })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(
      await h['contexts.update']({ id: club.id, patch: { name: 'Rowing Club Vienna', kind: 'association' } }),
    ).toMatchObject({
      name: 'Rowing Club Vienna',
      kind: 'association',
    });
    await h['contexts.delete']({ id: club.id });
    const db = store.read();
    expect(db.contexts.map((c) => c.name)).toEqual(['Chess Club']);
    expect(db.people.find((p) => p.id === anna.id)?.contexts).toEqual([]);
    expect(db.encounters[0]).not.toHaveProperty('contextId');
    const tie = await h['ties.create']({ a: anna.id, b: ben.id });
    await h['ties.delete']({ id: tie.id });
    expect(store.read().ties).toEqual([]);
    await expect(h['ties.delete']({ id: tie.id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('snoozes and wakes a person; an edit keeps the snooze; plan and welcome are settings', async () => {
    const { h } = await setup();
    const anna = await h['people.create']({ displayName: 'Anna' });
    expect(await h['people.snooze']({ id: anna.id, until: '2026-12-27' })).toMatchObject({
      snoozedUntil: '2026-12-27',
    });
    expect(await h['people.update']({ id: anna.id, patch: { closeness: 4 } })).toMatchObject({
      snoozedUntil: '2026-12-27',
      closeness: 4,
    });
    expect(await h['people.snooze']({ id: anna.id, until: null })).not.toHaveProperty('snoozedUntil');
    const goals = [{ id: 'g1', count: 3, maxRing: 2 as const, channels: 'in_person' as const }];
    expect((await h['plan.update']({ weeklyGoals: goals })).plan).toEqual({ weeklyGoals: goals });
    expect((await h['welcome.finish']({})).onboarded).toBe(true);
  });
});

describe('first run: sample and import', () => {
  it('loads the sample only into empty data, in one write', async () => {
    const { h, store } = await setup();
    const result = await h['sample.load']({ locale: 'de', today: '2026-11-27' });
    expect(result.people).toBeGreaterThan(100);
    expect(store.revision).toBe(1);
    expect(store.read().settings).toMatchObject({ onboarded: true });
    await expect(h['sample.load']({ locale: 'de', today: '2026-11-27' })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('previews an import without writing, commits only the current preview, and names a broken file’s problem', async () => {
    const { h, store, bytes } = await setup();
    const before = await bytes();
    const broken = await h['import.preview']({
      fileName: 'photo.vcf',
      base64: Buffer.from([0xff, 0xd8, 0xff, 0, 0, 1]).toString('base64'),
      today: '2026-11-27',
    });
    expect(broken).toMatchObject({ status: 'error', reason: 'binary', params: { file: 'photo.vcf' } });
    const csv = [
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berger\r\nEMAIL:anna@example.org\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Novak\r\nEMAIL:ben@example.org\r\nEND:VCARD\r\n',
    ].join('\r\n');
    const first = await h['import.preview']({
      fileName: 'people.vcf',
      base64: Buffer.from(csv).toString('base64'),
      today: '2026-11-27',
    });
    const second = await h['import.preview']({
      fileName: 'people.vcf',
      base64: Buffer.from(csv).toString('base64'),
      today: '2026-11-27',
    });
    expect((await bytes()).equals(before)).toBe(true);
    if (first.status !== 'ready' || second.status !== 'ready') throw new Error('expected previews');
    expect(second.counts.newPeople).toBe(2);
    await expect(h['import.commit']({ token: first.token, mergeDuplicates: false })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await bytes()).equals(before)).toBe(true);
    const committed = await h['import.commit']({ token: second.token, mergeDuplicates: false });
    expect(committed.counts.newPeople).toBe(2);
    expect(store.read().people.map((p) => p.displayName)).toEqual(['Anna Berger', 'Ben Novak']);
    expect((await h['history.state']({})).undo?.values).toEqual({ file: 'people.vcf' });
    await expect(h['import.commit']({ token: second.token, mergeDuplicates: false })).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});

describe('backups and the data file', () => {
  it('lists backups, restores one as an undoable change and refuses an unknown day', async () => {
    const { h, store } = await setup();
    await h['people.create']({ displayName: 'Anna' });
    await h['settings.update']({ language: 'de' });
    const backups = await h['backups.list']({});
    expect(backups.length).toBe(1);
    await expect(h['backups.restore']({ day: '1999-01-01' })).rejects.toMatchObject({ code: 'not-found' });
    expect(await h['backups.restore']({ day: backups[0]!.day })).toEqual({ people: 0, encounters: 0 });
    // The language chosen today stays; the records are the backup's.
    expect(store.read().settings.language).toBe('de');
    expect(store.read().people).toEqual([]);
    await h['history.undo']({});
    expect(store.read().people.map((p) => p.displayName)).toEqual(['Anna']);
  });

  it('shows the folder and moves the file through the functions main provides; without them says so', async () => {
    const opened: string[] = [];
    const { h, store } = await setup({
      openFolder: async (path: string) => {
        opened.push(path);
      },
      moveDataFile: async () => ({ path: '/elsewhere/tiefgang.json' }),
    });
    expect(await h['data.location']({})).toMatchObject({
      path: store.path,
      canOpenFolder: true,
      canMove: true,
    });
    expect(await h['data.openFolder']({})).toEqual({ opened: true });
    expect(opened).toEqual([store.path]);
    expect(await h['data.move']({})).toEqual({ moved: true, path: '/elsewhere/tiefgang.json' });
    await store.close();
    const bare = await setup();
    expect(await bare.h['data.location']({})).toMatchObject({ canOpenFolder: false, canMove: false });
    await expect(bare.h['data.openFolder']({})).rejects.toMatchObject({ code: 'forbidden' });
    await expect(bare.h['data.move']({})).rejects.toMatchObject({ code: 'forbidden' });
  });
});

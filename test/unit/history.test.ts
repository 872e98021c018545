// Undo and redo (electron/services/history*.ts): the diff by identity, and every change through the
// real handlers on a real store, with the data file compared byte for byte after undo and redo.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceDeps } from '../../electron/services/deps';
import { createHandlers } from '../../electron/services/handlers';
import { createHistory } from '../../electron/services/history/history';
import { applyDiff, diffDatabase, spliceOf } from '../../electron/services/history/history-diff';
import { openStore, type Store } from '../../electron/store/index';
import { type Database, emptyDatabase } from '../../shared/domain/schema';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-history-');

function fixedDeps(): ServiceDeps {
  let id = 0;
  let minute = 0;
  return {
    newId: () => `id${++id}`,
    now: () => new Date(Date.UTC(2026, 10, 27, 10, minute++)),
  };
}

describe('spliceOf: the changed middle of two lists, by identity', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };
  const c = { id: 'c' };
  const d = { id: 'd' };

  it('finds an append, a replacement, a removal and no change', () => {
    expect(spliceOf([a, b], [a, b, c])).toEqual({ start: 2, removed: [], added: [c] });
    const b2 = { id: 'b' };
    expect(spliceOf([a, b, c], [a, b2, c])).toEqual({ start: 1, removed: [b], added: [b2] });
    expect(spliceOf([a, b, c, d], [a, d])).toEqual({ start: 1, removed: [b, c], added: [] });
    expect(spliceOf([a, b], [a, b])).toBeUndefined();
    expect(spliceOf([], [])).toBeUndefined();
    // Equal content but a new object is a change (records are replaced, never edited).
    expect(spliceOf([a], [{ id: 'a' }])?.removed).toEqual([a]);
  });

  it('handles repeated records at both ends without overlapping the prefix and the suffix', () => {
    expect(spliceOf([a, a], [a, a, a])).toEqual({ start: 2, removed: [], added: [a] });
    expect(spliceOf([a, a, a], [a])).toEqual({ start: 1, removed: [a, a], added: [] });
  });

  it('undo and redo of a diff give back the exact lists', () => {
    const before: Database = { ...emptyDatabase(), people: [] };
    const p = (id: string) => ({ ...before, id }) as never;
    before.people = [p('1'), p('2'), p('3')];
    const after: Database = { ...before, people: [before.people[0]!, p('2b'), before.people[2]!, p('4')] };
    const diff = diffDatabase(before, after)!;
    const draft = { ...after, people: [...after.people] };
    applyDiff(draft, diff, 'undo');
    expect(draft.people).toEqual(before.people);
    draft.people.forEach((person, i) => {
      expect(person).toBe(before.people[i]);
    });
    applyDiff(draft, diff, 'redo');
    draft.people.forEach((person, i) => {
      expect(person).toBe(after.people[i]);
    });
  });
});

describe('history on a real store', () => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  async function setup(limit?: number) {
    store = await openStore({ path: join(await tempDir(), 'tiefgang.json') });
    const history = createHistory(store, limit);
    const h = createHandlers(store, { version: '1', systemLocale: 'en' }, fixedDeps(), {}, history);
    const bytes = () => readFile(store!.path);
    return { store, history, h, bytes };
  }

  it('undoes and redoes a delete of a person with encounters and ties, byte for byte', async () => {
    const { h, bytes, store } = await setup();
    const anna = await h['people.create']({ displayName: 'Anna Berger' });
    const ben = await h['people.create']({ displayName: 'Ben' });
    const cleo = await h['people.create']({ displayName: 'Cleo' });
    await h['encounters.create']({ date: '2026-11-01', participants: [anna.id], channel: 'call' });
    await h['encounters.create']({ date: '2026-11-02', participants: [ben.id], channel: 'call' });
    await h['encounters.create']({ date: '2026-11-03', participants: [anna.id, cleo.id], channel: 'event' });
    await h['ties.create']({ a: anna.id, b: ben.id });
    await h['map.pin']({ layout: 'ego', personId: anna.id, x: 10, y: 20 });
    const beforeDelete = await bytes();

    await h['people.delete']({ id: anna.id });
    const afterDelete = await bytes();
    expect(store.read().people.map((p) => p.displayName)).toEqual(['Ben', 'Cleo']);
    expect(store.read().ties).toEqual([]);
    expect((await h['history.state']({})).undo).toEqual({
      key: 'history:deletePerson',
      values: { name: 'Anna Berger' },
    });

    const undone = await h['history.undo']({});
    expect(undone.label.key).toBe('history:deletePerson');
    expect(undone.state.redo?.key).toBe('history:deletePerson');
    expect((await bytes()).equals(beforeDelete)).toBe(true);

    await h['history.redo']({});
    expect((await bytes()).equals(afterDelete)).toBe(true);
    await h['history.undo']({});
    expect((await bytes()).equals(beforeDelete)).toBe(true);
  });

  it('undoes every step back to an empty file, then redoes all of them', async () => {
    const { h, bytes } = await setup();
    const empty = await bytes();
    const anna = await h['people.create']({ displayName: 'Anna' });
    const club = await h['contexts.create']({ name: 'Rowing club', kind: 'club' });
    const meet = await h['encounters.log']({
      date: '2026-11-20',
      participants: [anna.id],
      newPeople: ['Dora New'],
      channel: 'in_person',
      contextId: club.id,
    });
    await h['encounters.update']({ id: meet.encounter.id, patch: { notes: 'rowing' } });
    await h['people.update']({ id: anna.id, patch: { archived: true } });
    await h['people.snooze']({ id: anna.id, until: '2026-12-20' });
    await h['settings.update']({ ownerName: 'Me' });
    await h['plan.update']({ weeklyGoals: [{ id: 'g1', count: 3, maxRing: 2, channels: 'in_person' }] });
    await h['contexts.delete']({ id: club.id });
    const full = await bytes();
    const steps = (await h['history.state']({})).undoSteps;
    expect(steps).toBe(9);
    const labels: string[] = [];
    for (let i = 0; i < steps; i++) labels.push((await h['history.undo']({})).label.key);
    expect(labels).toEqual([
      'history:deleteContext',
      'history:plan',
      'history:settings',
      'history:snooze',
      'history:archivePerson',
      'history:updateEncounter',
      'history:logEncounter',
      'history:createContext',
      'history:createPerson',
    ]);
    expect((await bytes()).equals(empty)).toBe(true);
    await expect(h['history.undo']({})).rejects.toMatchObject({ code: 'conflict' });
    for (let i = 0; i < steps; i++) await h['history.redo']({});
    expect((await bytes()).equals(full)).toBe(true);
  });

  it('a new change clears the redo steps; refused changes and failed undos record nothing', async () => {
    const { h, store } = await setup();
    const anna = await h['people.create']({ displayName: 'Anna' });
    await h['people.create']({ displayName: 'Ben' });
    await h['history.undo']({});
    expect((await h['history.state']({})).redoSteps).toBe(1);
    await h['people.update']({ id: anna.id, patch: { closeness: 4 } });
    expect(await h['history.state']({})).toMatchObject({ undoSteps: 2, redoSteps: 0 });
    const revision = store.revision;
    await expect(h['people.delete']({ id: 'nobody' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(h['history.redo']({})).rejects.toMatchObject({ code: 'conflict' });
    expect(store.revision).toBe(revision);
    expect((await h['history.state']({})).undoSteps).toBe(2);
  });

  it('keeps at most `limit` steps', async () => {
    const { h } = await setup(3);
    for (const name of ['A', 'B', 'C', 'D', 'E']) await h['people.create']({ displayName: name });
    expect((await h['history.state']({})).undoSteps).toBe(3);
    for (let i = 0; i < 3; i++) await h['history.undo']({});
    await expect(h['history.undo']({})).rejects.toMatchObject({ code: 'conflict' });
    expect(store!.read().people.map((p) => p.displayName)).toEqual(['A', 'B']);
  });

  it('follows records by id when a change the history did not record came in between', async () => {
    const { h, store } = await setup();
    const anna = await h['people.create']({ displayName: 'Anna' });
    await h['people.update']({ id: anna.id, patch: { organisation: 'ACME' } });
    // A write straight to the store (as another part of the app might do) reorders nothing but adds someone.
    await store.update((db) => {
      db.people.unshift({ ...db.people[0]!, id: 'outsider', displayName: 'Outsider' });
    });
    await h['history.undo']({});
    expect(store.read().people.map((p) => [p.displayName, p.organisation])).toEqual([
      ['Outsider', 'ACME'],
      ['Anna', undefined],
    ]);
    await h['history.undo']({});
    expect(store.read().people.map((p) => p.displayName)).toEqual(['Outsider']);
  });

  it('refuses to undo a settings change that was overwritten outside the history, writing nothing', async () => {
    const { h, store, bytes } = await setup();
    await h['settings.update']({ ownerName: 'Me' });
    await store.update((db) => {
      db.settings = { ...db.settings, ownerName: 'Someone else' };
    });
    const before = await bytes();
    await expect(h['history.undo']({})).rejects.toMatchObject({ code: 'conflict' });
    expect((await bytes()).equals(before)).toBe(true);
    expect((await h['history.state']({})).undoSteps).toBe(1);
  });

  it('runs changes and undos in the order they were asked for, even without waiting', async () => {
    const { h, store } = await setup();
    const first = h['people.create']({ displayName: 'Anna' });
    const undo = h['history.undo']({});
    const second = h['people.create']({ displayName: 'Ben' });
    await Promise.all([first, undo, second]);
    expect(store.read().people.map((p) => p.displayName)).toEqual(['Ben']);
    expect(await h['history.state']({})).toMatchObject({ undoSteps: 1, redoSteps: 0 });
  });
});

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/errors';
import { addContext } from '../../electron/services/contexts/contexts';
import type { ServiceDeps } from '../../electron/services/deps';
import {
  addEncounter,
  changeEncounter,
  removeEncounter,
} from '../../electron/services/encounters/encounters';
import { createHandlers } from '../../electron/services/handlers';
import { findOnePerson, LookupError, matchKey, matchPeople } from '../../electron/services/lookup';
import { addPerson, changePerson, removePerson } from '../../electron/services/people/people';
import { buildPerson, patchPerson } from '../../electron/services/records/person';
import { changeSettings } from '../../electron/services/settings/settings';
import { addTie } from '../../electron/services/ties/ties';
import { openStore, type Store } from '../../electron/store/index';
import { type Database, emptyDatabase } from '../../shared/domain/schema';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-services-');

/** Ids p1, p2… per test and a clock that moves one minute per call. */
function fixedDeps(): ServiceDeps {
  let id = 0;
  let minute = 0;
  return {
    newId: () => `id${++id}`,
    now: () => new Date(Date.UTC(2026, 10, 27, 10, minute++)),
  };
}

function expectAppError(fn: () => unknown, code: string, text: string | RegExp) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect((error as AppError).message).toMatch(text);
    return;
  }
  throw new Error('expected an AppError');
}

describe('person records', () => {
  it('trims names, lower-cases and de-duplicates e-mails, drops empty optional text', () => {
    const person = buildPerson(
      {
        displayName: '  Jürgen Groß ',
        givenName: ' ',
        organisation: ' ACME ',
        emails: ['JG@Example.org', 'jg@example.org ', 'second@example.org'],
        tags: ['client', ' client', ''],
      },
      'p1',
      '2026-11-27T10:00:00.000Z',
    );
    expect(person).toEqual({
      id: 'p1',
      displayName: 'Jürgen Groß',
      organisation: 'ACME',
      emails: ['jg@example.org', 'second@example.org'],
      phones: [],
      urls: [],
      tags: ['client'],
      contexts: [],
      kind: 'other',
      notes: '',
      createdAt: '2026-11-27T10:00:00.000Z',
      updatedAt: '2026-11-27T10:00:00.000Z',
      archived: false,
    });
    expect(Object.keys(person)).not.toContain('givenName');
  });

  it('applies a patch: missing keys stay, null clears, values replace; the original is untouched', () => {
    const person = buildPerson(
      { displayName: 'Anna', role: 'CTO', closeness: 4, pinnedRing: 2, cadenceDays: 30 },
      'p1',
      '2026-11-01T00:00:00.000Z',
    );
    const frozen = Object.freeze({ ...person });
    const patched = patchPerson(
      frozen,
      { role: null, closeness: null, pinnedRing: 1, emails: ['A@B.org'], archived: true },
      '2026-11-27T00:00:00.000Z',
    );
    expect(patched).toMatchObject({
      displayName: 'Anna',
      pinnedRing: 1,
      cadenceDays: 30,
      emails: ['a@b.org'],
      archived: true,
    });
    expect(patched).not.toHaveProperty('role');
    expect(patched).not.toHaveProperty('closeness');
    expect(patched.createdAt).toBe('2026-11-01T00:00:00.000Z');
    expect(patched.updatedAt).toBe('2026-11-27T00:00:00.000Z');
    expect(frozen.role).toBe('CTO');
  });
});

describe('operations on a database draft', () => {
  function seeded() {
    const deps = fixedDeps();
    const db: Database = emptyDatabase();
    const anna = addPerson(db, { displayName: 'Anna' }, deps);
    const ben = addPerson(db, { displayName: 'Ben' }, deps);
    const cleo = addPerson(db, { displayName: 'Cleo' }, deps);
    return { db, deps, anna, ben, cleo };
  }

  it('sets ids and timestamps from deps', () => {
    const { anna, ben } = seeded();
    expect([anna.id, ben.id]).toEqual(['id1', 'id2']);
    expect(anna.createdAt).toBe('2026-11-27T10:00:00.000Z');
  });

  it('checks that participants and the context exist, naming what is missing', () => {
    const { db, deps, anna } = seeded();
    expectAppError(
      () =>
        addEncounter(
          db,
          { date: '2026-11-27', participants: [anna.id, 'ghost', 'nobody'], channel: 'call' },
          deps,
        ),
      'not-found',
      'there are no people with ids ghost, nobody',
    );
    expectAppError(
      () =>
        addEncounter(
          db,
          { date: '2026-11-27', participants: [anna.id], channel: 'call', contextId: 'club' },
          deps,
        ),
      'not-found',
      'there is no context with id club',
    );
    expectAppError(() => addPerson(db, { displayName: 'X', contexts: ['club'] }, deps), 'not-found', 'club');
    expectAppError(() => changePerson(db, 'ghost', { displayName: 'X' }, deps), 'not-found', 'ghost');
    expectAppError(() => removeEncounter(db, 'ghost'), 'not-found', 'encounter with id ghost');
    expect(db.encounters).toEqual([]);
  });

  it('patches encounters (null clears the context) and de-duplicates participants', () => {
    const { db, deps, anna, ben } = seeded();
    const club = addContext(db, { name: 'Rotary' }, deps);
    const e = addEncounter(
      db,
      {
        date: '2026-11-27',
        participants: [anna.id, anna.id, ben.id],
        channel: 'event',
        contextId: club.id,
        durationMinutes: 90,
      },
      deps,
    );
    expect(e.participants).toEqual([anna.id, ben.id]);
    const changed = changeEncounter(
      db,
      e.id,
      { contextId: null, durationMinutes: null, notes: 'dinner' },
      deps,
    );
    expect(changed).not.toHaveProperty('contextId');
    expect(changed).not.toHaveProperty('durationMinutes');
    expect(changed.notes).toBe('dinner');
    expect(db.encounters[0]).toBe(changed);
  });

  it('deleting a person takes them out of group encounters, deletes their solo encounters and ties', () => {
    const { db, deps, anna, ben, cleo } = seeded();
    const solo = addEncounter(db, { date: '2026-11-01', participants: [anna.id], channel: 'call' }, deps);
    const group = addEncounter(
      db,
      { date: '2026-11-02', participants: [anna.id, ben.id], channel: 'event' },
      deps,
    );
    const other = addEncounter(db, { date: '2026-11-03', participants: [cleo.id], channel: 'video' }, deps);
    addTie(db, { a: anna.id, b: ben.id }, deps);
    const kept = addTie(db, { a: ben.id, b: cleo.id }, deps);
    const result = removePerson(db, anna.id, deps);
    expect(result).toEqual({ id: anna.id, encountersDeleted: 1, encountersChanged: 1, tiesDeleted: 1 });
    expect(db.people.map((p) => p.id)).toEqual([ben.id, cleo.id]);
    expect(db.encounters.map((e) => e.id)).toEqual([group.id, other.id]);
    expect(db.encounters[0]?.participants).toEqual([ben.id]);
    expect(db.encounters[1]).toBe(other); // untouched records keep their identity
    expect(db.ties).toEqual([kept]);
    expect(db.encounters.some((e) => e.id === solo.id)).toBe(false);
  });

  it('refuses a tie to oneself, between unknown people, or a second tie for a pair', () => {
    const { db, deps, anna, ben } = seeded();
    expectAppError(() => addTie(db, { a: anna.id, b: anna.id }, deps), 'invalid-request', 'themselves');
    expectAppError(() => addTie(db, { a: anna.id, b: 'ghost' }, deps), 'not-found', 'ghost');
    addTie(db, { a: anna.id, b: ben.id, kind: 'works_with', strength: 3 }, deps);
    expectAppError(() => addTie(db, { a: ben.id, b: anna.id }, deps), 'conflict', 'tied already');
  });

  it('keeps context names unique, ignoring case and accents', () => {
    const { db, deps } = seeded();
    addContext(db, { name: 'Café Müller', kind: 'club' }, deps);
    expectAppError(() => addContext(db, { name: ' cafe MULLER ' }, deps), 'conflict', 'Café Müller');
  });

  it('patches settings field by field', () => {
    const db = emptyDatabase();
    const before = db.settings;
    const settings = changeSettings(db, { ownerName: ' Mia ', backups: { keep: 7 } });
    expect(settings).toMatchObject({ ownerName: 'Mia', language: 'system', backups: { keep: 7 } });
    expect(settings.model).toBe(before.model);
    expect(before.ownerName).toBe('');
  });
});

describe('finding people by what a person types', () => {
  const deps = fixedDeps();
  const db = emptyDatabase();
  const jurgen = addPerson(db, { displayName: 'Jürgen Groß', emails: ['jg@example.org'] }, deps);
  const anna1 = addPerson(db, { displayName: 'Anna Berger' }, deps);
  const anna2 = addPerson(db, { displayName: 'anna  berger' }, deps);
  const mia = addPerson(db, { displayName: 'Mia', givenName: 'Maria', familyName: 'Lopez' }, deps);

  it('ignores case, accents, ß and extra spaces', () => {
    expect(matchKey('  Jürgen   GROSS ')).toBe('jurgen gross');
    expect(matchPeople(db, 'jurgen gross')).toEqual([jurgen]);
    expect(matchPeople(db, 'JG@EXAMPLE.ORG')).toEqual([jurgen]);
    expect(matchPeople(db, anna1.id)).toEqual([anna1]);
    expect(matchPeople(db, 'maria lopez')).toEqual([mia]);
    expect(matchPeople(db, 'nobody')).toEqual([]);
  });

  it('calls an ambiguous name an error listing the candidates', () => {
    expect(() => findOnePerson(db, 'Anna Berger')).toThrow(LookupError);
    try {
      findOnePerson(db, 'Anna Berger');
    } catch (e) {
      expect((e as LookupError).candidates).toEqual([anna1, anna2]);
      expect((e as LookupError).message).toContain(anna2.id);
    }
  });
});

describe('createHandlers (every contract channel, on a real store)', () => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('implements every channel, each change in one durable write', async () => {
    store = await openStore({ path: join(await tempDir(), 'tiefgang.json') });
    const h = createHandlers(store, { version: '0.1.0', systemLocale: 'de-AT' }, fixedDeps());
    expect(Object.keys(h).sort()).toEqual([...INVOKE_CHANNELS].sort());

    expect(await h['app.info']({})).toEqual({
      version: '0.1.0',
      dataFile: store.path,
      systemLocale: 'de-AT',
    });
    const anna = await h['people.create']({ displayName: 'Anna' });
    const ben = await h['people.create']({ displayName: 'Ben' });
    const club = await h['contexts.create']({ name: 'Rotary', kind: 'club' });
    const meet = await h['encounters.create']({
      date: '2026-11-27',
      participants: [anna.id, ben.id],
      channel: 'event',
      contextId: club.id,
    });
    await h['ties.create']({ a: anna.id, b: ben.id });
    expect((await h['people.update']({ id: ben.id, patch: { closeness: 5 } })).closeness).toBe(5);
    expect((await h['encounters.update']({ id: meet.id, patch: { notes: 'n' } })).notes).toBe('n');
    expect((await h['settings.update']({ ownerName: 'Mia' })).ownerName).toBe('Mia');
    expect(store.revision).toBe(8);

    const revision = store.revision;
    expect(await h['people.delete']({ id: anna.id })).toEqual({ id: anna.id, deleted: true });
    expect(store.revision).toBe(revision + 1); // person, encounter change and tie: one write
    const snapshot = await h['db.snapshot']({});
    expect(contract['db.snapshot'].response.parse(snapshot)).toEqual(snapshot);
    expect(snapshot.revision).toBe(store.revision);
    expect(snapshot.people.map((p) => p.displayName)).toEqual(['Ben']);
    expect(snapshot.encounters[0]?.participants).toEqual([ben.id]);
    expect(snapshot.ties).toEqual([]);

    expect(await h['encounters.delete']({ id: meet.id })).toEqual({ id: meet.id, deleted: true });
    await expect(h['people.delete']({ id: anna.id })).rejects.toMatchObject({ code: 'not-found' });
    expect(store.read().encounters).toEqual([]);
  });

  it('removePerson in one store write returns what was removed', async () => {
    store = await openStore({ path: join(await tempDir(), 'tiefgang.json') });
    const s = store;
    const anna = await s.update((db) => addPerson(db, { displayName: 'Anna' }));
    await s.update((db) =>
      addEncounter(db, { date: '2026-11-27', participants: [anna.id], channel: 'call' }),
    );
    const result = await s.update((db) => removePerson(db, anna.id));
    expect(result.encountersDeleted).toBe(1);
    expect(s.revision).toBe(3);
  });
});

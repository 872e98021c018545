// Dates and next steps of a person: the schema's rules (no 30 February, no year 0), the load migration
// that moves a birthday out of the notes of people imported before (idempotent, on a real file), and
// the services: create, change, merge, "next step done", the reminder settings — each one undo step with
// its own label, the file byte for byte as before after undo.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceDeps } from '../../electron/services/deps';
import { createHandlers } from '../../electron/services/handlers';
import { openStore, type Store } from '../../electron/store/index';
import { loadMigrations, migrate } from '../../shared/domain/migrations';
import { Database, NamedDate, PersonDate, SCHEMA_VERSION, Settings } from '../../shared/domain/schema';
import { PersonPatch, SettingsPatch } from '../../shared/ipc/contract';
import { person } from '../harness/fixtures';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-person-dates-');

describe('PersonDate: a day of a person’s year', () => {
  it('takes a full date or day and month without the year, 29 February only where it exists', () => {
    for (const ok of ['1980-12-10', '--12-10', '--02-29', '2024-02-29', '1900-01-01'])
      expect(PersonDate.safeParse(ok).success, ok).toBe(true);
  });

  it('refuses impossible days and the year 0 with a message that says so', () => {
    for (const bad of ['--02-30', '2023-02-29', '0000-05-01', '1980-13-01', '--04-31', '1980-00-10']) {
      const result = PersonDate.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual([
        'not a real day (such as 30 February, or the year 0)',
      ]);
    }
    for (const bad of ['10.12.1980', '12-10', '--1210', '']) {
      expect(PersonDate.safeParse(bad).error?.issues[0]?.message, bad).toMatch(/expected a date/);
    }
  });

  it('names dates with a label that is not empty', () => {
    expect(NamedDate.safeParse({ label: ' ', date: '--06-05' }).success).toBe(false);
    expect(NamedDate.parse({ label: ' Name day ', date: '--06-05' })).toEqual({
      label: 'Name day',
      date: '--06-05',
    });
  });

  it('keeps a reminder time as HH:MM and a patch without defaults', () => {
    expect(Settings.parse({ reminders: {} }).reminders).toEqual({
      enabled: false,
      time: '09:00',
      quietWeekends: false,
    });
    expect(SettingsPatch.safeParse({ reminders: { time: '24:00' } }).success).toBe(false);
    // Switching reminders on must not reset the time chosen before.
    expect(SettingsPatch.parse({ reminders: { enabled: true } })).toEqual({ reminders: { enabled: true } });
  });
});

describe('the load migration: birthdays out of the notes', () => {
  const T = '2025-03-01T10:00:00.000Z';
  const file = (people: unknown[]) => ({
    schemaVersion: SCHEMA_VERSION,
    people,
    encounters: [],
    contexts: [],
    ties: [],
    settings: {},
  });

  it('moves the lines earlier imports wrote, and nothing else', () => {
    const before = file([
      person('a', { notes: 'Met at the fair\nBirthday: 1980-12-10\nAddress: Hauptstr. 1' }),
      person('b', { notes: 'Birthday: --03-14' }),
      person('c', { notes: 'Nickname: Cleo\n\nAnniversary: 2005-06-05\nBirthday: circa 1950' }),
      person('d', { notes: 'Birthday: 1970-02-30' }),
      person('e', { notes: 'Birthday: 1980-12-10', birthday: '1981-01-01' }),
      person('f', { notes: 'My note: the Birthday: 1980-12-10 party' }),
      person('g', {
        notes: 'Anniversary: 2005-06-05\nAnniversary: 2010-09-01',
        dates: [{ label: 'Anniversary', date: '2005-06-05' }],
      }),
    ]);
    const db = Database.parse(migrate(structuredClone(before)));
    const byId = new Map(db.people.map((p) => [p.id, p]));
    expect(byId.get('a')).toMatchObject({
      birthday: '1980-12-10',
      notes: 'Met at the fair\nAddress: Hauptstr. 1',
    });
    expect(byId.get('b')).toMatchObject({ birthday: '--03-14', notes: '' });
    expect(byId.get('c')).toMatchObject({
      dates: [{ label: 'Anniversary', date: '2005-06-05' }],
      notes: 'Nickname: Cleo\n\nBirthday: circa 1950',
    });
    expect(byId.get('c')?.birthday).toBeUndefined();
    // Not a real day: it stays where it is, in the notes.
    expect(byId.get('d')).toMatchObject({ notes: 'Birthday: 1970-02-30' });
    expect(byId.get('d')?.birthday).toBeUndefined();
    // A birthday the user set is never overwritten; the note stays.
    expect(byId.get('e')).toMatchObject({ birthday: '1981-01-01', notes: 'Birthday: 1980-12-10' });
    expect(byId.get('f')?.birthday).toBeUndefined();
    expect(byId.get('g')).toMatchObject({
      dates: [
        { label: 'Anniversary', date: '2005-06-05' },
        { label: 'Anniversary', date: '2010-09-01' },
      ],
      notes: '',
    });
  });

  it('is idempotent and leaves a file without such lines as the very same object', () => {
    const once = migrate(file([person('a', { notes: 'x\nBirthday: 1980-12-10' })]));
    const twice = migrate(structuredClone(once));
    expect(twice).toEqual(once);
    const clean = file([person('a', { notes: 'nothing to move' })]);
    expect(migrate(clean)).toBe(clean);
    for (const step of loadMigrations) expect(step.migrate(once)).toBe(once);
  });

  it('runs when a store opens an older file; the next write keeps it, a second open changes nothing', async () => {
    const path = join(await tempDir(), 'tiefgang.json');
    const old = file([
      { ...person('a', { notes: 'Imported\nBirthday: 1980-12-10' }), createdAt: T, updatedAt: T },
    ]);
    await writeFile(path, JSON.stringify(old));
    let store = await openStore({ path });
    expect(store.read().people[0]).toMatchObject({ birthday: '1980-12-10', notes: 'Imported' });
    await store.update((db) => {
      db.settings = { ...db.settings, ownerName: 'Me' };
    });
    await store.close();
    const written = JSON.parse(await readFile(path, 'utf8')) as Database;
    expect(written.people[0]).toMatchObject({ birthday: '1980-12-10', notes: 'Imported' });
    store = await openStore({ path });
    expect(store.read().people).toEqual(written.people);
    await store.close();
  });
});

function fixedDeps(): ServiceDeps {
  let id = 0;
  let minute = 0;
  return { newId: () => `id${++id}`, now: () => new Date(Date.UTC(2026, 10, 27, 10, minute++)) };
}

describe('dates and next steps through the services', () => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  async function setup() {
    store = await openStore({ path: join(await tempDir(), 'tiefgang.json') });
    const h = createHandlers(store, { version: '1', systemLocale: 'en' }, fixedDeps());
    return { h, store, bytes: () => readFile(store!.path) };
  }

  it('creates and changes them, each change one undo step with its own label', async () => {
    const { h, store, bytes } = await setup();
    const anna = await h['people.create']({
      displayName: 'Anna Berg',
      birthday: '--12-10',
      dates: [
        { label: ' Name day ', date: '--07-26' },
        { label: 'Name day', date: '--07-26' },
      ],
      nextStep: { text: ' Send the offer ', due: '2026-12-01' },
    });
    expect(anna).toMatchObject({
      birthday: '--12-10',
      dates: [{ label: 'Name day', date: '--07-26' }],
      nextStep: { text: 'Send the offer', due: '2026-12-01' },
    });
    const created = await bytes();

    await h['people.update']({ id: anna.id, patch: { birthday: '1980-12-10', dates: [] } });
    expect(store.read().people[0]?.birthday).toBe('1980-12-10');
    expect(store.read().people[0]?.dates).toBeUndefined();
    expect((await h['history.state']({})).undo).toEqual({
      key: 'history:personDates',
      values: { name: 'Anna Berg' },
    });
    await h['people.update']({ id: anna.id, patch: { nextStep: { text: 'Call about the offer' } } });
    expect(store.read().people[0]?.nextStep).toEqual({ text: 'Call about the offer' });
    expect((await h['history.state']({})).undo?.key).toBe('history:nextStep');

    const done = await h['people.nextStepDone']({ id: anna.id });
    expect(done.step).toEqual({ text: 'Call about the offer' });
    expect(done.person.nextStep).toBeUndefined();
    expect((await h['history.state']({})).undo).toEqual({
      key: 'history:nextStepDone',
      values: { name: 'Anna Berg' },
    });
    // Nothing left to finish: refused, nothing written.
    const afterDone = await bytes();
    await expect(h['people.nextStepDone']({ id: anna.id })).rejects.toMatchObject({ code: 'conflict' });
    expect((await bytes()).equals(afterDone)).toBe(true);

    for (let i = 0; i < 3; i++) await h['history.undo']({});
    expect((await bytes()).equals(created)).toBe(true);
  });

  it('refuses an impossible birthday through the contract, naming the field', () => {
    const result = PersonPatch.safeParse({ birthday: '--02-30' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['birthday']);
  });

  it('merges them: the kept birthday and next step win (named as conflicts), dates are united', async () => {
    const { h } = await setup();
    const keep = await h['people.create']({
      displayName: 'Anna',
      birthday: '1980-12-10',
      dates: [{ label: 'Anniversary', date: '2005-06-05' }],
      nextStep: { text: 'Send the offer' },
    });
    const remove = await h['people.create']({
      displayName: 'Anna B.',
      birthday: '--12-11',
      dates: [
        { label: 'Anniversary', date: '2005-06-05' },
        { label: 'Contract renewal', date: '2027-03-01' },
      ],
      nextStep: { text: 'Invite to the fair' },
    });
    const preview = await h['people.mergePreview']({ keepId: keep.id, removeId: remove.id });
    expect(preview.conflicts).toEqual(expect.arrayContaining(['birthday', 'nextStep']));
    expect(preview.merged).toMatchObject({
      birthday: '1980-12-10',
      dates: [
        { label: 'Anniversary', date: '2005-06-05' },
        { label: 'Contract renewal', date: '2027-03-01' },
      ],
      nextStep: { text: 'Send the offer' },
    });
    const bare = await h['people.create']({ displayName: 'Bare' });
    const merged = await h['people.merge']({ keepId: bare.id, removeId: keep.id });
    expect(merged).toMatchObject({ birthday: '1980-12-10', nextStep: { text: 'Send the offer' } });
  });

  it('switches reminders and the calendar file on and off, keeping the time chosen', async () => {
    const { h, store } = await setup();
    await h['settings.update']({ reminders: { time: '07:30', quietWeekends: true } });
    expect((await h['history.state']({})).undo?.key).toBe('history:reminders');
    await h['settings.update']({ reminders: { enabled: true } });
    expect(store.read().settings.reminders).toEqual({ enabled: true, time: '07:30', quietWeekends: true });
    await h['settings.update']({ calendarFile: { enabled: true } });
    expect((await h['history.state']({})).undo?.key).toBe('history:calendarFile');
    expect(store.read().settings.calendarFile).toEqual({ enabled: true });
    await h['history.undo']({});
    expect(store.read().settings.calendarFile).toBeUndefined();
  });
});

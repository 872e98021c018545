// Every IPC channel through the real app core: router → services → lowdb store → a real file in a temp
// folder. Invalid requests (for every channel) and refused operations must leave the file byte for byte
// as it was.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppCore, openAppCore } from '../../electron/core';
import type { Logger } from '../../electron/ipc/router';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../shared/ipc/channels';
import type { Result } from '../../shared/ipc/contract';

let dir: string;
let core: AppCore;
const events: Array<[string, unknown]> = [];
const logged: unknown[] = [];
const called = new Set<string>();
const logger: Logger = { error: (message, error) => logged.push([message, error]) };

async function call<T = Record<string, unknown>>(channel: InvokeChannel, payload: unknown): Promise<T> {
  called.add(channel);
  const result = await core.router.handle(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

interface DiskData {
  people: Array<Record<string, unknown>>;
  encounters: unknown[];
  contexts: unknown[];
  ties: unknown[];
  settings: Record<string, unknown>;
}

async function onDisk(): Promise<DiskData> {
  return JSON.parse(await readFile(core.dataFile, 'utf8'));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-router-'));
  core = await openAppCore({
    dataFile: join(dir, 'nested', 'tiefgang.json'),
    version: '9.8.7',
    systemLocale: 'de-AT',
    validateResponses: true,
    logger,
  });
  core.onEvent((channel, payload) => events.push([channel, payload]));
});

afterAll(async () => {
  await core?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('every channel, through the real store', () => {
  const ids: Record<string, string> = {};

  it('app.info names the version, the data file and the system locale', async () => {
    expect(await call('app.info', {})).toEqual({
      version: '9.8.7',
      dataFile: join(dir, 'nested', 'tiefgang.json'),
      systemLocale: 'de-AT',
    });
  });

  it('people.create writes a person to the file and announces the new revision', async () => {
    const ada = await call<{ id: string; displayName: string }>('people.create', {
      displayName: 'Ada Lovelace',
      emails: ['ada@example.org'],
      kind: 'friend',
    });
    const grace = await call<{ id: string }>('people.create', { displayName: 'Grace Hopper' });
    ids.ada = ada.id;
    ids.grace = grace.id;
    expect(ada.displayName).toBe('Ada Lovelace');
    const disk = await onDisk();
    expect(disk.people.map((p) => p.displayName)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(events).toEqual([
      ['db.changed', { revision: 1 }],
      ['db.changed', { revision: 2 }],
    ]);
  });

  it('people.update changes and clears fields', async () => {
    await call('people.update', { id: ids.ada, patch: { organisation: 'Analytical Engines' } });
    const updated = await call<{ organisation?: string; closeness?: number }>('people.update', {
      id: ids.ada,
      patch: { organisation: null, closeness: 4 },
    });
    expect(updated.organisation).toBeUndefined();
    expect(updated.closeness).toBe(4);
    expect((await onDisk()).people[0]).toMatchObject({ closeness: 4 });
  });

  it('contexts.create, encounters.create/update and ties.create link the records', async () => {
    const club = await call<{ id: string }>('contexts.create', { name: 'Rowing club', kind: 'club' });
    ids.club = club.id;
    const meeting = await call<{ id: string; participants: string[] }>('encounters.create', {
      date: '2026-02-27T18:30+01:00',
      participants: [ids.ada, ids.grace],
      channel: 'in_person',
      contextId: club.id,
      durationMinutes: 90,
    });
    ids.meeting = meeting.id;
    expect(meeting.participants).toEqual([ids.ada, ids.grace]);
    const changed = await call<{ notes: string }>('encounters.update', {
      id: meeting.id,
      patch: { notes: 'talked about engines' },
    });
    expect(changed.notes).toBe('talked about engines');
    await call('ties.create', { a: ids.ada, b: ids.grace, kind: 'works_with' });
    const disk = await onDisk();
    expect(disk.encounters).toHaveLength(1);
    expect(disk.contexts).toHaveLength(1);
    expect(disk.ties).toHaveLength(1);
  });

  it('settings.update and map.pin / map.unpin', async () => {
    const settings = await call<{ ownerName: string; language: string }>('settings.update', {
      ownerName: 'Me',
      language: 'de',
    });
    expect(settings).toMatchObject({ ownerName: 'Me', language: 'de' });
    const pins = await call<{ ego: Record<string, unknown> }>('map.pin', {
      layout: 'ego',
      personId: ids.grace,
      x: 120,
      y: -40,
    });
    expect(pins.ego[ids.grace!]).toEqual({ x: 120, y: -40 });
    const unpinned = await call<{ ego: Record<string, unknown> }>('map.unpin', {
      layout: 'ego',
      personId: ids.grace,
    });
    expect(unpinned.ego).toEqual({});
  });

  it('db.snapshot returns everything with the current revision', async () => {
    const snapshot = await call<{ revision: number; people: unknown[]; encounters: unknown[] }>(
      'db.snapshot',
      {},
    );
    expect(snapshot.revision).toBe(core.store.revision);
    expect(snapshot.people).toHaveLength(2);
    expect(snapshot.encounters).toHaveLength(1);
  });

  it('encounters.delete and people.delete remove records', async () => {
    expect(await call('encounters.delete', { id: ids.meeting })).toEqual({ id: ids.meeting, deleted: true });
    expect(await call('people.delete', { id: ids.grace })).toEqual({ id: ids.grace, deleted: true });
    const disk = await onDisk();
    expect(disk.encounters).toHaveLength(0);
    expect(disk.people).toHaveLength(1);
    expect(disk.ties).toHaveLength(0); // a person's ties go with them
  });

  it('the channels of the everyday views', async () => {
    const eve = await call<{ id: string }>('people.create', {
      displayName: 'Eve Example',
      emails: ['eve@example.org'],
    });
    const eve2 = await call<{ id: string }>('people.create', {
      displayName: 'Eve E.',
      emails: ['EVE@example.org'],
    });
    expect(await call('people.duplicates', {})).toEqual(
      [{ a: eve.id, b: eve2.id, reason: 'same-email' }].map((p) =>
        p.a < p.b ? p : { ...p, a: p.b, b: p.a },
      ),
    );
    expect(await call('people.mergePreview', { keepId: eve.id, removeId: eve2.id })).toMatchObject({
      tiesDropped: 0,
    });
    expect(await call('people.merge', { keepId: eve.id, removeId: eve2.id })).toMatchObject({ id: eve.id });
    const logged = await call<{ created: { id: string }[] }>('encounters.log', {
      date: '2026-03-01',
      participants: [eve.id],
      newPeople: ['Frank New'],
      channel: 'call',
    });
    expect(logged.created).toHaveLength(1);
    expect(await call('people.snooze', { id: eve.id, until: '2026-04-01' })).toMatchObject({
      snoozedUntil: '2026-04-01',
    });
    const chess = await call<{ id: string }>('contexts.create', { name: 'Chess club' });
    expect(await call('contexts.update', { id: chess.id, patch: { name: 'Chess society' } })).toMatchObject({
      name: 'Chess society',
    });
    await call('contexts.delete', { id: chess.id });
    const tie = await call<{ id: string }>('ties.create', { a: eve.id, b: ids.ada });
    await call('ties.delete', { id: tie.id });
    await call('plan.update', { weeklyGoals: [{ id: 'g1', count: 3, maxRing: 2, channels: 'in_person' }] });
    expect(await call('welcome.finish', {})).toMatchObject({ onboarded: true });
    expect(await call('history.undo', {})).toMatchObject({ label: { key: 'history:welcome' } });
    expect(await call('history.redo', {})).toMatchObject({ state: { redoSteps: 0 } });
    expect(await call<{ undoSteps: number }>('history.state', {})).toMatchObject({ redoSteps: 0 });
    // Only into empty data: refused here, nothing written.
    called.add('sample.load');
    expect(await core.router.handle('sample.load', { locale: 'en', today: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const vcard = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoe Zed\r\nEMAIL:zoe@example.org\r\nEND:VCARD\r\n';
    const preview = await call<{ status: string; token: string; counts: { newPeople: number } }>(
      'import.preview',
      {
        fileName: 'zoe.vcf',
        base64: Buffer.from(vcard).toString('base64'),
        today: '2026-03-01',
      },
    );
    expect(preview).toMatchObject({ status: 'ready', counts: { newPeople: 1 } });
    // Without the desktop shell there is no system dialog: the window uses its own file input.
    expect(await call('import.choose', {})).toEqual({ status: 'unavailable' });
    // Nothing is running any more: cancelling that preview's job finds nothing to stop.
    expect(await call('import.cancel', { jobId: 'no-such-job' })).toEqual({ cancelled: false });
    expect(await call('import.commit', { token: preview.token, mergeDuplicates: false })).toMatchObject({
      counts: { newPeople: 1 },
    });
    const backups = await call<{ day: string }[]>('backups.list', {});
    expect(backups.length).toBeGreaterThan(0);
    const peopleNow = (await onDisk()).people.length;
    expect(await call('backups.restore', { day: backups[0]!.day })).toMatchObject({
      people: expect.any(Number),
    });
    // Today's backup is the file before today's first write; undo brings the current data back.
    expect(await call('history.undo', {})).toMatchObject({ label: { key: 'history:restore' } });
    expect((await onDisk()).people).toHaveLength(peopleNow);
    expect(await call('data.location', {})).toMatchObject({ canOpenFolder: false, canMove: false });
    for (const channel of ['data.openFolder', 'data.move'] as const) {
      called.add(channel);
      expect(await core.router.handle(channel, {})).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    // Printing needs the desktop shell's window and dialogs.
    const printJobs = [
      ['print.print', { paper: 'A4', landscape: false }],
      ['print.savePdf', { paper: 'A3', landscape: true, fileName: 'map.pdf' }],
      ['print.export', { format: 'svg', fileName: 'map.svg', base64: 'PHN2Zy8+' }],
    ] as const;
    for (const [channel, job] of printJobs) {
      called.add(channel);
      expect(await core.router.handle(channel, job)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    // Encryption at rest: on (the file holds no name in the clear), state, off again with the passphrase.
    expect(await call('encryption.state', {})).toEqual({
      encrypted: false,
      remembered: false,
      canRemember: false,
    });
    called.add('encryption.remember');
    expect(await core.router.handle('encryption.remember', { remember: true })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const name = (await onDisk()).people[0]!.displayName as string;
    expect(
      await call('encryption.enable', { passphrase: 'a long passphrase', remember: false }),
    ).toMatchObject({
      state: { encrypted: true },
    });
    expect(await readFile(core.dataFile, 'utf8')).not.toContain(name);
    expect(await call('encryption.unlock', { passphrase: 'anything', remember: false })).toEqual({
      unlocked: true,
    });
    expect(await call('encryption.disable', { passphrase: 'a long passphrase' })).toMatchObject({
      state: { encrypted: false },
    });
    expect((await onDisk()).people[0]!.displayName).toBe(name);
  }, 30_000);

  it('covered every channel of the contract', () => {
    expect([...called].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(logged).toEqual([]);
  });
});

describe('requests that must change nothing', () => {
  const invalid: Array<[InvokeChannel, unknown]> = [
    ['app.info', { extra: 1 }],
    ['db.snapshot', null],
    ['people.create', { displayName: '' }],
    ['people.create', { displayName: 'Eve', emails: ['not-an-address'] }],
    ['people.create', { displayName: 'Eve', closeness: 9 }],
    ['people.update', { id: 'x', patch: { kind: 'enemy' } }],
    ['people.update', { patch: { displayName: 'No id' } }],
    ['people.delete', { id: '' }],
    ['encounters.create', { date: '2026-02-30', participants: ['x'], channel: 'call' }],
    ['encounters.create', { date: '2026-02-27', participants: [], channel: 'call' }],
    ['encounters.create', { date: '2026-02-27', participants: ['x'], channel: 'telepathy' }],
    ['encounters.update', { id: 'x', patch: { durationMinutes: -5 } }],
    ['encounters.delete', {}],
    ['contexts.create', { name: '   ' }],
    ['ties.create', { a: 'p', b: 'p' }],
    ['settings.update', { language: 'fr' }],
    ['settings.update', { backups: { keep: 10_000 } }],
    ['map.pin', { layout: 'ego', personId: 'x', x: Number.NaN, y: 0 }],
    ['map.pin', { layout: 'spiral', personId: 'x', x: 0, y: 0 }],
    ['map.unpin', { layout: 'nowhere' }],
    ['history.state', { extra: 1 }],
    ['history.undo', { extra: 1 }],
    ['history.redo', null],
    ['people.snooze', { id: 'x', until: '2026-02-30' }],
    ['people.duplicates', { extra: 1 }],
    ['people.mergePreview', { keepId: 'a', removeId: 'a' }],
    ['people.merge', { keepId: 'a' }],
    ['encounters.log', { date: '2026-02-27', participants: [], newPeople: [], channel: 'call' }],
    ['encounters.log', { date: '27.02.2026', participants: ['x'], channel: 'call' }],
    ['contexts.update', { id: 'x', patch: { name: '  ' } }],
    ['contexts.delete', {}],
    ['ties.delete', { id: '' }],
    ['plan.update', { weeklyGoals: [{ id: 'g', count: 0, maxRing: 1, channels: 'any' }] }],
    ['welcome.finish', { extra: 1 }],
    ['sample.load', { locale: 'fr', today: '2026-01-01' }],
    ['import.preview', { fileName: 'a.csv', base64: '%%%', today: '2026-01-01' }],
    ['import.preview', { fileName: 'a.csv', base64: '', today: '2026-01-01', jobId: 'a b' }],
    ['import.preview', { fileName: 'a.csv', today: '2026-01-01' }],
    ['import.preview', { fileName: 'a.csv', fileRef: '../etc/passwd', today: '2026-01-01' }],
    ['import.choose', { path: '/etc/passwd' }],
    ['import.cancel', { jobId: '' }],
    ['import.commit', { token: '', mergeDuplicates: false }],
    ['backups.list', { extra: 1 }],
    ['backups.restore', { day: 'yesterday' }],
    ['data.location', { extra: 1 }],
    ['data.openFolder', { extra: 1 }],
    ['data.move', { extra: 1 }],
    ['print.print', { paper: 'A5', landscape: false }],
    ['print.savePdf', { paper: 'A4', landscape: false, fileName: '../escape.pdf' }],
    ['print.export', { format: 'gif', fileName: 'map.gif', base64: '' }],
    ['print.export', { format: 'png', fileName: 'map.png', base64: 'not base64!' }],
    ['encryption.state', { extra: 1 }],
    ['encryption.enable', { passphrase: 'short', remember: false }],
    ['encryption.disable', { passphrase: '' }],
    ['encryption.remember', { remember: 'yes' }],
    ['encryption.unlock', { passphrase: 42, remember: false }],
  ];

  it('covers every channel with at least one invalid payload', () => {
    expect(new Set(invalid.map(([channel]) => channel))).toEqual(new Set(INVOKE_CHANNELS));
  });

  it.each(invalid)('%s rejects %j as invalid-request and writes nothing', async (channel, payload) => {
    const before = await readFile(core.dataFile);
    const revision = core.store.revision;
    const eventCount = events.length;
    const result: Result<unknown> = await core.router.handle(channel, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message.length).toBeGreaterThan(0);
    }
    expect(await readFile(core.dataFile)).toEqual(before);
    expect(core.store.revision).toBe(revision);
    expect(events.length).toBe(eventCount);
  });

  it.each([
    ['people.update', { id: 'nobody', patch: { displayName: 'Ghost' } }, 'not-found'],
    ['people.delete', { id: 'nobody' }, 'not-found'],
    ['encounters.create', { date: '2026-02-27', participants: ['nobody'], channel: 'call' }, 'not-found'],
    ['encounters.delete', { id: 'nothing' }, 'not-found'],
    ['map.pin', { layout: 'ego', personId: 'nobody', x: 0, y: 0 }, 'not-found'],
    ['contexts.create', { name: 'Rowing club' }, 'conflict'],
  ] as const)('%s refuses %j (%s) and writes nothing', async (channel, payload, code) => {
    const before = await readFile(core.dataFile);
    const revision = core.store.revision;
    const result = await core.router.handle(channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(await readFile(core.dataFile)).toEqual(before);
    expect(core.store.revision).toBe(revision);
  });

  it('refuses an unknown channel', async () => {
    expect(await core.router.handle('db.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });
});

describe('the core', () => {
  it('stops events on close, releases the lock, and a second core can open the file afterwards', async () => {
    const dataFile = join(dir, 'second.json');
    const first = await openAppCore({ dataFile, version: '1', systemLocale: 'en' });
    await expect(openAppCore({ dataFile, version: '1', systemLocale: 'en' })).rejects.toMatchObject({
      code: 'store-locked',
    });
    const seen: unknown[] = [];
    const stop = first.onEvent((_channel, payload) => seen.push(payload));
    await first.router.handle('people.create', { displayName: 'Ada' });
    stop();
    await first.router.handle('people.create', { displayName: 'Grace' });
    expect(seen).toEqual([{ revision: 1 }]);
    await first.close();
    await first.close(); // twice is fine
    const second = await openAppCore({ dataFile, version: '1', systemLocale: 'en' });
    expect(second.store.read().people).toHaveLength(2);
    await second.close();
  });

  it('a listener that throws does not stop the others', async () => {
    const dataFile = join(dir, 'third.json');
    const errors: unknown[] = [];
    const third = await openAppCore({
      dataFile,
      version: '1',
      systemLocale: 'en',
      logger: { error: (_m, e) => errors.push(e) },
    });
    const seen: unknown[] = [];
    third.onEvent(() => {
      throw new Error('window gone');
    });
    third.onEvent((_c, payload) => seen.push(payload));
    expect(await third.router.handle('people.create', { displayName: 'Ada' })).toMatchObject({ ok: true });
    expect(seen).toEqual([{ revision: 1 }]);
    expect(errors).toHaveLength(1);
    await third.close();
  });
});

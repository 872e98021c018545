// Map pins through the real router, services and store on a real file: they persist across reopening,
// bad requests change nothing, and data files written before pins existed still load.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../electron/ipc/router';
import { createHandlers } from '../../electron/services/handlers';
import { openStore } from '../../electron/store';
import type { Store } from '../../electron/store/types';

let dir: string;
let file: string;
const stores: Store[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-pins-'));
  file = join(dir, 'data.json');
});
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close().catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

async function open() {
  const store = await openStore({ path: file, backupKeep: 0 });
  stores.push(store);
  const router = createRouter(createHandlers(store, { version: 'test', systemLocale: 'en' }), {
    validateResponses: true,
    logger: { error: (m) => console.error(m) },
  });
  const call = async (channel: string, request: unknown) => {
    const r = await router.handle(channel, request);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.data as Record<string, unknown>;
  };
  return { store, router, call };
}

describe('map pins in the store', () => {
  it('keeps a dragged position per layout across reopening the file, and unpins', async () => {
    const a = await open();
    const ada = await a.call('people.create', { displayName: 'Ada' });
    const bob = await a.call('people.create', { displayName: 'Bob' });
    await a.call('map.pin', { layout: 'ego', personId: ada.id, x: 12.3456, y: -40 });
    await a.call('map.pin', { layout: 'force', personId: bob.id, x: 1, y: 2 });
    const snap = await a.call('db.snapshot', {});
    expect(snap.mapPins).toEqual({
      ego: { [ada.id as string]: { x: 12.35, y: -40 } },
      force: { [bob.id as string]: { x: 1, y: 2 } },
      context: {},
    });
    await a.store.close();

    const b = await open();
    expect((await b.call('db.snapshot', {})).mapPins).toEqual(snap.mapPins);
    const after = await b.call('map.unpin', { layout: 'ego', personId: ada.id });
    expect(after.ego).toEqual({});
    expect(after.force).toEqual({ [bob.id as string]: { x: 1, y: 2 } });
    const cleared = await b.call('map.unpin', { layout: 'force' });
    expect(cleared.force).toEqual({});
  });

  it('refuses unknown people and impossible positions, leaving the file untouched', async () => {
    const a = await open();
    const ada = await a.call('people.create', { displayName: 'Ada' });
    const before = await readFile(file, 'utf8');
    await expect(a.call('map.pin', { layout: 'ego', personId: 'nobody', x: 1, y: 1 })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(
      a.call('map.pin', { layout: 'ego', personId: ada.id, x: Number.NaN, y: 1 }),
    ).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(
      a.call('map.pin', { layout: 'sideways', personId: ada.id, x: 1, y: 1 }),
    ).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('drops pins of deleted people the next time pins are written', async () => {
    const a = await open();
    const ada = await a.call('people.create', { displayName: 'Ada' });
    const bob = await a.call('people.create', { displayName: 'Bob' });
    await a.call('map.pin', { layout: 'ego', personId: ada.id, x: 5, y: 5 });
    await a.call('people.delete', { id: ada.id });
    const pins = await a.call('map.pin', { layout: 'ego', personId: bob.id, x: 7, y: 7 });
    expect(Object.keys(pins.ego as object)).toEqual([bob.id]);
  });

  it('loads a data file written before pins existed', async () => {
    const now = '2026-01-01T00:00:00.000Z';
    await writeFile(
      file,
      JSON.stringify({
        schemaVersion: 1,
        people: [{ id: 'p1', displayName: 'Ada', createdAt: now, updatedAt: now }],
        encounters: [],
        contexts: [],
        ties: [],
        settings: {},
      }),
    );
    const a = await open();
    expect((await a.call('db.snapshot', {})).mapPins).toEqual({ ego: {}, force: {}, context: {} });
    const pins = await a.call('map.pin', { layout: 'context', personId: 'p1', x: 3, y: 4 });
    expect(pins.context).toEqual({ p1: { x: 3, y: 4 } });
  });
});

// The app store: one state for the window, changed only by its actions. Menu commands act on the state
// whether or not the view concerned is shown (no view needs to be mounted, nothing waits on a timer),
// and the engine's figures are derived once per snapshot and date, whichever views read them.
import { describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../renderer/src/api/client';
import { createAppStore } from '../../../renderer/src/store/app-store';
import { selectNetwork, selectSnapshot } from '../../../renderer/src/store/derived';
import type { CalendarResult } from '../../../shared/ipc/contract';
import { MENU_LAYOUTS, MENU_VIEWS } from '../../../shared/ipc/menu-commands';
import { encounter, person, snapshotOf } from '../../harness/fixtures';

function fakeClient(snapshot = snapshotOf({ people: [person('anna')], encounters: [] })) {
  let listener: (() => void) | undefined;
  let calendar: ((result: CalendarResult) => void) | undefined;
  const client = {
    db: { snapshot: vi.fn(async () => snapshot) },
    history: {
      state: vi.fn(async () => ({ undoSteps: 0, redoSteps: 0 })),
      undo: vi.fn(async () => ({
        label: { key: 'history:createPerson', values: { name: 'Anna' } },
        state: { undoSteps: 0, redoSteps: 1 },
      })),
      redo: vi.fn(),
    },
    on: {
      dbChanged: (l: () => void) => {
        listener = l;
        return () => {
          listener = undefined;
        };
      },
      menuCommand: () => () => {},
      calendarWritten: (l: (result: CalendarResult) => void) => {
        calendar = l;
        return () => {
          calendar = undefined;
        };
      },
    },
  };
  return {
    client: client as unknown as Client,
    changed: () => listener?.(),
    calendar: (result: CalendarResult) => calendar?.(result),
    calls: client,
  };
}

async function started(snapshot?: Parameters<typeof fakeClient>[0]) {
  const fake = fakeClient(snapshot);
  const store = createAppStore(fake.client, { today: () => '2026-03-05' });
  store.actions.start();
  await vi.waitFor(() => expect(store.get().data.status).toBe('ready'));
  return { store, ...fake };
}

describe('the app store', () => {
  it('says in the status line when the calendar file could not be written, once per problem', async () => {
    const { store, calendar } = await started();
    const path = '/data/tiefgang.ics';
    calendar({ ok: true, path, written: true });
    expect(store.get().status).toBeUndefined();
    calendar({ ok: false, path, problem: 'disk-full', message: 'ENOSPC' });
    expect(store.get().status).toEqual({
      key: 'agenda:calendarFile.failed.disk-full',
      values: { file: path },
      kind: 'error',
    });
    store.actions.showStatus({ key: 'status.personAdded', values: { name: 'Ben' } });
    calendar({ ok: false, path, problem: 'disk-full', message: 'ENOSPC' });
    expect(store.get().status?.key).toBe('status.personAdded');
    calendar({ ok: true, path, written: true });
    expect(store.get().status).toEqual({ key: 'agenda:calendarFile.writtenAgain' });
  });

  it('prefills the quick log with the notes of a next step just done', async () => {
    const { store } = await started();
    store.actions.logWith(['anna'], { notes: 'Send the offer' });
    expect(store.get().dialog).toEqual({
      kind: 'encounter',
      participants: ['anna'],
      notes: 'Send the offer',
    });
  });

  it('applies a layout command with no map mounted: the map shows that layout', async () => {
    const { store } = await started();
    store.actions.setView('people');
    for (const layout of MENU_LAYOUTS) {
      store.actions.command(`layout.${layout}`);
      expect(store.get().view).toBe('map');
      expect(store.get().map.layout).toBe(layout);
      store.actions.setView('settings');
    }
  });

  it('switches views by command and tells the window (for the address fragment)', async () => {
    const seen: string[] = [];
    const fake = fakeClient();
    const store = createAppStore(fake.client, { onView: (v) => seen.push(v) });
    for (const view of MENU_VIEWS) store.actions.command(`view.${view}`);
    expect(store.get().view).toBe('settings');
    expect(seen).toEqual(['people', 'review', 'agenda', 'plan', 'dashboard', 'settings']);
  });

  it('keeps a focus request until the field that owns it takes it', async () => {
    const { store } = await started();
    store.actions.setView('dashboard');
    store.actions.command('find');
    expect(store.get().view).toBe('people');
    expect(store.get().focus?.target).toBe('search');
    store.actions.focusDone();
    expect(store.get().focus).toBeUndefined();
    store.actions.command('import');
    expect(store.get()).toMatchObject({ view: 'settings', focus: { target: 'import' } });
  });

  it('opens the print preview with what the map shows', async () => {
    const { store } = await started();
    store.actions.map.setLayout('context');
    store.actions.map.setShowTies(false);
    store.actions.map.setAsOf('2025-12-31');
    store.actions.command('print');
    expect(store.get().print).toMatchObject({
      open: true,
      seq: 1,
      request: { layout: 'context', showTies: false, asOf: '2025-12-31' },
    });
  });

  it('opens the quick log by command only once the data is there', async () => {
    const fake = fakeClient();
    const store = createAppStore(fake.client);
    store.actions.command('quickLog');
    expect(store.get().dialog.kind).toBe('none');
    store.actions.start();
    await vi.waitFor(() => expect(store.get().data.status).toBe('ready'));
    store.actions.command('quickLog');
    expect(store.get().dialog).toEqual({ kind: 'encounter', participants: [] });
  });

  it('says what undo took back, in words, on the status line', async () => {
    const { store } = await started();
    store.actions.command('undo');
    await vi.waitFor(() => expect(store.get().status?.key).toBe('history:undone'));
    expect(store.get().history).toEqual({ undoSteps: 0, redoSteps: 1 });
  });

  it('derives the engine figures once per snapshot and date, and again after a change', async () => {
    const first = snapshotOf({
      people: [person('anna'), person('ben')],
      encounters: [encounter('e1', '2026-02-01', ['anna'])],
    });
    const { store, calls, changed } = await started(first);
    const a = selectNetwork(store.get());
    store.actions.map.setLayout('force');
    store.actions.select('anna');
    expect(selectNetwork(store.get())).toBe(a);
    expect(a!.byId.get('anna')!.lastContact).toBe('2026-02-01');
    const second = { ...first, revision: first.revision + 1 };
    calls.db.snapshot.mockResolvedValueOnce(second);
    changed();
    await vi.waitFor(() => expect(selectSnapshot(store.get())).toBe(second));
    expect(selectNetwork(store.get())).not.toBe(a);
  });

  it('forgets the selection of a person who is gone', async () => {
    const { store, calls, changed } = await started();
    store.actions.select('anna');
    calls.db.snapshot.mockResolvedValueOnce(snapshotOf({ people: [], encounters: [], revision: 9 }));
    changed();
    await vi.waitFor(() => expect(store.get().selectedId).toBeUndefined());
  });
});

// The daily reminder's schedule (electron/main/reminders.ts) on a fake clock: at the set time once a day,
// at start when the day's reminder was missed, never twice a day (also across a restart), quiet weekends,
// switched off, the time changed in Settings or on the system clock; the badge; and with a real data file,
// what it says — while the data file stays byte for byte as it was.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createNotifier } from '../../electron/main/notifier';
import { reminderContent } from '../../electron/main/reminder-content';
import { createReminderState } from '../../electron/main/reminder-state';
import {
  createReminderScheduler,
  MAX_WAIT_MS,
  type ReminderContent,
  type ReminderNote,
  type ReminderStateStore,
  UPDATE_DELAY_MS,
} from '../../electron/main/reminders';
import { translateFor } from '../../electron/services/i18n';
import { openStore, type Store } from '../../electron/store/index';
import type { ReminderSettings } from '../../shared/domain/schema';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-reminders-');
const flush = () => new Promise((resolve) => setImmediate(resolve));

/** A clock and timers that move only when told. */
function fakeClock(start: Date) {
  let now = start.getTime();
  let seq = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    clock: {
      now: () => new Date(now),
      setTimer: (run: () => void, ms: number) => {
        timers.set(++seq, { at: now + ms, run });
        return seq;
      },
      clearTimer: (id: unknown) => void timers.delete(id as number),
    },
    /** Runs every timer due up to `target`, in order, then stands at `target`. */
    async advanceTo(target: Date) {
      for (;;) {
        const [id, next] = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
        if (id === undefined || !next || next.at > target.getTime()) break;
        timers.delete(id);
        now = next.at;
        next.run();
        await flush();
      }
      now = target.getTime();
    },
    /** The system clock jumps (a time zone change, a sleep): no timer fires on the way. */
    jump(to: Date) {
      now = to.getTime();
    },
    pending: () => timers.size,
  };
}

function memoryState(day?: string): ReminderStateStore & { day: string | undefined } {
  const state = {
    day,
    load: async () => state.day,
    save: async (d: string) => {
      state.day = d;
    },
  };
  return state;
}

/** 2026-12-01 is a Tuesday. */
const day = (d: number, h: number, m = 0) => new Date(2026, 11, d, h, m);

function setup(options: {
  start: Date;
  settings?: Partial<ReminderSettings>;
  state?: ReminderStateStore;
  content?: ReminderContent;
}) {
  const fake = fakeClock(options.start);
  const notes: { at: Date; note: ReminderNote }[] = [];
  const badges: number[] = [];
  let settings: ReminderSettings = {
    enabled: true,
    time: '09:00',
    quietWeekends: false,
    ...options.settings,
  };
  const state = options.state ?? memoryState();
  const content = options.content ?? { note: { title: 'T', body: '3 people are due' }, badge: 3 };
  const scheduler = createReminderScheduler({
    clock: fake.clock,
    settings: () => settings,
    compose: () => content,
    notify: (note) => notes.push({ at: fake.clock.now(), note }),
    setBadge: (count) => badges.push(count),
    state,
  });
  return {
    ...fake,
    scheduler,
    notes,
    badges,
    state,
    change(next: Partial<ReminderSettings>) {
      settings = { ...settings, ...next };
      scheduler.update();
    },
  };
}

let running: { scheduler: { stop(): void } }[] = [];
afterEach(() => {
  for (const r of running) r.scheduler.stop();
  running = [];
});
const track = <T extends { scheduler: { stop(): void } }>(r: T) => {
  running.push(r);
  return r;
};

describe('the daily reminder', () => {
  it('comes at the set time, once a day', async () => {
    const r = track(setup({ start: day(1, 8, 0) }));
    await r.scheduler.start();
    expect(r.notes).toEqual([]);
    await r.advanceTo(day(1, 8, 59));
    expect(r.notes).toEqual([]);
    await r.advanceTo(day(1, 23, 0));
    expect(r.notes.map((n) => n.at)).toEqual([day(1, 9, 0)]);
    await r.advanceTo(day(3, 12, 0));
    expect(r.notes.map((n) => n.at)).toEqual([day(1, 9, 0), day(2, 9, 0), day(3, 9, 0)]);
    await expect(r.state.load()).resolves.toBe('2026-12-03');
    expect(r.badges).toEqual([3]);
  });

  it('comes at start when the day’s reminder was missed, and not again after a restart that day', async () => {
    const state = memoryState('2026-11-30');
    const first = track(setup({ start: day(1, 15, 30), state }));
    await first.scheduler.start();
    expect(first.notes.map((n) => n.at)).toEqual([day(1, 15, 30)]);
    first.scheduler.stop();
    const second = track(setup({ start: day(1, 18, 0), state }));
    await second.scheduler.start();
    await second.advanceTo(day(1, 23, 59));
    expect(second.notes).toEqual([]);
    await second.advanceTo(day(2, 9, 0));
    expect(second.notes.map((n) => n.at)).toEqual([day(2, 9, 0)]);
  });

  it('keeps quiet on Saturday and Sunday when asked; Monday’s comes (also when missed at start)', async () => {
    const r = track(setup({ start: day(4, 20, 0), settings: { quietWeekends: true } })); // Friday
    await r.scheduler.start();
    expect(r.notes.map((n) => n.at)).toEqual([day(4, 20, 0)]);
    await r.advanceTo(day(6, 23, 0)); // through Saturday and Sunday
    expect(r.notes).toHaveLength(1);
    r.scheduler.stop();
    // Started on Monday at noon, after the time: the missed rule.
    const monday = track(setup({ start: day(7, 12, 0), settings: { quietWeekends: true }, state: r.state }));
    await monday.scheduler.start();
    expect(monday.notes.map((n) => n.at)).toEqual([day(7, 12, 0)]);
    // Without quiet weekends, Saturday's comes.
    const busy = track(setup({ start: day(5, 8, 0) }));
    await busy.scheduler.start();
    await busy.advanceTo(day(5, 10, 0));
    expect(busy.notes.map((n) => n.at)).toEqual([day(5, 9, 0)]);
  });

  it('says nothing while switched off, and comes at once when switched on after the time', async () => {
    const r = track(setup({ start: day(1, 8, 0), settings: { enabled: false } }));
    await r.scheduler.start();
    await r.advanceTo(day(3, 10, 0));
    expect(r.notes).toEqual([]);
    expect(r.badges).toEqual([]); // the icon starts without a badge
    // The scheduler still wakes (at most hourly), but does nothing; no timer piles up.
    expect(r.pending()).toBe(1);
    r.change({ enabled: true });
    await r.advanceTo(new Date(day(3, 10, 0).getTime() + UPDATE_DELAY_MS));
    expect(r.notes.map((n) => n.at)).toEqual([new Date(day(3, 10, 0).getTime() + UPDATE_DELAY_MS)]);
    expect(r.badges).toEqual([3]);
    r.change({ enabled: false });
    await r.advanceTo(day(4, 10, 0));
    expect(r.notes).toHaveLength(1);
    expect(r.badges).toEqual([3, 0]);
  });

  it('follows a changed time: earlier comes at once, later does not remind twice', async () => {
    const r = track(setup({ start: day(1, 7, 0) }));
    await r.scheduler.start();
    await r.advanceTo(day(1, 8, 30));
    r.change({ time: '08:00' });
    await r.advanceTo(day(1, 8, 31));
    expect(r.notes.map((n) => n.at)).toEqual([new Date(day(1, 8, 30).getTime() + UPDATE_DELAY_MS)]);
    r.change({ time: '10:00' });
    await r.advanceTo(day(1, 23, 0));
    expect(r.notes).toHaveLength(1);
    await r.advanceTo(day(2, 12, 0));
    expect(r.notes.map((n) => n.at)).toEqual([
      new Date(day(1, 8, 30).getTime() + UPDATE_DELAY_MS),
      day(2, 10, 0),
    ]);
  });

  it('notices a jump of the system clock within the hour', async () => {
    const r = track(setup({ start: day(1, 7, 0), settings: { time: '12:00' } }));
    await r.scheduler.start();
    // The clock jumps past the time (a sleep, a time zone change) without the timer firing.
    r.jump(day(1, 13, 0));
    await r.advanceTo(new Date(day(1, 13, 0).getTime() + MAX_WAIT_MS));
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]!.at.getTime()).toBeLessThanOrEqual(day(1, 13, 0).getTime() + MAX_WAIT_MS);
  });

  it('counts the day as done on a day with nothing to say', async () => {
    const r = track(setup({ start: day(1, 10, 0), content: { note: undefined, badge: 0 } }));
    await r.scheduler.start();
    expect(r.notes).toEqual([]);
    expect(await r.state.load()).toBe('2026-12-01');
    expect(r.badges).toEqual([]);
  });

  it('keeps the day of the last reminder in a small file of its own, and reads a damaged one as never', async () => {
    const file = join(await tempDir(), 'reminders.json');
    const state = createReminderState(file);
    expect(await state.load()).toBeUndefined();
    await state.save('2026-12-01');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ lastReminder: '2026-12-01' });
    expect(await state.load()).toBe('2026-12-01');
    const r = track(setup({ start: day(1, 10, 0), state }));
    await r.scheduler.start();
    expect(r.notes).toEqual([]);
    r.scheduler.stop();
    await writeFile(file, '{"lastRem');
    const damaged = track(setup({ start: day(1, 10, 0), state }));
    await damaged.scheduler.start();
    expect(damaged.notes).toHaveLength(1);
    expect(await state.load()).toBe('2026-12-01');
  });

  it('shows the notification where the system has them, and its click opens the agenda', () => {
    const shown: { title: string; body: string }[] = [];
    let clicked = 0;
    class FakeNotification {
      static isSupported = () => true;
      private listener: (() => void) | undefined;
      constructor(readonly options: { title: string; body: string }) {}
      on(_event: 'click', listener: () => void) {
        this.listener = listener;
      }
      show() {
        shown.push(this.options);
        this.listener?.();
      }
    }
    createNotifier(FakeNotification, () => clicked++)({ title: 'T', body: 'B' });
    expect(shown).toEqual([{ title: 'T', body: 'B' }]);
    expect(clicked).toBe(1);
    class Unsupported extends FakeNotification {
      static override isSupported = () => false;
    }
    createNotifier(Unsupported, () => clicked++)({ title: 'T', body: 'B' });
    createNotifier(undefined, () => clicked++)({ title: 'T', body: 'B' });
    expect(shown).toHaveLength(1);
  });
});

describe('the reminder with a real data file', () => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('says who is due and what is tomorrow, in the app’s language, and never writes the data file', async () => {
    const path = join(await tempDir(), 'tiefgang.json');
    store = await openStore({ path });
    await store.update((db) => {
      const stamp = '2026-01-01T00:00:00.000Z';
      const base = { emails: [], phones: [], urls: [], tags: [], contexts: [], kind: 'friend' as const };
      db.people.push(
        {
          id: 'a',
          displayName: 'Anna Berg',
          birthday: '1980-12-02',
          ...base,
          notes: '',
          createdAt: stamp,
          updatedAt: stamp,
          archived: false,
        },
        {
          id: 'b',
          displayName: 'Ben',
          nextStep: { text: 'Call', due: '2026-12-01' },
          ...base,
          notes: '',
          createdAt: stamp,
          updatedAt: stamp,
          archived: false,
        },
      );
      db.settings = { ...db.settings, reminders: { enabled: true, time: '09:00', quietWeekends: false } };
    });
    const before = await readFile(path);
    const open = store;
    const notes: ReminderNote[] = [];
    const fake = fakeClock(day(1, 9, 30));
    const scheduler = createReminderScheduler({
      clock: fake.clock,
      settings: () => open.read().settings.reminders,
      compose: (today) => reminderContent(open.read(), today, translateFor('en')),
      notify: (note) => notes.push(note),
      state: memoryState(),
    });
    await scheduler.start();
    await fake.advanceTo(day(3, 12, 0));
    scheduler.stop();
    expect(notes[0]).toEqual({
      title: 'Tiefgang: keep in touch',
      body: 'The next step with Ben is due today, Anna Berg’s birthday is tomorrow',
    });
    expect(notes[1]?.body).toBe('The next step with Ben is overdue, Anna Berg’s birthday is today');
    expect(reminderContent(open.read(), '2026-12-01', translateFor('de')).note?.body).toBe(
      'Der nächste Schritt mit Ben ist heute fällig, Anna Berg hat morgen Geburtstag',
    );
    expect((await readFile(path)).equals(before)).toBe(true);
  });
});

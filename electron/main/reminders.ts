/**
 * The daily reminder outside the window: once a day, at the time the user set (Settings or the welcome
 * screen; off until then), a desktop notification says who is due and what is today and tomorrow
 * ("3 people are due, Anna Berg's birthday is tomorrow"); clicking it opens the agenda. When the app
 * starts after that time and the day's reminder has not come yet, it comes at start. Quiet weekends:
 * none on Saturday and Sunday. The dock or taskbar badge shows how much is due today.
 *
 * Everything from outside comes in (the clock, the timers, the notifier, the badge, the settings, what
 * to say, where the last day is kept), so the tests run the schedule on a fake clock without Electron.
 * The scheduler reads the data; it never writes the data file. The day of the last reminder is kept in
 * a small file in the app's own folder (`reminder-state.ts`): a restart on the same day does not remind
 * twice, and the "missed at start" rule needs no guess.
 */
import type { ReminderSettings } from '../../shared/domain/schema';

export interface ReminderClock {
  now(): Date;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

export interface ReminderNote {
  title: string;
  body: string;
}

/** What the day's reminder would say (undefined: nothing to say) and the number for the badge. */
export interface ReminderContent {
  note: ReminderNote | undefined;
  badge: number;
}

/** Where the day of the last reminder is kept (`YYYY-MM-DD`). */
export interface ReminderStateStore {
  load(): Promise<string | undefined>;
  save(day: string): Promise<void>;
}

export interface ReminderDeps {
  clock: ReminderClock;
  /** The settings now; undefined while there is no data to read (a locked file). */
  settings(): ReminderSettings | undefined;
  /** What to say on `today` (computed from the data as it is now). */
  compose(today: string): ReminderContent | undefined;
  notify(note: ReminderNote): void;
  /** The dock or taskbar badge, where the platform has one (0 clears it). */
  setBadge?(count: number): void;
  state: ReminderStateStore;
  log?(message: string, error?: unknown): void;
}

export interface ReminderScheduler {
  /** Loads the last day, then checks at once (the "missed at start" rule) and keeps checking. */
  start(): Promise<void>;
  /** The settings or the data changed: check again soon (coalesced). */
  update(): void;
  /** Checks now; resolves when done. */
  check(): Promise<void>;
  stop(): void;
}

/** Checks at least this often, so a changed system clock, a sleep or a new day are noticed. */
export const MAX_WAIT_MS = 60 * 60 * 1000;
/** A burst of changes (typing in Settings, an import) is one check. */
export const UPDATE_DELAY_MS = 2000;

/** The local day, `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The moment of `time` (`HH:MM`) on the local day of `date`. */
function at(date: Date, time: string, dayOffset = 0): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + dayOffset, h, m);
}

const isWeekend = (date: Date) => date.getDay() === 0 || date.getDay() === 6;

export function createReminderScheduler(deps: ReminderDeps): ReminderScheduler {
  const { clock } = deps;
  let lastDay: string | undefined;
  let timer: unknown;
  let pending: unknown;
  let stopped = false;
  let running: Promise<void> | undefined;
  // The icon starts without a badge.
  let badge = 0;

  const setBadge = (count: number) => {
    if (count === badge) return;
    badge = count;
    try {
      deps.setBadge?.(count);
    } catch (error) {
      deps.log?.('reminders: the badge could not be set', error);
    }
  };

  function schedule(settings: ReminderSettings | undefined) {
    if (stopped) return;
    if (timer !== undefined) clearTimer();
    const now = clock.now();
    let wait = MAX_WAIT_MS;
    if (settings?.enabled) {
      const today = at(now, settings.time);
      const next = today.getTime() > now.getTime() ? today : at(now, settings.time, 1);
      wait = Math.min(wait, next.getTime() - now.getTime());
    }
    // Never 0: the time has come, the check after this one is the next day's.
    timer = clock.setTimer(
      () => {
        timer = undefined;
        void check();
      },
      Math.max(1000, wait),
    );
  }

  function clearTimer() {
    clock.clearTimer(timer);
    timer = undefined;
  }

  async function run(): Promise<void> {
    const settings = deps.settings();
    try {
      if (!settings?.enabled) {
        setBadge(0);
        return;
      }
      const now = clock.now();
      const today = localDay(now);
      const due = lastDay !== today && now.getTime() >= at(now, settings.time).getTime();
      const quiet = settings.quietWeekends && isWeekend(now);
      const content = deps.compose(today);
      setBadge(content?.badge ?? 0);
      if (!due || quiet) return;
      // The day counts as reminded even when there is nothing to say: once a day, not once per change.
      lastDay = today;
      if (content?.note) deps.notify(content.note);
      await deps.state.save(today).catch((error: unknown) => {
        deps.log?.('reminders: the day of the last reminder could not be kept', error);
      });
    } catch (error) {
      deps.log?.('reminders: the check failed', error);
    } finally {
      schedule(settings);
    }
  }

  function check(): Promise<void> {
    if (stopped) return Promise.resolve();
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    async start() {
      lastDay = await deps.state.load().catch((error: unknown) => {
        deps.log?.('reminders: the day of the last reminder could not be read', error);
        return undefined;
      });
      await check();
    },
    update() {
      if (stopped) return;
      if (pending !== undefined) clock.clearTimer(pending);
      pending = clock.setTimer(() => {
        pending = undefined;
        void check();
      }, UPDATE_DELAY_MS);
    },
    check,
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimer();
      if (pending !== undefined) clock.clearTimer(pending);
    },
  };
}

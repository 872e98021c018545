/**
 * The calendar file: when the user switched it on (settings.calendarFile), an .ics file beside the data
 * file is kept up to date — after each change (a second after the last of a burst), at start (changes the
 * CLI made while the app was closed), and after midnight (who is due moves with the day).
 *
 * A side effect after the store's durable write, never part of it: it runs after the change is on disk,
 * and a failure here (a full disk, no permission) never fails or takes back a change. It is reported
 * instead (`onResult`: the window's status line). Nothing is written while the data file is encrypted:
 * the calendar would hold names and dates in the clear beside it; a calendar written before is removed.
 * A file of that name that Tiefgang did not write is never replaced or removed.
 */
import { readFile, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { agendaFromData } from '../../../shared/agenda/from-data';
import type { Translate } from '../../../shared/engine/interval';
import type { CalendarProblem, CalendarResult } from '../../../shared/ipc/contracts/calendar';
import { agendaCalendar } from '../../export/calendar';
import { writeFileDurable } from '../../store/durable-write';
import type { Store } from '../../store/types';

/** How far the file's due ties reach (the review's due-soon section looks a week ahead). */
export const CALENDAR_DAYS = 30;

export type { CalendarProblem, CalendarResult } from '../../../shared/ipc/contracts/calendar';

/** Today in the local time zone, `YYYY-MM-DD`. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface CalendarFileOptions {
  store: Store;
  /** Today, `YYYY-MM-DD`, in the user's time zone. */
  today: () => string;
  now: () => Date;
  /** The translation for the file's text, in the app's language (settings.language). */
  translate: (language: string) => Translate;
  /** After every attempt. */
  onResult: (result: CalendarResult) => void;
  delayMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface CalendarFile {
  readonly path: string;
  /** A change happened: write soon (coalesced). */
  changed(): void;
  /** Writes now (when switched on); resolves with what happened, undefined when switched off. */
  writeNow(): Promise<CalendarResult | undefined>;
  /** The last result since start, if any. */
  last(): CalendarResult | undefined;
  close(): void;
}

/** `tiefgang.json` → `tiefgang.ics`, in the same folder. */
export function calendarPathFor(dataFile: string): string {
  const ext = extname(dataFile);
  const name = ext.toLowerCase() === '.json' ? basename(dataFile, ext) : basename(dataFile);
  return join(dirname(dataFile), `${name}.ics`);
}

/** The lines that change with every write (DTSTAMP) do not count as a change of the calendar. */
const withoutStamps = (ics: string) => ics.replace(/^DTSTAMP:.*\r\n/gm, '');

/** A file Tiefgang's calendar writer wrote (it may be replaced or removed). */
export const isOwnCalendar = (text: string) =>
  text.startsWith('BEGIN:VCALENDAR') && text.slice(0, 200).includes('PRODID:-//Tiefgang//Agenda//');

export function createCalendarFile(options: CalendarFileOptions): CalendarFile {
  const { store } = options;
  const path = calendarPathFor(store.path);
  // The default timers do not keep the process alive (the app's own life decides that).
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms).unref());
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const delay = options.delayMs ?? 1000;
  let timer: unknown;
  let midnight: unknown;
  let running: Promise<CalendarResult | undefined> | undefined;
  let again = false;
  let closed = false;
  let last: CalendarResult | undefined;

  async function existing(): Promise<string | undefined> {
    try {
      return await readFile(path, 'utf8');
    } catch {
      return undefined;
    }
  }

  async function attempt(): Promise<CalendarResult | undefined> {
    const db = store.read();
    if (!db.settings.calendarFile?.enabled) return undefined;
    if (store.key) {
      const before = await existing();
      if (before !== undefined && isOwnCalendar(before)) await unlink(path).catch(() => {});
      return { ok: false, path, problem: 'encrypted', message: 'the data file is encrypted' };
    }
    const today = options.today();
    const agenda = agendaFromData(db, today, CALENDAR_DAYS);
    const t = options.translate(db.settings.language);
    const content = agendaCalendar({ people: db.people, agenda, t, now: options.now() });
    const before = await existing();
    if (before !== undefined && !isOwnCalendar(before)) {
      return { ok: false, path, problem: 'taken', message: 'a file Tiefgang did not write is there' };
    }
    if (before !== undefined && withoutStamps(before) === withoutStamps(content)) {
      return { ok: true, path, written: false };
    }
    try {
      await writeFileDurable(path, content, { mode: 0o600 });
      return { ok: true, path, written: true };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const problem: CalendarProblem =
        code === 'EACCES' || code === 'EPERM'
          ? 'no-permission'
          : code === 'ENOSPC' || code === 'EDQUOT'
            ? 'disk-full'
            : code === 'EROFS'
              ? 'read-only'
              : 'io';
      return { ok: false, path, problem, message: code ?? (error as Error).message };
    }
  }

  /** One write at a time; a change during a write asks for one more after it. */
  function writeNow(): Promise<CalendarResult | undefined> {
    if (running) {
      again = true;
      return running;
    }
    running = attempt()
      .catch(
        (error: unknown): CalendarResult => ({
          ok: false,
          path,
          problem: 'io',
          message: (error as Error).message,
        }),
      )
      .then((result) => {
        if (result) {
          last = result;
          options.onResult(result);
        }
        return result;
      })
      .finally(() => {
        running = undefined;
        if (again && !closed) {
          again = false;
          void writeNow();
        }
      });
    return running;
  }

  function changed() {
    if (closed) return;
    if (timer !== undefined) clearTimer(timer);
    timer = setTimer(() => {
      timer = undefined;
      void writeNow();
    }, delay);
  }

  /** Who is due moves with the day: write again a minute after midnight, every day. */
  function scheduleMidnight() {
    if (closed) return;
    const now = options.now();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 1);
    midnight = setTimer(
      () => {
        changed();
        scheduleMidnight();
      },
      Math.max(1000, next.getTime() - now.getTime()),
    );
  }
  scheduleMidnight();

  return {
    path,
    changed,
    writeNow,
    last: () => last,
    close() {
      closed = true;
      if (timer !== undefined) clearTimer(timer);
      if (midnight !== undefined) clearTimer(midnight);
    },
  };
}

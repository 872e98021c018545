/**
 * `--date` values → the stored EncounterDate. A calendar date stays a calendar date; a time without an
 * offset gets the local offset of that moment (so "2026-03-29T10:00" in Berlin becomes +02:00 after the
 * clock change and +01:00 before it); a value with an offset is kept as typed.
 *
 * A local time that did not exist — the hour the clocks skip when summer time starts — is refused
 * rather than stored with an offset that names a different moment; an hour that happens twice (when
 * summer time ends) is the first of the two, as the system's own clock conversion takes it.
 */
import { CalendarDate, EncounterDate } from '../../shared/domain/schema';

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

export type EncounterDateInput =
  | { ok: true; date: string }
  | { ok: false; problem: 'not-a-date' }
  /**
   * The local time was skipped by a clock change: `suggestion` is where the system's clock puts it (the
   * time after the change), `offsetBefore` the offset that was in force until the change.
   */
  | { ok: false; problem: 'skipped'; suggestion: string; offsetBefore: string };

export function encounterDateFrom(input: string): EncounterDateInput {
  const text = input.trim();
  const local = LOCAL_TIME.exec(text);
  if (local) {
    if (!EncounterDate.safeParse(`${text.replace(' ', 'T')}Z`).success)
      return { ok: false, problem: 'not-a-date' };
    return withLocalOffset(local);
  }
  return EncounterDate.safeParse(text).success
    ? { ok: true, date: text }
    : { ok: false, problem: 'not-a-date' };
}

function withLocalOffset(m: RegExpExecArray): EncounterDateInput {
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0)) as number[];
  const moment = new Date(y!, mo! - 1, d!, h!, mi!, s!);
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  if (moment.getHours() !== h || moment.getMinutes() !== mi || localToday(moment) !== day) {
    // The system moved the time forward over the gap: that later wall-clock time is the suggestion.
    const before = new Date(moment.getTime() - 3 * 3600_000);
    return {
      ok: false,
      problem: 'skipped',
      suggestion: `${localToday(moment)}T${pad(moment.getHours())}:${pad(moment.getMinutes())}`,
      offsetBefore: formatOffset(-before.getTimezoneOffset()),
    };
  }
  const time = `${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}`;
  return { ok: true, date: `${day}T${time}${formatOffset(-moment.getTimezoneOffset())}` };
}

/** Minutes east of UTC → `+01:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Today as a calendar date, in local time. */
export function localToday(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A `YYYY-MM-DD` option value if it is a real day the data file accepts (years from 100 on). */
export function isCalendarDay(value: string): boolean {
  return CalendarDate.safeParse(value).success;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

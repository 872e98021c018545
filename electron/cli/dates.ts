/**
 * `--date` values → the stored EncounterDate. A calendar date stays a calendar date; a time without an
 * offset gets the local offset of that moment (so "2026-03-29T10:00" in Berlin becomes +02:00 after the
 * clock change and +01:00 before it); a value with an offset is kept as typed.
 */
import { EncounterDate } from '../../shared/domain/schema';

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Undefined if `input` is not a date this command understands. */
export function encounterDateFrom(input: string): string | undefined {
  const text = input.trim();
  const local = LOCAL_TIME.exec(text);
  const value = local ? withLocalOffset(local) : text;
  return EncounterDate.safeParse(value).success ? value : undefined;
}

function withLocalOffset(m: RegExpExecArray): string {
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0)) as number[];
  const moment = new Date(y!, mo! - 1, d!, h!, mi!, s!);
  const time = `${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}`;
  return `${m[1]}-${m[2]}-${m[3]}T${time}${formatOffset(-moment.getTimezoneOffset())}`;
}

/** Minutes east of UTC → `+01:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Today as a calendar date, in local time. */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

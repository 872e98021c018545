/**
 * Moments as the data file writes them: `YYYY-MM-DDTHH:MM±HH:MM` in the user's zone, and the day
 * (`YYYY-MM-DD`) a moment falls on there. The offset comes from the caller (see ContactLogOptions).
 */
import { createHash } from 'node:crypto';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(minutes));
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The local date-time of an instant, with the offset the zone has then. */
export function localDateTime(epochMs: number, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * 60_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(
    local.getUTCHours(),
  )}:${pad(local.getUTCMinutes())}${offsetText(offsetMinutes)}`;
}

/** A wall-clock time (as a chat export writes it) with the offset its zone has then. */
export function wallDateTime(
  wall: { year: number; month: number; day: number; hour: number; minute: number },
  offsetMinutes: number,
): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}${offsetText(
    offsetMinutes,
  )}`;
}

export function isRealDay(year: number, month: number, day: number): boolean {
  if (!(year >= 1970 && year <= 2200) || !(month >= 1 && month <= 12) || !(day >= 1)) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/** A short, stable fingerprint of text that names a person or chat (so keys carry no names). */
export function fingerprintOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}

/** Small display helpers shared by the views. Pure. */
import type { Ring } from '../../../shared/engine/index';

/** "Ring 2", "Known", "Not met yet" — via the engine's i18n namespace. */
export function ringKey(ring: Ring): string {
  return `engine:ring.${ring}`;
}

/** Days as a whole number for an input ("" when unknown). */
export function daysText(days: number | null | undefined): string {
  return days === null || days === undefined ? '' : String(Math.round(days));
}

export function percent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

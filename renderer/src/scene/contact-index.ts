/**
 * What the map needs from the encounters beyond the engine's figures: how often you were in touch in
 * the 12 months before a date (the line width) and which channels you used with someone up to a date
 * (the channel filter). Built once per data revision, then answered per date by binary search, so the
 * time slider can ask for any date cheaply.
 */
import { CHANNELS, type Channel } from '../../../shared/domain/schema';
import { dayOf } from '../../../shared/engine/dates';

export interface ContactEncounter {
  date: string;
  participants: readonly string[];
  channel: Channel;
}

export interface ContactIndex {
  /** Contacts per month (distinct contact days in the 365 days up to `asOfDay`, / 12). */
  contactsPerMonth(personId: string, asOfDay: number): number;
  /** Channels used with the person on or before `asOfDay`, as a bit mask (bit i = CHANNELS[i]). */
  channelMask(personId: string, asOfDay: number): number;
  /** Day numbers of the first and last encounter of anyone, or undefined if there are none. */
  range(): { first: number; last: number } | undefined;
}

export const FREQUENCY_WINDOW_DAYS = 365;

export function buildContactIndex(encounters: readonly ContactEncounter[]): ContactIndex {
  const days = new Map<string, number[]>();
  // First day each channel was used with each person (Infinity: never).
  const firstByChannel = new Map<string, Float64Array>();
  const channelIndex = new Map<Channel, number>(CHANNELS.map((c, i) => [c, i]));
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of encounters) {
    const day = dayOf(e.date);
    if (day < first) first = day;
    if (day > last) last = day;
    for (const p of e.participants) {
      // A social-media reaction is not contact (Dunbar 2012); it counts for the channel filter only.
      if (e.channel !== 'social') (days.get(p) ?? days.set(p, []).get(p)!).push(day);
      let byChannel = firstByChannel.get(p);
      if (!byChannel) {
        byChannel = new Float64Array(CHANNELS.length).fill(Number.POSITIVE_INFINITY);
        firstByChannel.set(p, byChannel);
      }
      const c = channelIndex.get(e.channel)!;
      if (day < byChannel[c]!) byChannel[c] = day;
    }
  }
  const sortedDays = new Map<string, Int32Array>();
  for (const [p, list] of days) {
    list.sort((a, b) => a - b);
    const distinct: number[] = [];
    for (const d of list) if (distinct[distinct.length - 1] !== d) distinct.push(d);
    sortedDays.set(p, Int32Array.from(distinct));
  }
  return {
    contactsPerMonth(personId, asOfDay) {
      const list = sortedDays.get(personId);
      if (!list) return 0;
      const n = upperBound(list, asOfDay) - upperBound(list, asOfDay - FREQUENCY_WINDOW_DAYS);
      return n / 12;
    },
    channelMask(personId, asOfDay) {
      const byChannel = firstByChannel.get(personId);
      if (!byChannel) return 0;
      let mask = 0;
      for (let c = 0; c < byChannel.length; c++) if (byChannel[c]! <= asOfDay) mask |= 1 << c;
      return mask;
    },
    range() {
      return Number.isFinite(first) ? { first, last } : undefined;
    },
  };
}

/** Index of the first element greater than `value`. */
function upperBound(list: Int32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
